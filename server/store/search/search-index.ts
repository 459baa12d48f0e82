/**
 * The index: its documents by ordinal, the writes that keep it in step with the graph, and a
 * search that ANDs the query's terms and keeps only the top-k page. The other files of this
 * folder each hold one of its parts; `server/store/search-index.ts` is what the store imports.
 */
import { documentTerms } from './document-terms.ts';
import { boostExact } from './exact-boost.ts';
import { expand, unexpanded } from './expansion.ts';
import { matchedAlias } from './matched-alias.ts';
import { Page } from './page.ts';
import { ALIASES, NAME, posting } from './postings.ts';
import { ScoreAccumulator } from './score-accumulator.ts';
import { SCALE, scoringOf } from './scoring.ts';
import { TermIndex } from './term-index.ts';
import { tokenize } from './tokenizer.ts';

export interface SearchDocument {
  id: string;
  type: string;
  name: string;
  aliases: string[];
}

export interface SearchMatch {
  id: string;
  type: string;
  score: number;
  matchedAlias: string | null;
}

// Checking a candidate's own terms costs about as much as reading 8 postings.
const VERIFY_RATIO = 8;
// Query terms this short reach a large share of the dictionary ("s": 2 000 terms, a third of a
// million postings). Beside a longer term they are checked on its candidates, unexpanded, when
// those are this few; otherwise expanded and read like any term.
const SHORT = 2;
const SHORT_VERIFY_MAX = 20_000;

const NO_ALIASES: readonly string[] = [];
const DEAD = -1;

export class SearchIndex {
  // Documents by ordinal. An upsert that changes a document's text retires its ordinal and
  // appends a new one; retired ordinals stay in the postings, skipped, until they reach a quarter
  // of the live ones and `compact` rebuilds the index without them.
  private ids: string[] = [];
  private names: string[] = [];
  private aliases: (readonly string[])[] = [];
  // Ordinals below `ascendingUntil` were given in ascending id order (a rebuild reads entities by
  // id): comparing two of them compares their ids without reading the strings (ties among
  // thousands of prefix matches), and they are found by binary search over `ids`, which spares a
  // million-entry Map (~0.3 s of the build, ~20 MiB). The others are found through `ordinals`.
  private ascendingUntil = 0;
  private ordinals = new Map<string, number>();
  private capacity = 0;
  private typeOf = new Int32Array(0);

  private live = 0;
  private retired = 0;
  /** The live documents' names and aliases, their terms counted: BM25's average field lengths. */
  private nameLength = 0;
  private aliasLength = 0;

  private types: string[] = [];
  private typeIds = new Map<string, number>();

  private terms = new TermIndex();
  private scores = new ScoreAccumulator();
  private readonly listeners: ((ids: readonly string[] | null) => void)[] = [];

  get size(): number {
    return this.live;
  }

  /**
   * Tells `listener` the ids of the entities each write wrote or removed (null when the index was
   * cleared): what else is kept beside the graph (the match index, matches/match-index.ts) follows
   * the same writes without a hook of its own in every write path.
   */
  onChange(listener: (ids: readonly string[] | null) => void): void {
    this.listeners.push(listener);
  }

  private changed(ids: readonly string[] | null): void {
    for (const listener of this.listeners) listener(ids);
  }

  upsert(documents: Iterable<SearchDocument>): void {
    const written: string[] = [];
    for (const doc of documents) {
      written.push(doc.id);
      const at = this.ordinal(doc.id);
      if (at !== undefined) {
        // Re-imports mostly repeat what is there: the text is unchanged and only the type may move.
        if (this.names[at] === doc.name && sameList(this.aliases[at]!, doc.aliases)) {
          this.typeOf[at] = this.typeId(doc.type);
          continue;
        }
        this.retire(at);
      }
      this.add(doc);
    }
    if (this.retired >= Math.max(1024, this.live / 4)) this.compact();
    this.changed(written);
  }

  remove(ids: Iterable<string>): void {
    const removed: string[] = [];
    for (const id of ids) {
      removed.push(id);
      const at = this.ordinal(id);
      if (at !== undefined) this.retire(at);
    }
    this.changed(removed);
  }

  clear(): void {
    this.ids = [];
    this.names = [];
    this.aliases = [];
    this.ordinals = new Map();
    this.ascendingUntil = 0;
    this.capacity = 0;
    this.typeOf = new Int32Array(0);
    this.live = 0;
    this.retired = 0;
    this.nameLength = 0;
    this.aliasLength = 0;
    this.types = [];
    this.typeIds = new Map();
    this.terms = new TermIndex();
    this.scores = new ScoreAccumulator();
    this.changed(null);
  }

  search(text: string, options: { types?: readonly string[] | null; limit: number }): SearchMatch[] {
    const queryTerms = tokenize(text);
    if (queryTerms.length === 0 || options.limit <= 0 || this.live === 0) return [];
    let allowed: Uint8Array | null = null;
    if (options.types && options.types.length > 0) {
      allowed = new Uint8Array(this.types.length);
      for (const type of options.types) {
        const id = this.typeIds.get(type);
        if (id !== undefined) allowed[id] = 1;
      }
      if (!allowed.includes(1)) return [];
    }
    const { terms, scores } = this;
    const unique = [...new Set(queryTerms)];
    const long = unique.filter((term) => term.length > SHORT);
    const expansions = (long.length > 0 ? long : unique).map((term) =>
      expand(term, terms.dictionary, terms.postings),
    );
    if (expansions.some((e) => e.termIds.length === 0)) return [];
    // Terms are ANDed: the one that reaches fewest documents names the candidates, the others
    // only add to them; short terms beside long ones come last.
    expansions.sort((a, b) => a.postings - b.postings);
    const short = long.length > 0 ? unique.filter((term) => term.length <= SHORT) : [];
    const steps = expansions.length + short.length;
    const page = new Page(options.limit, allowed, this.typeOf, this.ids, this.ascendingUntil);
    const scoring = scoringOf(this.live, this.nameLength, this.aliasLength);
    if (steps > 1) scores.reserve(expansions[0]!.postings);
    let candidates = scores.scan(
      terms,
      expansions[0]!,
      scores.next(),
      scoring,
      true,
      steps > 1,
      steps === 1 ? page : null,
    );
    for (let i = 1; i < steps; i++) {
      const step = scores.next();
      const last = i === steps - 1 ? page : null;
      let expansion = expansions[i];
      if (!expansion) {
        const term = short[i - steps + short.length]!;
        if (candidates <= SHORT_VERIFY_MAX) candidates = scores.survivors(candidates, step - 1);
        if (candidates <= SHORT_VERIFY_MAX) {
          expansions.push(unexpanded(term));
          scores.verify(terms, expansions[i]!, step, scoring, candidates, last);
          continue;
        }
        expansion = expand(term, terms.dictionary, terms.postings);
        expansions.push(expansion);
      }
      // A later term's postings are read in full unless few candidates are left, which are then
      // checked against their own terms instead ("Ivan Kovalev": "kovalev" reaches a hundred
      // documents, "ivan" 17 000).
      if (candidates * VERIFY_RATIO < expansion.postings) candidates = scores.survivors(candidates, step - 1);
      if (candidates * VERIFY_RATIO < expansion.postings)
        scores.verify(terms, expansion, step, scoring, candidates, last);
      else scores.scan(terms, expansion, step, scoring, false, false, last);
    }
    const exactAliases = boostExact(queryTerms, scores.step, page, terms, scores, this.names, this.aliases);
    // MiniSearch multiplies by the number of query terms matched: all of them, here.
    const quality = expansions.length;
    return page.ords.map((ord, i) => {
      const exactAlias = exactAliases.get(ord);
      return {
        id: this.ids[ord]!,
        type: this.types[this.typeOf[ord]!]!,
        score: (page.scores[i]! / SCALE) * quality,
        matchedAlias:
          exactAlias !== undefined
            ? exactAlias
            : matchedAlias(this.names[ord]!, this.aliases[ord]!, expansions),
      };
    });
  }

  private add(doc: SearchDocument): void {
    const ord = this.ids.length;
    if (ord >= this.capacity) this.grow();
    if (ord === this.ascendingUntil && (ord === 0 || doc.id > this.ids[ord - 1]!)) this.ascendingUntil++;
    else this.ordinals.set(doc.id, ord);
    this.ids.push(doc.id);
    this.names.push(doc.name);
    this.aliases.push(doc.aliases.length > 0 ? doc.aliases : NO_ALIASES);
    this.typeOf[ord] = this.typeId(doc.type);
    this.scores.admit(ord);
    this.live++;
    const { nameTerms, aliasTerms, shortest, aliasLength } = documentTerms(doc.name, doc.aliases);
    this.nameLength += nameTerms.length;
    this.aliasLength += aliasLength;
    for (let i = 0; i < nameTerms.length; i++) {
      const term = nameTerms[i]!;
      if (nameTerms.indexOf(term) === i)
        this.terms.post(term, posting(ord, nameTerms.length, nameTerms.length, NAME));
    }
    for (let i = 0; i < aliasTerms.length; i++)
      this.terms.post(aliasTerms[i]!, posting(ord, aliasLength, shortest[i]!, ALIASES));
    this.terms.endDocument(ord);
  }

  private retire(ord: number): void {
    const { nameTerms, aliasTerms, aliasLength } = documentTerms(this.names[ord]!, this.aliases[ord]!);
    nameTerms.forEach((term, i) => {
      if (nameTerms.indexOf(term) === i) this.terms.uncount(term, NAME);
    });
    for (const term of aliasTerms) this.terms.uncount(term, ALIASES);
    this.nameLength -= nameTerms.length;
    this.aliasLength -= aliasLength;
    this.ordinals.delete(this.ids[ord]!);
    this.typeOf[ord] = DEAD;
    this.scores.retire(ord);
    this.names[ord] = '';
    this.aliases[ord] = NO_ALIASES;
    this.live--;
    this.retired++;
  }

  /** The live ordinal of an id. */
  private ordinal(id: string): number | undefined {
    let lo = 0;
    let hi = this.ascendingUntil;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.ids[mid]! < id) lo = mid + 1;
      else hi = mid;
    }
    if (lo < this.ascendingUntil && this.ids[lo] === id && this.typeOf[lo] !== DEAD) return lo;
    return this.ordinals.get(id);
  }

  /**
   * Rebuilds without the retired ordinals, whose postings every search would otherwise skip, and
   * in id order, so that every ordinal is in the ascending run again.
   */
  private compact(): void {
    const documents: SearchDocument[] = [];
    for (let ord = 0; ord < this.ids.length; ord++) {
      const type = this.typeOf[ord]!;
      if (type === DEAD) continue;
      documents.push({
        id: this.ids[ord]!,
        type: this.types[type]!,
        name: this.names[ord]!,
        aliases: [...this.aliases[ord]!],
      });
    }
    documents.sort((a, b) => (a.id < b.id ? -1 : 1));
    this.clear();
    this.upsert(documents);
  }

  private typeId(type: string): number {
    let id = this.typeIds.get(type);
    if (id === undefined) {
      id = this.types.length;
      this.types.push(type);
      this.typeIds.set(type, id);
    }
    return id;
  }

  private grow(): void {
    const capacity = Math.max(1024, this.capacity * 2);
    const typeOf = new Int32Array(capacity);
    typeOf.set(this.typeOf);
    this.typeOf = typeOf;
    this.scores.grow(capacity);
    this.terms.grow(capacity);
    this.capacity = capacity;
  }
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}

/**
 * Full-text search over entity names and aliases, kept beside the graph engine because neither
 * engine's own text index does what investigators need: Grafeo's is whole-word only, and Neo4j's
 * Lucene analyzers differ per language. Matching is by prefix (as you type) and by typo (one per
 * five characters, a transposed pair counting as one), ranked as MiniSearch ranks (BM25+ over the
 * name and the aliases, prefix and typo matches weighted down); folding case and diacritics before
 * indexing makes "Sergeï" find "Sergei" and works the same for Cyrillic and Hangul. The store
 * updates it in the same write path as the graph and rebuilds it on open.
 *
 * Why not MiniSearch itself, which this replaced: it builds a result object per matching document
 * before keeping the best ten, and a 3-letter prefix matches ~4% of a million entities (~180 ms a
 * search, ~12 s to build, ~1 GiB). Here the term dictionary is MiniSearch's radix tree
 * (`SearchableMap`: prefix and Levenshtein lookups), postings are plain arrays of numbers, and a
 * search adds scores into one preallocated typed array and keeps only the page: no allocation per
 * match (docs/performance.md, "Search").
 */
import SearchableMap from 'minisearch/SearchableMap';

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

// Printable ASCII has nothing to decompose or strip, and is most of what gets indexed: skipping
// the normalisation for it takes ~40% off folding (~0.2 s of a million-entity build).
const PLAIN_ASCII = /^[\u0020-\u007e]*$/;

/** Lower case, no diacritics, compatibility forms unified (full-width letters, ligatures). */
export function foldText(text: string): string {
  if (PLAIN_ASCII.test(text)) return text.toLowerCase();
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

// Words are runs of letters and digits in any script; apostrophes inside names ("O'Neil") join,
// then go, so that "O'Neil" and "ONeil" are one term.
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;
const APOSTROPHES = /['’]/g;

function tokenize(text: string): string[] {
  const folded = foldText(text);
  const words = folded.match(WORD) ?? [];
  return folded.includes("'") || folded.includes('’')
    ? words.map((word) => word.replace(APOSTROPHES, ''))
    : words;
}

// Scoring: MiniSearch's defaults, which the ranking tests were written against.
const NAME = 0;
const ALIASES = 1;
const FIELD_BOOST = [2, 1.5] as const;
const PREFIX_WEIGHT = 0.375;
const TYPO_WEIGHT = 0.45;
const BM25_K = 1.2;
const BM25_B = 0.7;
const BM25_D = 0.5;
// Exact names and aliases outrank partial matches: "Russia" before "Russian Security Council".
const EXACT_NAME_BOOST = 4;
const EXACT_ALIAS_BOOST = 3;
// Scores add up as integers (units of 2^-32): exact whatever the order of the additions, which
// differs between reading a term's postings and checking candidates' own terms, so that equal
// scores are equal and ties go by id either way.
const SCALE = 2 ** 32;

/** One typo per 5 characters, at most 2, none under 4: "Shoigo" finds "Shoigu", "Kim" not "Kum". */
function typoBudget(term: string): number {
  return term.length < 4 ? 0 : Math.min(2, Math.floor(term.length / 5) || 1);
}

// A posting is ordinal * 2^17 + exact * 2^9 + length * 2 + field. Two lengths in terms ride
// along, capped at 255, so that scoring a posting reads no per-document array: `length`, the
// field's (all aliases together, as MiniSearch counts them) for BM25, and `exact`, the name's or
// the shortest alias's holding the term, for finding exact names and aliases. The low 17 bits
// survive JavaScript's 32-bit bit operations; the low 9 are what scoring needs.
const POSTING_LOW = 2 ** 17;
const SCORING_BITS = 511;
const MAX_LENGTH = 255;

function posting(ord: number, length: number, exact: number, field: number): number {
  return ord * POSTING_LOW + Math.min(exact, MAX_LENGTH) * 512 + Math.min(length, MAX_LENGTH) * 2 + field;
}

/** Terms of a name and its aliases: each alias term once, with the shortest alias holding it. */
function analyse(name: string, aliases: readonly string[]) {
  const nameTerms = tokenize(name);
  const aliasTerms: string[] = [];
  const shortest: number[] = [];
  let aliasLength = 0;
  for (const alias of aliases) {
    const terms = tokenize(alias);
    if (terms.length === 0) continue;
    aliasLength += terms.length;
    for (const term of terms) {
      const at = aliasTerms.indexOf(term);
      if (at < 0) {
        aliasTerms.push(term);
        shortest.push(terms.length);
      } else if (terms.length < shortest[at]!) shortest[at] = terms.length;
    }
  }
  return { nameTerms, aliasTerms, shortest, aliasLength };
}

/** What one query term matches in the dictionary, with the weight of each match. */
interface Expansion {
  term: string;
  termIds: number[];
  weights: number[];
  /** Postings the term reaches: the scan starts with the term that reaches fewest. */
  postings: number;
  /** Terms matched through a typo, with their weights; completions are recognised by `startsWith`. */
  typos: Map<string, number>;
}

interface Scoring {
  documents: number;
  base: number;
  nameSlope: number;
  aliasSlope: number;
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
  // Per-search scratch, two slots per ordinal, side by side so that a posting costs one cache
  // line: the step of the search that last reached the document (-1 once retired; a document has
  // matched every term so far when it holds the previous step) and its score so far. Steps only
  // grow, so nothing is cleared between searches.
  private scratch = new Float64Array(0);
  private step = 0;
  /** The first term's candidates (ordinals) when later terms may be verified on them. */
  private found = new Int32Array(0);

  private live = 0;
  private retired = 0;
  private nameLength = 0;
  private aliasLength = 0;

  private types: string[] = [];
  private typeIds = new Map<string, number>();

  // Terms: ids by text (a Map: the build looks up every term of every document), the same in a
  // radix tree for prefix and typo lookups, and per term its postings and its live document count
  // per field (for the inverse document frequency).
  private termIds = new Map<string, number>();
  private dictionary = new SearchableMap<number>();
  private postings: number[][] = [];
  private fieldCounts: number[] = [];
  private termText: string[] = [];
  // The same the other way round, for checking a few candidates against a common term: each
  // ordinal's terms (ids) and their posting's low bits, from `termsFrom[ord]` to
  // `termsFrom[ord + 1]`, appended as documents are.
  private termsFrom = new Int32Array(1);
  private docTerms = new Int32Array(0);
  private docTermBits = new Uint16Array(0);
  private docTermCount = 0;
  // `verify`'s per-term weights (name, aliases), valid for the step in `memoStep`.
  private memoStep = new Float64Array(0);
  private memoWeights = new Float64Array(0);

  get size(): number {
    return this.live;
  }

  upsert(documents: Iterable<SearchDocument>): void {
    for (const doc of documents) {
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
  }

  remove(ids: Iterable<string>): void {
    for (const id of ids) {
      const at = this.ordinal(id);
      if (at !== undefined) this.retire(at);
    }
  }

  clear(): void {
    this.ids = [];
    this.names = [];
    this.aliases = [];
    this.ordinals = new Map();
    this.ascendingUntil = 0;
    this.capacity = 0;
    this.typeOf = new Int32Array(0);
    this.scratch = new Float64Array(0);
    this.step = 0;
    this.found = new Int32Array(0);
    this.live = 0;
    this.retired = 0;
    this.nameLength = 0;
    this.aliasLength = 0;
    this.types = [];
    this.typeIds = new Map();
    this.termIds = new Map();
    this.dictionary = new SearchableMap<number>();
    this.postings = [];
    this.fieldCounts = [];
    this.termText = [];
    this.termsFrom = new Int32Array(1);
    this.docTerms = new Int32Array(0);
    this.docTermBits = new Uint16Array(0);
    this.docTermCount = 0;
    this.memoStep = new Float64Array(0);
    this.memoWeights = new Float64Array(0);
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
    const unique = [...new Set(queryTerms)];
    const long = unique.filter((term) => term.length > SHORT);
    const expansions = (long.length > 0 ? long : unique).map((term) => this.expand(term));
    if (expansions.some((e) => e.termIds.length === 0)) return [];
    // Terms are ANDed: the one that reaches fewest documents names the candidates, the others
    // only add to them; short terms beside long ones come last.
    expansions.sort((a, b) => a.postings - b.postings);
    const short = long.length > 0 ? unique.filter((term) => term.length <= SHORT) : [];
    const steps = expansions.length + short.length;
    const page = new Page(options.limit, allowed, this.typeOf, this.ids, this.ascendingUntil);
    const scoring = this.scoring();
    if (steps > 1 && this.found.length < expansions[0]!.postings)
      this.found = new Int32Array(Math.max(expansions[0]!.postings, this.found.length * 2));
    let candidates = this.scan(
      expansions[0]!,
      ++this.step,
      scoring,
      true,
      steps > 1,
      steps === 1 ? page : null,
    );
    for (let i = 1; i < steps; i++) {
      const step = ++this.step;
      const last = i === steps - 1 ? page : null;
      let expansion = expansions[i];
      if (!expansion) {
        const term = short[i - steps + short.length]!;
        if (candidates <= SHORT_VERIFY_MAX) candidates = this.survivors(candidates, step - 1);
        if (candidates <= SHORT_VERIFY_MAX) {
          expansions.push({ term, termIds: [], weights: [], postings: 0, typos: new Map() });
          this.verify(expansions[i]!, step, scoring, candidates, last);
          continue;
        }
        expansion = this.expand(term);
        expansions.push(expansion);
      }
      // A later term's postings are read in full unless few candidates are left, which are then
      // checked against their own terms instead ("Ivan Kovalev": "kovalev" reaches a hundred
      // documents, "ivan" 17 000).
      if (candidates * VERIFY_RATIO < expansion.postings) candidates = this.survivors(candidates, step - 1);
      if (candidates * VERIFY_RATIO < expansion.postings)
        this.verify(expansion, step, scoring, candidates, last);
      else this.scan(expansion, step, scoring, false, false, last);
    }
    const exactAliases = this.boostExact(queryTerms, this.step, page);
    // MiniSearch multiplies by the number of query terms matched: all of them, here.
    const quality = expansions.length;
    return page.ords.map((ord, i) => {
      const exactAlias = exactAliases.get(ord);
      return {
        id: this.ids[ord]!,
        type: this.types[this.typeOf[ord]!]!,
        score: (page.scores[i]! / SCALE) * quality,
        matchedAlias: exactAlias !== undefined ? exactAlias : this.matchedAlias(ord, expansions),
      };
    });
  }

  // ---------------------------------------------------------------- writes

  private add(doc: SearchDocument): void {
    const ord = this.ids.length;
    if (ord >= this.capacity) this.grow();
    if (ord === this.ascendingUntil && (ord === 0 || doc.id > this.ids[ord - 1]!)) this.ascendingUntil++;
    else this.ordinals.set(doc.id, ord);
    this.ids.push(doc.id);
    this.names.push(doc.name);
    this.aliases.push(doc.aliases.length > 0 ? doc.aliases : NO_ALIASES);
    this.typeOf[ord] = this.typeId(doc.type);
    this.scratch[ord * 2] = 0;
    this.live++;
    const { nameTerms, aliasTerms, shortest, aliasLength } = analyse(doc.name, doc.aliases);
    this.nameLength += nameTerms.length;
    this.aliasLength += aliasLength;
    for (let i = 0; i < nameTerms.length; i++) {
      const term = nameTerms[i]!;
      if (nameTerms.indexOf(term) === i)
        this.post(term, posting(ord, nameTerms.length, nameTerms.length, NAME));
    }
    for (let i = 0; i < aliasTerms.length; i++)
      this.post(aliasTerms[i]!, posting(ord, aliasLength, shortest[i]!, ALIASES));
    this.termsFrom[ord + 1] = this.docTermCount;
  }

  private post(term: string, entry: number): void {
    let id = this.termIds.get(term);
    if (id === undefined) {
      id = this.postings.length;
      this.termIds.set(term, id);
      this.dictionary.set(term, id);
      this.postings.push([]);
      this.fieldCounts.push(0, 0);
      this.termText.push(term);
    }
    this.postings[id]!.push(entry);
    this.fieldCounts[id * 2 + (entry & 1)]!++;
    if (this.docTermCount === this.docTerms.length) {
      const docTerms = new Int32Array(Math.max(4096, this.docTermCount * 2));
      docTerms.set(this.docTerms);
      this.docTerms = docTerms;
      const docTermBits = new Uint16Array(docTerms.length);
      docTermBits.set(this.docTermBits);
      this.docTermBits = docTermBits;
    }
    this.docTerms[this.docTermCount] = id;
    this.docTermBits[this.docTermCount++] = entry & SCORING_BITS;
  }

  private retire(ord: number): void {
    const { nameTerms, aliasTerms, aliasLength } = analyse(this.names[ord]!, this.aliases[ord]!);
    nameTerms.forEach((term, i) => {
      const id = this.termIds.get(term);
      if (id !== undefined && nameTerms.indexOf(term) === i) this.fieldCounts[id * 2 + NAME]!--;
    });
    for (const term of aliasTerms) {
      const id = this.termIds.get(term);
      if (id !== undefined) this.fieldCounts[id * 2 + ALIASES]!--;
    }
    this.nameLength -= nameTerms.length;
    this.aliasLength -= aliasLength;
    this.ordinals.delete(this.ids[ord]!);
    this.typeOf[ord] = DEAD;
    this.scratch[ord * 2] = -1;
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
    const scratch = new Float64Array(capacity * 2);
    scratch.set(this.scratch);
    const termsFrom = new Int32Array(capacity + 1);
    termsFrom.set(this.termsFrom);
    this.termsFrom = termsFrom;
    this.typeOf = typeOf;
    this.scratch = scratch;
    this.capacity = capacity;
  }

  // ---------------------------------------------------------------- reads

  /** The dictionary terms a query term matches: itself, its completions, and its typos. */
  private expand(term: string): Expansion {
    const expansion: Expansion = { term, termIds: [], weights: [], postings: 0, typos: new Map() };
    const add = (id: number, weight: number) => {
      expansion.termIds.push(id);
      expansion.weights.push(weight);
      expansion.postings += this.postings[id]!.length;
    };
    // The weights fall with the letters a completion adds (slowly) and with typos (faster), as in
    // MiniSearch, so "dor" ranks "Dorko" above "Dorkovichsky" and an exact word above both.
    for (const [found, id] of this.dictionary.atPrefix(term)) {
      const extra = found.length - term.length;
      add(id, extra === 0 ? 1 : (PREFIX_WEIGHT * found.length) / (found.length + 0.3 * extra));
    }
    const budget = typoBudget(term);
    if (budget === 0) return expansion;
    const typos = new Map<string, { id: number; weight: number }>();
    const consider = (found: string, id: number, weight: number) => {
      const known = typos.get(found);
      if (!known || known.weight < weight) typos.set(found, { id, weight });
    };
    for (const [found, [id, distance]] of this.dictionary.fuzzyGet(term, budget)) {
      // Completions of the term itself were counted above, at the prefix weight.
      if (distance > 0 && !found.startsWith(term))
        consider(found, id, (TYPO_WEIGHT * found.length) / (found.length + distance));
    }
    // Levenshtein counts a transposed pair as two edits; people make it as one ("Kovlaev" for
    // "Kovalev"). Each swap is looked up as a word and as the start of one (typing a name).
    const chars = [...term];
    const swapped = new Set<string>();
    for (let i = 0; i + 1 < chars.length; i++) {
      if (chars[i] === chars[i + 1]) continue;
      const variant = [...chars.slice(0, i), chars[i + 1], chars[i], ...chars.slice(i + 2)].join('');
      if (swapped.has(variant)) continue;
      swapped.add(variant);
      for (const [found, id] of this.dictionary.atPrefix(variant)) {
        const extra = found.length - variant.length;
        consider(
          found,
          id,
          extra === 0
            ? (TYPO_WEIGHT * found.length) / (found.length + 1)
            : (PREFIX_WEIGHT * found.length) / (found.length + 1 + 0.3 * extra),
        );
      }
    }
    for (const [found, { id, weight }] of typos) {
      add(id, weight);
      expansion.typos.set(found, weight);
    }
    return expansion;
  }

  /**
   * Adds one query term's BM25+ scores (MiniSearch's formula, a term frequency of 1) into the
   * scratch, for documents that every earlier term reached (all, for the first term). The last
   * term's scan offers each document it updates to the page: scores only grow, so a document
   * below the page's last place when last updated stays below it, and no pass over all the
   * candidates (a cache miss each, tens of thousands for a short prefix) is needed after.
   */
  private scan(
    expansion: Expansion,
    step: number,
    scoring: Scoring,
    first: boolean,
    collect: boolean,
    page: Page | null,
  ): number {
    const { scratch, postings, found } = this;
    const { base, nameSlope, aliasSlope } = scoring;
    const previous = step - 1;
    let collected = 0;
    for (let t = 0; t < expansion.termIds.length; t++) {
      const id = expansion.termIds[t]!;
      const list = postings[id]!;
      const nameWeight = expansion.weights[t]! * this.fieldWeight(id, NAME, scoring);
      const aliasWeight = expansion.weights[t]! * this.fieldWeight(id, ALIASES, scoring);
      for (let j = 0; j < list.length; j++) {
        const entry = list[j]!;
        const low = entry & SCORING_BITS;
        const ord = (entry - (entry & (POSTING_LOW - 1))) / POSTING_LOW;
        const at = ord * 2;
        const seen = scratch[at]!;
        if (seen !== step) {
          if (first ? seen < 0 : seen !== previous) continue;
          scratch[at] = step;
          if (first) {
            scratch[at + 1] = 0;
            if (collect) found[collected++] = ord;
          }
        }
        const total =
          scratch[at + 1]! +
          Math.round(
            SCALE *
              ((low & 1) === NAME
                ? nameWeight * (BM25_D + (BM25_K + 1) / (base + nameSlope * (low >>> 1)))
                : aliasWeight * (BM25_D + (BM25_K + 1) / (base + aliasSlope * (low >>> 1)))),
          );
        scratch[at + 1] = total;
        if (page !== null && total >= page.threshold) page.offer(ord, total);
      }
    }
    return collected;
  }

  /** Keeps the candidates that matched the last term scanned (`step`), in order. */
  private survivors(candidates: number, step: number): number {
    const { scratch, found } = this;
    let kept = 0;
    for (let i = 0; i < candidates; i++) if (scratch[found[i]! * 2] === step) found[kept++] = found[i]!;
    return kept;
  }

  /**
   * What `scan` does for one term, for a few candidates: each one's own terms are checked against
   * the query term (completions by `startsWith`, typos by the expansion's list) instead of reading
   * the term's postings. Same terms, weights and lengths, so the same scores.
   */
  private verify(
    expansion: Expansion,
    step: number,
    scoring: Scoring,
    candidates: number,
    page: Page | null,
  ): void {
    const { scratch, found, termsFrom, docTerms, docTermBits, termText } = this;
    const { term: query, typos } = expansion;
    // Candidates share terms (a given name, a company form): each term's weights are worked out
    // once per step.
    if (this.memoStep.length < termText.length) {
      const size = Math.max(termText.length, this.memoStep.length * 2);
      this.memoStep = new Float64Array(size);
      this.memoWeights = new Float64Array(size * 2);
    }
    const { memoStep, memoWeights } = this;
    for (let i = 0; i < candidates; i++) {
      const ord = found[i]!;
      const at = ord * 2;
      if (scratch[at] !== step - 1) continue;
      let score = 0;
      let matched = false;
      for (let k = termsFrom[ord]!; k < termsFrom[ord + 1]!; k++) {
        const id = docTerms[k]!;
        if (memoStep[id] !== step) {
          const term = termText[id]!;
          const weight = term.startsWith(query)
            ? term.length === query.length
              ? 1
              : (PREFIX_WEIGHT * term.length) / (term.length + 0.3 * (term.length - query.length))
            : (typos.get(term) ?? 0);
          memoStep[id] = step;
          memoWeights[id * 2] = weight && weight * this.fieldWeight(id, NAME, scoring);
          memoWeights[id * 2 + 1] = weight && weight * this.fieldWeight(id, ALIASES, scoring);
        }
        const bits = docTermBits[k]!;
        const field = bits & 1;
        const weight = memoWeights[id * 2 + field]!;
        if (weight === 0) continue;
        matched = true;
        score += Math.round(
          SCALE *
            (weight *
              (BM25_D +
                (BM25_K + 1) /
                  (scoring.base + (field === NAME ? scoring.nameSlope : scoring.aliasSlope) * (bits >>> 1)))),
        );
      }
      if (!matched) continue;
      scratch[at] = step;
      const total = scratch[at + 1]! + score;
      scratch[at + 1] = total;
      if (page !== null && total >= page.threshold) page.offer(ord, total);
    }
  }

  /** The BM25+ constants of the index as it is, shared by every term of a search. */
  private scoring(): Scoring {
    const n = this.live;
    return {
      documents: n,
      base: 1 + BM25_K * (1 - BM25_B),
      nameSlope: (BM25_K * BM25_B) / Math.max(1e-9, this.nameLength / n),
      aliasSlope: (BM25_K * BM25_B) / Math.max(1e-9, this.aliasLength / n),
    };
  }

  /** A term's field boost times its inverse document frequency in that field. */
  private fieldWeight(id: number, field: number, scoring: Scoring): number {
    const count = this.fieldCounts[id * 2 + field]!;
    return FIELD_BOOST[field]! * Math.log(1 + (scoring.documents - count + 0.5) / (count + 0.5));
  }

  /**
   * Multiplies the score of documents whose whole name, or an alias, is the query. Such a document
   * holds every query term as a word, so one term's postings name them all; the lengths in the
   * postings leave only those of the right length to compare as text. Returns the alias that
   * matched exactly, by ordinal, when the name did not.
   */
  private boostExact(queryTerms: readonly string[], done: number, page: Page): Map<number, string> {
    const aliases = new Map<number, string>();
    const exactIds: number[] = [];
    let list: number[] | undefined;
    for (const term of queryTerms) {
      const id = this.termIds.get(term);
      if (id === undefined) return aliases;
      if (!exactIds.includes(id)) exactIds.push(id);
      if (!list || this.postings[id]!.length < list.length) list = this.postings[id];
    }
    const key = queryTerms.join(' ');
    const length = Math.min(queryTerms.length, MAX_LENGTH);
    const named = new Set<number>();
    for (const entry of list ?? []) {
      const low = entry & (POSTING_LOW - 1);
      const ord = (entry - low) / POSTING_LOW;
      const name = (low & 1) === NAME;
      const exact = low >>> 9;
      if ((name ? exact !== length : exact > length) || this.scratch[ord * 2] !== done) continue;
      // "Nadia N" ties most two-word names on length: the field must hold every query term as a
      // whole word before its text is compared.
      if (!this.holdsAll(ord, low & 1, exactIds)) continue;
      if (name) {
        if (tokenize(this.names[ord]!).join(' ') !== key) continue;
        named.add(ord);
        this.scratch[ord * 2 + 1]! *= EXACT_NAME_BOOST;
        page.offer(ord, this.scratch[ord * 2 + 1]!);
      } else if (!named.has(ord) && !aliases.has(ord)) {
        const alias = this.aliases[ord]!.find((a) => tokenize(a).join(' ') === key);
        if (alias === undefined) continue;
        aliases.set(ord, alias);
        this.scratch[ord * 2 + 1]! *= EXACT_ALIAS_BOOST;
        page.offer(ord, this.scratch[ord * 2 + 1]!);
      }
    }
    return aliases;
  }

  /** Whether every one of `ids` is a term of the ordinal's `field`. */
  private holdsAll(ord: number, field: number, ids: readonly number[]): boolean {
    const { termsFrom, docTerms, docTermBits } = this;
    return ids.every((id) => {
      for (let k = termsFrom[ord]!; k < termsFrom[ord + 1]!; k++)
        if (docTerms[k] === id && (docTermBits[k]! & 1) === field) return true;
      return false;
    });
  }

  /**
   * Which alias matched, for a hit whose name does not match every query term: the alias that
   * matches most of them (the first of equals). Worked out for the page only.
   */
  private matchedAlias(ord: number, expansions: readonly Expansion[]): string | null {
    const matches = (e: Expansion, terms: readonly string[]) =>
      terms.some((t) => t.startsWith(e.term) || e.typos.has(t));
    const name = tokenize(this.names[ord]!);
    if (expansions.every((e) => matches(e, name))) return null;
    let best: string | null = null;
    let bestCount = 0;
    for (const alias of this.aliases[ord]!) {
      const terms = tokenize(alias);
      const count = expansions.filter((e) => matches(e, terms)).length;
      if (count > bestCount) {
        best = alias;
        bestCount = count;
      }
    }
    return best;
  }
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}

/**
 * The best `limit` documents offered so far, by score and then by id for a stable order, kept
 * sorted. A short prefix ties thousands of documents (same word, same length); ids are compared
 * as ordinals where those were given in id order, without reading the strings.
 */
class Page {
  readonly ords: number[] = [];
  readonly scores: number[] = [];
  /** What a document must reach to be offered: the last place's score once the page is full. */
  threshold = -Infinity;

  constructor(
    private readonly limit: number,
    private readonly allowed: Uint8Array | null,
    private readonly typeOf: Int32Array,
    private readonly ids: readonly string[],
    private readonly ascendingUntil: number,
  ) {}

  offer(ord: number, score: number): void {
    const { ords, scores, limit } = this;
    if (ords.length === limit && score === this.threshold && !this.before(ord, ords[limit - 1]!)) return;
    if (this.allowed !== null && this.allowed[this.typeOf[ord]!] === 0) return;
    const known = ords.indexOf(ord);
    if (known >= 0) {
      ords.splice(known, 1);
      scores.splice(known, 1);
    }
    let at = ords.length;
    while (
      at > 0 &&
      (scores[at - 1]! < score || (scores[at - 1] === score && this.before(ord, ords[at - 1]!)))
    )
      at--;
    ords.splice(at, 0, ord);
    scores.splice(at, 0, score);
    if (ords.length > limit) {
      ords.pop();
      scores.pop();
    }
    if (ords.length === limit) this.threshold = scores[limit - 1]!;
  }

  private before(a: number, b: number): boolean {
    if (a < this.ascendingUntil && b < this.ascendingUntil) return a < b;
    return this.ids[a]! < this.ids[b]!;
  }
}

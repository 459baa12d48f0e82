/**
 * Full-text search over entity names and aliases, kept beside the graph engine because neither
 * engine's own text index does what investigators need: Grafeo's is whole-word only, and Neo4j's
 * Lucene analyzers differ per language. MiniSearch gives prefix and typo-tolerant matching with
 * BM25 ranking; folding case and diacritics before indexing makes "Sergeï" find "Sergei" and
 * works the same for Cyrillic and Hangul. The store updates it in the same write path as the
 * graph and rebuilds it on open.
 */
import MiniSearch from 'minisearch';

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

/** Lower case, no diacritics, compatibility forms unified (full-width letters, ligatures). */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

// Words are runs of letters and digits in any script; apostrophes inside names ("O'Neil") join.
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

function tokenize(text: string): string[] {
  return foldText(text).match(WORD) ?? [];
}

interface Indexed {
  id: string;
  type: string;
  name: string;
  aliases: string;
}

export class SearchIndex {
  private readonly index = new MiniSearch<Indexed>({
    fields: ['name', 'aliases'],
    storeFields: ['type'],
    tokenize,
    // `tokenize` already folded the text (documents and queries go through it): folding each term
    // again cost a third of the index's build time at a million entities.
    processTerm: (term) => term.replace(/['’]/g, ''),
    searchOptions: {
      boost: { name: 2, aliases: 1.5 },
      prefix: true,
      // One typo per 5 characters, at most 2: "Shoigo" finds "Shoigu", "Kim" does not find "Kum".
      fuzzy: (term) => (term.length < 4 ? 0 : Math.min(2, Math.floor(term.length / 5) || 1)),
      combineWith: 'AND',
    },
  });
  /**
   * Names and aliases per id, to say which alias matched without asking the engine, with their
   * folded forms: a short prefix matches tens of thousands of documents at a million entities, and
   * folding each one's name per search cost more than the search itself.
   */
  private readonly names = new Map<
    string,
    { name: string; aliases: string[]; foldedName: string; foldedAliases: string[] }
  >();

  get size(): number {
    return this.index.documentCount;
  }

  upsert(documents: Iterable<SearchDocument>): void {
    for (const doc of documents) {
      if (this.index.has(doc.id)) this.index.discard(doc.id);
      this.index.add({ id: doc.id, type: doc.type, name: doc.name, aliases: doc.aliases.join(' | ') });
      this.names.set(doc.id, {
        name: doc.name,
        aliases: doc.aliases,
        foldedName: foldText(doc.name),
        foldedAliases: doc.aliases.map(foldText),
      });
    }
  }

  remove(ids: Iterable<string>): void {
    for (const id of ids) {
      if (this.index.has(id)) this.index.discard(id);
      this.names.delete(id);
    }
  }

  clear(): void {
    this.index.removeAll();
    this.names.clear();
  }

  search(text: string, options: { types?: readonly string[] | null; limit: number }): SearchMatch[] {
    const query = text.trim();
    if (!query) return [];
    const types = options.types && options.types.length > 0 ? new Set(options.types) : null;
    const folded = foldText(query);
    const hits = this.index.search(query, {
      filter: types ? (result) => types.has(result.type as string) : undefined,
    });
    // Exact names and aliases outrank partial matches ("Russia" before "Russian Security
    // Council"): a comparison of folded strings per hit. Which alias matched is worked out for the
    // page only.
    const ranked = hits.map((hit) => {
      const entry = this.names.get(String(hit.id));
      let score = hit.score;
      let exactAlias: string | null = null;
      if (entry) {
        if (entry.foldedName === folded) score *= 4;
        else {
          const at = entry.foldedAliases.indexOf(folded);
          if (at >= 0) {
            score *= 3;
            exactAlias = entry.aliases[at] ?? null;
          }
        }
      }
      return { hit, entry, score, exactAlias };
    });
    ranked.sort((a, b) => b.score - a.score || String(a.hit.id).localeCompare(String(b.hit.id)));
    const matches = ranked.slice(0, options.limit).map(({ hit, entry, score, exactAlias }): SearchMatch => {
      let matchedAlias = exactAlias;
      if (entry && !exactAlias && entry.foldedName !== folded) {
        if (!hit.queryTerms.every((term) => tokenize(entry.name).includes(term)))
          matchedAlias =
            entry.aliases.find((alias) => hit.queryTerms.some((term) => tokenize(alias).includes(term))) ??
            null;
      }
      return { id: String(hit.id), type: String(hit.type), score, matchedAlias };
    });
    return matches;
  }
}

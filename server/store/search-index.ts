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
 *
 * The parts live in `search/`, one concern a file:
 * - `tokenizer.ts`: folding and words, the same for documents and queries;
 * - `document-terms.ts`: a document's terms per field, with the lengths scoring needs;
 * - `postings.ts`: the bit-packed posting, one number per term, document and field;
 * - `term-index.ts`: the dictionary, postings and document counts per term, and each document's
 *   terms;
 * - `expansion.ts`: what a query term matches (itself, completions, typos, transpositions);
 * - `scoring.ts`: BM25+ and the weights of prefix, typo and exact matches;
 * - `score-accumulator.ts`: a search's scores, term by term, in one typed array;
 * - `exact-boost.ts` and `matched-alias.ts`: exact names and aliases first, and which alias hit;
 * - `page.ts`: the top-k page;
 * - `search-index.ts`: the index itself, its writes and the search that ties the parts together.
 */
export { foldText } from './search/tokenizer.ts';
export { SearchIndex, type SearchDocument, type SearchMatch } from './search/search-index.ts';

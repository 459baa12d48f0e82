import { tokenize } from './tokenizer.ts';

/** What a document contributes to the index: its terms per field and the lengths BM25 needs. */
export interface DocumentTerms {
  /** The name's terms, in order, repeats kept: their count is the name's length. */
  nameTerms: string[];
  /** Each alias term once, all aliases together (they are one field, as MiniSearch counts them). */
  aliasTerms: string[];
  /** Per alias term, the length in terms of the shortest alias holding it. */
  shortest: number[];
  /** The aliases' field length: their terms all counted. */
  aliasLength: number;
}

/** Terms of a name and its aliases: each alias term once, with the shortest alias holding it. */
export function documentTerms(name: string, aliases: readonly string[]): DocumentTerms {
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

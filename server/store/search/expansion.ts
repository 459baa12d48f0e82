/**
 * Which dictionary terms one query term matches, and with what weight: the word itself, its
 * completions (as you type), and its typos, one per five characters, a transposed pair counting
 * as one.
 */
import type SearchableMap from 'minisearch/SearchableMap';
import { prefixWeight, typoPrefixWeight, typoWeight } from './scoring.ts';

/** What one query term matches in the dictionary, with the weight of each match. */
export interface Expansion {
  term: string;
  termIds: number[];
  weights: number[];
  /** Postings the term reaches: the scan starts with the term that reaches fewest. */
  postings: number;
  /** Terms matched through a typo, with their weights; completions are recognised by `startsWith`. */
  typos: Map<string, number>;
}

/** A term checked against candidates' own terms instead of looked up: its matches are not listed. */
export function unexpanded(term: string): Expansion {
  return { term, termIds: [], weights: [], postings: 0, typos: new Map() };
}

/**
 * Longest term looked up with typos. Each typo lookup builds one variant per letter, each as long
 * as the term (quadratic), and the fuzzy walk keeps a row per letter: past this a term is matched
 * exactly and as a prefix only, so no caller can make expansion cost more than this bound.
 */
export const MAX_TYPO_TERM_LENGTH = 64;

/** One typo per 5 characters, at most 2, none under 4: "Shoigo" finds "Shoigu", "Kim" not "Kum". */
export function typoBudget(term: string): number {
  if (term.length > MAX_TYPO_TERM_LENGTH) return 0;
  return term.length < 4 ? 0 : Math.min(2, Math.floor(term.length / 5) || 1);
}

/**
 * The dictionary terms a query term matches: itself, its completions, and its typos. `dictionary`
 * maps terms to their ids, `postings` holds each id's postings (only their number is read).
 */
export function expand(
  term: string,
  dictionary: SearchableMap<number>,
  postings: readonly (readonly number[])[],
): Expansion {
  const expansion = unexpanded(term);
  const add = (id: number, weight: number) => {
    expansion.termIds.push(id);
    expansion.weights.push(weight);
    expansion.postings += postings[id]!.length;
  };
  // The weights fall with the letters a completion adds (slowly) and with typos (faster), as in
  // MiniSearch, so "dor" ranks "Dorko" above "Dorkovichsky" and an exact word above both.
  for (const [found, id] of dictionary.atPrefix(term))
    add(id, prefixWeight(found.length, found.length - term.length));
  const budget = typoBudget(term);
  if (budget === 0) return expansion;
  const typos = new Map<string, { id: number; weight: number }>();
  const consider = (found: string, id: number, weight: number) => {
    const known = typos.get(found);
    if (!known || known.weight < weight) typos.set(found, { id, weight });
  };
  for (const [found, [id, distance]] of dictionary.fuzzyGet(term, budget)) {
    // Completions of the term itself were counted above, at the prefix weight.
    if (distance > 0 && !found.startsWith(term)) consider(found, id, typoWeight(found.length, distance));
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
    for (const [found, id] of dictionary.atPrefix(variant)) {
      const extra = found.length - variant.length;
      consider(found, id, extra === 0 ? typoWeight(found.length, 1) : typoPrefixWeight(found.length, extra));
    }
  }
  for (const [found, { id, weight }] of typos) {
    add(id, weight);
    expansion.typos.set(found, weight);
  }
  return expansion;
}

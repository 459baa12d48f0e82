/**
 * Ranking: MiniSearch's BM25+ over the name and the aliases, with its defaults, which the ranking
 * tests were written against, and its weights for prefix and typo matches.
 */
import type { Field } from './postings.ts';

/** Per field (`NAME`, `ALIASES`): a name match counts more than an alias match. */
const FIELD_BOOST = [2, 1.5] as const;
export const BM25_K = 1.2;
const BM25_B = 0.7;
export const BM25_D = 0.5;
// Exact names and aliases outrank partial matches: "Russia" before "Russian Security Council".
export const EXACT_NAME_BOOST = 4;
export const EXACT_ALIAS_BOOST = 3;
// Scores add up as integers (units of 2^-32): exact whatever the order of the additions, which
// differs between reading a term's postings and checking candidates' own terms, so that equal
// scores are equal and ties go by id either way.
export const SCALE = 2 ** 32;

const PREFIX_WEIGHT = 0.375;
const TYPO_WEIGHT = 0.45;

/**
 * The weight of a dictionary term that the query term completes: 1 for the word itself, falling
 * slowly with the letters the completion adds, so "dor" ranks "Dorko" above "Dorkovichsky".
 */
export function prefixWeight(length: number, extra: number): number {
  return extra === 0 ? 1 : (PREFIX_WEIGHT * length) / (length + 0.3 * extra);
}

/** The weight of a dictionary term `distance` typos away: it falls faster than a completion's. */
export function typoWeight(length: number, distance: number): number {
  return (TYPO_WEIGHT * length) / (length + distance);
}

/** A completion of a one-typo variant (a transposed pair in what has been typed so far). */
export function typoPrefixWeight(length: number, extra: number): number {
  return (PREFIX_WEIGHT * length) / (length + 1 + 0.3 * extra);
}

/**
 * The BM25+ constants of the index as it is, shared by every term of a search: a posting of a
 * field `length` terms long scores `weight * (BM25_D + (BM25_K + 1) / (base + slope * length))`.
 */
export interface Scoring {
  documents: number;
  base: number;
  nameSlope: number;
  aliasSlope: number;
}

/** From the live documents and their fields' total lengths in terms. */
export function scoringOf(documents: number, nameLength: number, aliasLength: number): Scoring {
  return {
    documents,
    base: 1 + BM25_K * (1 - BM25_B),
    nameSlope: (BM25_K * BM25_B) / Math.max(1e-9, nameLength / documents),
    aliasSlope: (BM25_K * BM25_B) / Math.max(1e-9, aliasLength / documents),
  };
}

/** A term's field boost times its inverse document frequency in that field (`count` documents). */
export function fieldWeight(count: number, field: Field, scoring: Scoring): number {
  return FIELD_BOOST[field] * Math.log(1 + (scoring.documents - count + 0.5) / (count + 0.5));
}

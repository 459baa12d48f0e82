/**
 * The posting format: one number per (term, document, field), so that a term's postings are a
 * plain array of numbers and scoring one reads no per-document array.
 *
 * A posting is `ordinal * 2^17 + exact * 2^9 + length * 2 + field`:
 * - `field`: the name or the aliases;
 * - `length`: the field's length in terms (all aliases together, as MiniSearch counts them), for
 *   BM25;
 * - `exact`: the length of the name, or of the shortest alias holding the term, for finding
 *   exact names and aliases.
 * Both lengths are capped at 255. The low 17 bits survive JavaScript's 32-bit bit operations; the
 * low 9 (`SCORING_BITS`) are what scoring needs, and what the per-document term list keeps.
 *
 * The scoring loops (score-accumulator.ts) decode postings inline, by these constants, rather than
 * through the functions below: they are the hot path of every search.
 */

/** The field of a posting: its lowest bit. */
export const NAME = 0;
export const ALIASES = 1;
export type Field = typeof NAME | typeof ALIASES;

/** One ordinal's worth in a posting: the bits below it are the posting's low bits. */
export const ORDINAL_UNIT = 2 ** 17;
/** The low bits that scoring reads: the field and its length. */
export const SCORING_BITS = 511;
/** Where the exact length starts in the low bits. */
export const EXACT_SHIFT = 9;
/** The cap on both lengths. */
export const MAX_LENGTH = 255;

export function posting(ord: number, length: number, exact: number, field: number): number {
  return ord * ORDINAL_UNIT + Math.min(exact, MAX_LENGTH) * 512 + Math.min(length, MAX_LENGTH) * 2 + field;
}

/** The document's ordinal. Arithmetic, not bit operations: ordinals reach past 2^15. */
export function ordinalOf(entry: number): number {
  return (entry - (entry & (ORDINAL_UNIT - 1))) / ORDINAL_UNIT;
}

/** `NAME` or `ALIASES`, of a posting or of its scoring bits. */
export function fieldOf(entry: number): number {
  return entry & 1;
}

/** The field's length in terms (capped), of a posting or of its scoring bits. */
export function lengthOf(entry: number): number {
  return (entry & SCORING_BITS) >>> 1;
}

/** The name's length, or the shortest alias's holding the term (capped). */
export function exactLengthOf(entry: number): number {
  return (entry & (ORDINAL_UNIT - 1)) >>> EXACT_SHIFT;
}

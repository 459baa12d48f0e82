/**
 * The posting format on its own: every posting the index writes decodes to what was encoded, at
 * the edges of each part (the lengths' cap, the largest ordinals a double holds exactly), and the
 * scoring bits the per-document term list keeps fit its 16 bits.
 */
import { describe, expect, it } from 'vitest';
import {
  ALIASES,
  exactLengthOf,
  fieldOf,
  lengthOf,
  MAX_LENGTH,
  NAME,
  ordinalOf,
  posting,
  SCORING_BITS,
} from '../../../server/store/search/postings.ts';

// 2^36 - 1: the largest ordinal whose postings stay below 2^53, where doubles hold integers exactly.
const ORDINALS = [0, 1, 2 ** 15 - 1, 2 ** 15, 2 ** 16, 2 ** 17 - 1, 2 ** 31, 2 ** 32 + 1, 2 ** 36 - 1];
const LENGTHS = [0, 1, 2, 254, 255];

describe('postings', () => {
  it('decode to what was encoded, for every field and length up to the cap', () => {
    for (const ord of ORDINALS)
      for (const field of [NAME, ALIASES])
        for (const length of LENGTHS)
          for (const exact of LENGTHS) {
            const entry = posting(ord, length, exact, field);
            expect(Number.isSafeInteger(entry)).toBe(true);
            expect([ordinalOf(entry), fieldOf(entry), lengthOf(entry), exactLengthOf(entry)]).toEqual([
              ord,
              field,
              length,
              exact,
            ]);
          }
  });

  it('cap both lengths at 255 without touching the ordinal or the field', () => {
    for (const ord of [0, 2 ** 36 - 1]) {
      const entry = posting(ord, 256, 10_000, ALIASES);
      expect([ordinalOf(entry), fieldOf(entry), lengthOf(entry), exactLengthOf(entry)]).toEqual([
        ord,
        ALIASES,
        MAX_LENGTH,
        MAX_LENGTH,
      ]);
    }
  });

  it('keep the field and length in scoring bits that fit 16 bits, whatever the ordinal', () => {
    expect(SCORING_BITS).toBeLessThan(2 ** 16);
    for (const ord of ORDINALS) {
      const bits = posting(ord, 37, 200, ALIASES) & SCORING_BITS;
      expect(new Uint16Array([bits])[0]).toBe(bits);
      expect([fieldOf(bits), lengthOf(bits)]).toEqual([ALIASES, 37]);
      expect(bits).toBe(posting(0, 37, 0, ALIASES));
    }
  });

  it('order by ordinal first, so that no two documents share a posting', () => {
    const low = posting(7, MAX_LENGTH, MAX_LENGTH, ALIASES);
    const high = posting(8, 0, 0, NAME);
    expect(low).toBeLessThan(high);
    expect(high - low).toBe(1);
  });
});

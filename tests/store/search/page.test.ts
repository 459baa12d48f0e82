/**
 * The top-k page on its own: it keeps the best `limit` offers sorted by score and then by id,
 * whichever order they come in, counts a document once however often it is offered, and raises
 * its threshold once full.
 */
import { describe, expect, it } from 'vitest';
import { Page } from '../../../server/store/search/page.ts';

const PERSON = 0;
const EVENT = 1;

function pageOf(
  limit: number,
  ids: string[],
  options: { ascendingUntil?: number; allowed?: number[]; typeOf?: number[] } = {},
): Page {
  const typeOf = Int32Array.from(options.typeOf ?? ids.map(() => PERSON));
  let allowed: Uint8Array | null = null;
  if (options.allowed) {
    allowed = new Uint8Array(2);
    for (const type of options.allowed) allowed[type] = 1;
  }
  return new Page(limit, allowed, typeOf, ids, options.ascendingUntil ?? 0);
}

describe('Page', () => {
  it('keeps the best `limit`, by score, then by id', () => {
    const page = pageOf(3, ['d', 'c', 'b', 'a']);
    page.offer(0, 5);
    expect(page.threshold).toBe(-Infinity);
    page.offer(1, 7);
    page.offer(2, 5);
    expect(page.threshold).toBe(5);
    page.offer(3, 5);
    expect(page.ords).toEqual([1, 3, 2]);
    expect(page.scores).toEqual([7, 5, 5]);
    page.offer(0, 6);
    expect(page.ords).toEqual([1, 0, 3]);
    expect(page.scores).toEqual([7, 6, 5]);
    expect(page.threshold).toBe(5);
  });

  it('moves a document offered again instead of listing it twice', () => {
    const page = pageOf(3, ['a', 'b', 'c']);
    page.offer(0, 1);
    page.offer(1, 2);
    page.offer(0, 3);
    expect(page.ords).toEqual([0, 1]);
    expect(page.scores).toEqual([3, 2]);
  });

  it('compares ids as ordinals within the ascending run, and as text beyond it', () => {
    // Ordinals 0 and 1 were given in id order; 2 came later with an id between them.
    const ids = ['a', 'c', 'b'];
    const page = pageOf(3, ids, { ascendingUntil: 2 });
    for (const ord of [1, 2, 0]) page.offer(ord, 1);
    expect(page.ords.map((ord) => ids[ord])).toEqual(['a', 'b', 'c']);
  });

  it('turns away a tie with the last place that would not come before it', () => {
    const page = pageOf(2, ['a', 'b', 'c']);
    page.offer(0, 1);
    page.offer(1, 1);
    page.offer(2, 1);
    expect(page.ords).toEqual([0, 1]);
  });

  it('keeps only the allowed types', () => {
    const page = pageOf(10, ['a', 'b', 'c'], { typeOf: [PERSON, EVENT, PERSON], allowed: [EVENT] });
    for (const ord of [0, 1, 2]) page.offer(ord, 1);
    expect(page.ords).toEqual([1]);
  });
});

/**
 * What the store keeps of the relations a canvas read (server/store/kept-relations.ts): read once
 * until the case's next write, the least recently used dropped past its bound, nothing kept for a
 * relation that was gone. The store's answers with it are compared with the statement's in
 * relations-among.test.ts; this holds the bookkeeping to its contract on its own.
 */
import { describe, expect, it } from 'vitest';
import { KeptRelations } from '../../server/store/kept-relations.ts';
import type { Relation } from '../../server/store/types.ts';

const relation = (handle: number, version: number): Relation => ({
  id: `r${handle}`,
  type: 'LINKS',
  from: 'a',
  to: 'b',
  date: null,
  startDate: null,
  endDate: null,
  status: null,
  properties: { version },
  evidence: [],
  sourceIds: [],
});

/** A case's relations by handle, with the handles each read asked for. */
function graph(gone: ReadonlySet<number> = new Set()) {
  let version = 1;
  const asked: number[][] = [];
  return {
    asked,
    write: () => version++,
    read: (handles: readonly number[]) => {
      asked.push([...handles]);
      return handles.map((h) => (gone.has(h) ? null : relation(h, version)));
    },
  };
}

describe('relations kept for the canvas', () => {
  it('reads a relation once until the next write, then again', () => {
    const writes = { count: 0 };
    const kept = new KeptRelations(writes);
    const g = graph();
    const first = kept.through([1, 2, 3], g.read);
    expect(kept.through([3, 1, 4], g.read)).toEqual([first[2], first[0], relation(4, 1)]);
    expect(g.asked).toEqual([[1, 2, 3], [4]]);

    g.write();
    writes.count++;
    const after = kept.through([1, 2], g.read);
    expect(g.asked.at(-1)).toEqual([1, 2]);
    expect(after.map((r) => r?.properties.version)).toEqual([2, 2]);
  });

  it('keeps nothing for a relation that is gone, and says so in its place', () => {
    const kept = new KeptRelations({ count: 0 });
    const g = graph(new Set([2]));
    expect(kept.through([1, 2, 3], g.read).map((r) => r?.id ?? null)).toEqual(['r1', null, 'r3']);
    expect(kept.through([1, 2, 3], g.read).map((r) => r?.id ?? null)).toEqual(['r1', null, 'r3']);
    expect(g.asked).toEqual([[1, 2, 3], [2]]);
  });

  it('drops the least recently used past its bound', () => {
    const kept = new KeptRelations({ count: 0 }, 3);
    const g = graph();
    kept.through([1, 2, 3], g.read);
    // 1 used again, so 2 is the oldest when 4 comes in.
    kept.through([1], g.read);
    kept.through([4], g.read);
    kept.through([1, 3, 4], g.read);
    expect(g.asked).toEqual([[1, 2, 3], [4]]);
    kept.through([2], g.read);
    expect(g.asked.at(-1)).toEqual([2]);
  });
});

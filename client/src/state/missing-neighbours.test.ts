import { describe, expect, it } from 'vitest';
import { missingNeighbours, type ListedRelation } from './missing-neighbours.ts';

const listed = (id: string, type: string, from: [string, string], to: [string, string]): ListedRelation => ({
  id,
  type,
  from: { id: from[0], type: from[1] },
  to: { id: to[0], type: to[1] },
});

const hub: [string, string] = ['hub', 'Organization'];
const relations = [
  listed('k1', 'KNOWS', hub, ['ann', 'Person']),
  // A second relation to the same neighbour: one neighbour, not two.
  listed('k2', 'KNOWS', hub, ['ann', 'Person']),
  listed('k3', 'KNOWS', hub, ['bob', 'Person']),
  listed('o1', 'OWNS', ['acme', 'Company'], hub),
  // Already on the canvas, and a relation to itself: neither is missing.
  listed('o2', 'OWNS', ['drawn', 'Company'], hub),
  listed('self', 'KNOWS', hub, hub),
];

describe('missing neighbours', () => {
  it('counts each neighbour not on the canvas once, by entity type and by relation', () => {
    const m = missingNeighbours({ id: 'hub', degree: 6, relations }, (id) => id === 'drawn');
    expect(m.ids.sort()).toEqual(['acme', 'ann', 'bob']);
    expect(m.byType).toEqual([
      { type: 'Person', ids: ['ann', 'bob'] },
      { type: 'Company', ids: ['acme'] },
    ]);
    expect(m.byRelation).toEqual([
      { type: 'KNOWS', direction: 'OUT', ids: ['ann', 'bob'] },
      { type: 'OWNS', direction: 'IN', ids: ['acme'] },
    ]);
    expect(m.unlisted).toBe(0);
  });

  it('says how many relations the server did not list, so the count is a lower bound', () => {
    expect(missingNeighbours({ id: 'hub', degree: 506, relations }, () => false).unlisted).toBe(500);
  });
});

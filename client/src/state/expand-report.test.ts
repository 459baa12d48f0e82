import { describe, expect, it } from 'vitest';
import { expansionMessage, relationsOffCanvas } from './expand-report.ts';
import { emptyDoc, mergeSubgraph, type CanvasRelation } from './graph-model.ts';

const rel = (id: string, from: string, to: string): CanvasRelation => ({
  id,
  type: 'KNOWS',
  from,
  to,
  date: null,
  startDate: null,
  endDate: null,
  status: null,
  sources: [],
});
const person = (id: string, degree: number) => ({ id, type: 'Person', name: id, aliases: [], degree });

describe('what an expansion says', () => {
  // a has 5 relations in the case, 2 drawn (one to b, which is also expanded); b has 3, 1 drawn.
  const doc = mergeSubgraph(emptyDoc, {
    entities: [person('a', 5), person('b', 3), person('c', 1)],
    relations: [rel('ab', 'a', 'b'), rel('ac', 'a', 'c')],
  }).doc;

  it('counts the relations of the expanded entities that are not drawn, each once', () => {
    expect(relationsOffCanvas(doc, ['a', 'b'])).toBe(3 + 2);
    expect(relationsOffCanvas(doc, ['c'])).toBe(0);
  });

  it('never says "nothing new" while relations are missing, and gives the reason it knows', () => {
    const base = { added: 0, newRelations: 0, offCanvas: 166, truncated: true, filtered: false, full: false };
    expect(expansionMessage(base)).toBe(
      "Nothing added. 166 more relations of the expanded entities are not on the canvas. The server's limits on one expansion left some out: right-click an entity to show all its neighbours.",
    );
    expect(expansionMessage({ ...base, added: 200, newRelations: 210, truncated: false, full: true })).toBe(
      'Added 200 entities and 210 relations. 166 more relations of the expanded entities are not on the canvas. The canvas is full: it holds at most 5,000 entities and relations.',
    );
    expect(expansionMessage({ ...base, offCanvas: 0, truncated: false })).toBe(
      'Nothing new to add: every relation of these entities is already on the canvas.',
    );
  });
});

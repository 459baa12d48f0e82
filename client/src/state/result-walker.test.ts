import { describe, expect, it } from 'vitest';
import { findGraph } from './result-walker.ts';

describe('finding the graph in a GraphQL answer', () => {
  it('finds entities (id, type, name) and relations (id, type, from, to) at any depth', () => {
    const found = findGraph({
      shortestPath: {
        length: 1,
        entities: [
          { id: 'kim-jong-un', type: 'Person', name: 'Kim Jong Un' },
          { id: 'north-korea', type: 'Country', name: 'North Korea', aliases: ['DPRK'] },
        ],
        relations: [
          {
            id: 'r1',
            type: 'LEADS',
            from: { id: 'kim-jong-un' },
            to: { id: 'north-korea' },
            status: 'confirmed',
          },
        ],
      },
    });
    expect(found.entities.map((e) => e.id)).toEqual(['kim-jong-un', 'north-korea']);
    expect(found.entities[1]?.aliases).toEqual(['DPRK']);
    expect(found.relations).toEqual([
      expect.objectContaining({ id: 'r1', from: 'kim-jong-un', to: 'north-korea', status: 'confirmed' }),
    ]);
    expect(found.missingEntityIds).toEqual([]);
  });

  it('names the relation ends it was not told about, and ignores everything else', () => {
    const found = findGraph({
      relations: { totalCount: 1, edges: [{ node: { id: 'r', type: 'SENDS', from: { id: 'a' }, to: 'b' } }] },
      graphSummary: { entityTypes: [{ type: 'Person', count: 3 }] },
    });
    expect(found.relations).toHaveLength(1);
    expect(found.entities).toEqual([]);
    expect(found.missingEntityIds.sort()).toEqual(['a', 'b']);
  });

  it('keeps the style hints of entities whose properties the query asked for', () => {
    const found = findGraph({
      entities: [
        {
          id: 'myriel',
          type: 'Node',
          name: 'Myriel',
          properties: { vizX: 268.7, vizY: 91.2, vizColor: 'rgb(216,72,45)' },
        },
        { id: 'napoleon', type: 'Node', name: 'Napoleon', properties: { hub: 0.1 } },
      ],
    });
    expect(found.entities[0]?.hints).toEqual({ position: { x: 268.7, y: 91.2 }, color: 'rgb(216,72,45)' });
    expect(found.entities[1]).not.toHaveProperty('hints');
  });
});

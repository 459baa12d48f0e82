import { describe, expect, it } from 'vitest';
import { entity, relation } from './canvas-fixtures.ts';
import { collapse, emptyDoc, mergeSubgraph, refreshFrom, removeEntities, setPinned } from './graph-model.ts';

describe('the canvas document', () => {
  it('adds a relation only when both its ends are on the canvas', () => {
    const { doc, added } = mergeSubgraph(emptyDoc, {
      entities: [entity('a'), entity('b')],
      relations: [relation('a', 'b'), relation('a', 'c')],
    });
    expect(added).toEqual(['a', 'b']);
    expect(Object.keys(doc.relations)).toEqual(['a-b']);
  });

  it('follows the store after the graph changed: gone entities leave, names and relations are the store’s', () => {
    const doc = mergeSubgraph(
      { ...emptyDoc, positions: { a: { x: 1, y: 2 }, gone: { x: 3, y: 4 } } },
      {
        entities: [entity('a'), entity('b'), entity('gone')],
        relations: [relation('a', 'b'), relation('a', 'gone'), relation('b', 'a')],
      },
    ).doc;
    const next = refreshFrom(doc, {
      entities: [{ ...entity('a'), name: 'A again' }, entity('b'), entity('elsewhere')],
      relations: [relation('a', 'b')],
    });
    expect(next.entities).toEqual({ a: { ...entity('a'), name: 'A again' }, b: entity('b') });
    expect(Object.keys(next.relations)).toEqual(['a-b']);
    expect(next.positions).toEqual({ a: { x: 1, y: 2 } });
  });

  it('removes an entity with its relations, position and pin', () => {
    let doc = mergeSubgraph(emptyDoc, {
      entities: [entity('a'), entity('b')],
      relations: [relation('a', 'b')],
    }).doc;
    doc = setPinned({ ...doc, positions: { a: { x: 1, y: 2 } } }, ['a'], true);
    const next = removeEntities(doc, ['a']);
    expect(Object.keys(next.entities)).toEqual(['b']);
    expect(next.relations).toEqual({});
    expect(next.positions).toEqual({});
    expect(next.pinned).toEqual([]);
  });

  it('collapses the neighbours that hang on an entity alone, not the shared or pinned ones', () => {
    const doc = mergeSubgraph(emptyDoc, {
      entities: ['hub', 'leaf', 'shared', 'other', 'pinned'].map(entity),
      relations: [
        relation('hub', 'leaf'),
        relation('hub', 'shared'),
        relation('shared', 'other'),
        relation('hub', 'pinned'),
      ],
    }).doc;
    const result = collapse(setPinned(doc, ['pinned'], true), ['hub']);
    expect(result.removed).toEqual(['leaf']);
    expect(Object.keys(result.doc.entities).sort()).toEqual(['hub', 'other', 'pinned', 'shared']);
  });
});

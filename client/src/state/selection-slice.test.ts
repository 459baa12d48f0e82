import { describe, expect, it } from 'vitest';
import { entity, relation } from './canvas-fixtures.ts';
import { emptyDoc, mergeSubgraph } from './graph-model.ts';
import { initialSelection, pruneSelection, select, setFocus, setHighlight } from './selection-slice.ts';

describe('the selection slice', () => {
  it('starts with nothing selected, focused or highlighted', () => {
    expect(initialSelection).toEqual({
      selection: { entities: [], relations: [] },
      focus: null,
      highlight: null,
    });
  });

  it('selects exactly what it is given, copying the lists', () => {
    const entities = ['a', 'b'];
    const s = select(initialSelection, entities, ['a-b']);
    expect(s.selection).toEqual({ entities: ['a', 'b'], relations: ['a-b'] });
    expect(s.selection.entities).not.toBe(entities);
    expect(select(s, ['c']).selection).toEqual({ entities: ['c'], relations: [] });
  });

  it('changes what the details panel shows only when a focus is given', () => {
    const focused = setFocus(initialSelection, { kind: 'entity', id: 'a' });
    expect(select(focused, ['b']).focus).toEqual({ kind: 'entity', id: 'a' });
    expect(select(focused, ['b'], [], { kind: 'relation', id: 'a-b' }).focus).toEqual({
      kind: 'relation',
      id: 'a-b',
    });
    expect(select(focused, [], [], null).focus).toBeNull();
  });

  it('sets and clears the highlight', () => {
    const highlight = { entities: ['a', 'b'], relations: ['a-b'], label: '1-step path' };
    const s = setHighlight(initialSelection, highlight);
    expect(s.highlight).toBe(highlight);
    expect(setHighlight(s, null).highlight).toBeNull();
  });

  it('cuts the selection to what is still on the canvas', () => {
    const doc = mergeSubgraph(emptyDoc, {
      entities: [entity('a'), entity('b')],
      relations: [relation('a', 'b')],
    }).doc;
    expect(
      pruneSelection({ entities: ['a', 'gone', 'constructor'], relations: ['a-b', 'gone-a'] }, doc),
    ).toEqual({ entities: ['a'], relations: ['a-b'] });
  });
});

import { describe, expect, it } from 'vitest';
import { entity } from './canvas-fixtures.ts';
import { emptyDoc, mergeSubgraph, removeEntities } from './graph-model.ts';
import { createRedstringStore } from './store.ts';

const add =
  (...ids: string[]) =>
  (doc: typeof emptyDoc) =>
    mergeSubgraph(doc, { entities: ids.map(entity), relations: [] }).doc;

describe('the store of one app', () => {
  it('is made per app: two stores share nothing', () => {
    const one = createRedstringStore();
    const two = createRedstringStore();
    one.getState().commit(add('a'));
    one.getState().notify('info', 'hello');
    expect(Object.keys(one.getState().doc.entities)).toEqual(['a']);
    expect(two.getState().doc).toBe(emptyDoc);
    expect(two.getState().notices).toEqual([]);
    expect(two.getState().notify).not.toBe(one.getState().notify);
  });

  it('commits a change as an undo step, asks for an incremental layout, and says whether it changed', () => {
    const store = createRedstringStore();
    expect(store.getState().commit(add('a', 'b'))).toBe(true);
    expect(store.getState().layout).toEqual({ seq: 1, name: 'fcose', mode: 'incremental', fit: false });
    expect(store.getState().past).toEqual([emptyDoc]);
    expect(store.getState().commit((doc) => doc)).toBe(false);
    expect(store.getState().past).toHaveLength(1);
    expect(store.getState().commit(add('c'), null)).toBe(true);
    expect(store.getState().layout.seq).toBe(1);
    store.getState().undo();
    expect(Object.keys(store.getState().doc.entities).sort()).toEqual(['a', 'b']);
    store.getState().redo();
    expect(Object.keys(store.getState().doc.entities).sort()).toEqual(['a', 'b', 'c']);
  });

  it('drops from the selection what a change takes off the canvas', () => {
    const store = createRedstringStore();
    store.getState().commit(add('a', 'b'));
    store.getState().select(['a', 'b'], [], { kind: 'entity', id: 'a' });
    store.getState().commit((doc) => removeEntities(doc, ['b']), null);
    expect(store.getState().selection).toEqual({ entities: ['a'], relations: [] });
    expect(store.getState().focus).toEqual({ kind: 'entity', id: 'a' });
  });

  it('takes positions the canvas reports without an undo step, and a drag as one', () => {
    const store = createRedstringStore();
    store.getState().commit(add('a', 'b'), null);
    store.getState().syncPositions({ a: { x: 1, y: 2 }, b: { x: 3, y: 4 }, gone: { x: 0, y: 0 } });
    const s = store.getState();
    expect(s.doc.positions).toEqual({ a: { x: 1, y: 2 }, b: { x: 3, y: 4 } });
    expect(s.canvasPositions).toBe(s.doc.positions);
    expect(s.past).toHaveLength(1);

    store.getState().moveNodes({ a: { x: 10, y: 20 } });
    const moved = store.getState();
    expect(moved.doc.positions).toEqual({ a: { x: 10, y: 20 }, b: { x: 3, y: 4 } });
    expect(moved.canvasPositions).toBe(moved.doc.positions);
    expect(moved.past).toHaveLength(2);
    expect(moved.layout.seq).toBe(0);

    // Undo brings back positions the canvas does not show yet.
    store.getState().undo();
    expect(store.getState().doc.positions).toEqual({ a: { x: 1, y: 2 }, b: { x: 3, y: 4 } });
    expect(store.getState().canvasPositions).not.toBe(store.getState().doc.positions);
  });

  it('follows a layout from request to report', () => {
    const store = createRedstringStore();
    store.getState().commit(add('a'), null);
    store.getState().requestLayout('grid', 'full', true);
    store.getState().layoutStarted(1);
    expect(store.getState().layoutRunning).toBe(1);
    store.getState().layoutFinished(1, { a: { x: 5, y: 6 } });
    const s = store.getState();
    expect(s).toMatchObject({ layoutRunning: null, layoutSettled: 1 });
    expect(s.doc.positions).toEqual({ a: { x: 5, y: 6 } });
    expect(s.canvasPositions).toBe(s.doc.positions);
    expect(s.past).toHaveLength(1);

    // A layout that moved nothing leaves the document alone.
    store.getState().requestLayout();
    const before = store.getState().doc;
    store.getState().layoutFinished(2, null);
    expect(store.getState().doc).toBe(before);
    expect(store.getState().layoutSettled).toBe(2);
  });

  it('starts from the options it is given', () => {
    const doc = add('a')(emptyDoc);
    const store = createRedstringStore({ doc, layout: 'circle' });
    expect(store.getState().doc).toBe(doc);
    expect(store.getState().layout.name).toBe('circle');
  });

  it('forgets the canvas and all of a case when another opens, but not the session or what is in flight', () => {
    const store = createRedstringStore();
    store.getState().setSession(true, { name: 'ann', role: 'editor' });
    store.getState().switchCase({ id: 'kursk', status: 'loading' });
    store.getState().commit(add('a', 'b'));
    store.getState().select(['a'], [], { kind: 'entity', id: 'a' });
    store.getState().setFilters({ dateTo: '2022' });
    store.getState().setHighlight({ entities: ['a'], relations: [], label: 'a path' });
    store.getState().setContextMenu({ entityId: 'a', x: 1, y: 2 });
    store.getState().begin();
    store.getState().notify('info', 'Imported a file.');

    store.getState().switchCase({ id: 'other', status: 'loading' });
    const s = store.getState();
    expect(s.openCase).toEqual({ id: 'other', status: 'loading' });
    expect(s.doc).toBe(emptyDoc);
    expect(s.past).toEqual([]);
    expect(s.selection).toEqual({ entities: [], relations: [] });
    expect(s.focus).toBeNull();
    expect(s.highlight).toBeNull();
    expect(s.contextMenu).toBeNull();
    expect(s.filters.dateTo).toBeNull();
    expect(s.layout.seq).toBe(0);
    expect(s.session.actor).toEqual({ name: 'ann', role: 'editor' });
    // The request of the previous case still ends (aborted), and counts itself out then.
    expect(s.pending).toBe(1);
    expect(s.notices.map((n) => n.text)).toEqual(['Imported a file.']);
  });
});

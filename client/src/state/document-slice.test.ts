import { describe, expect, it } from 'vitest';
import { entity } from './canvas-fixtures.ts';
import { commitDoc, HISTORY_LIMIT, initialDocument, redoDoc, undoDoc } from './document-slice.ts';
import { emptyDoc, mergeSubgraph, type GraphDoc } from './graph-model.ts';

const withEntity = (doc: GraphDoc, id: string) =>
  mergeSubgraph(doc, { entities: [entity(id)], relations: [] }).doc;

describe('the document slice', () => {
  it('starts on the empty document with no history, or on the one it is given', () => {
    expect(initialDocument()).toEqual({ doc: emptyDoc, past: [], future: [] });
    const doc = withEntity(emptyDoc, 'a');
    expect(initialDocument(doc).doc).toBe(doc);
  });

  it('remembers the old document on commit, and undo and redo swap them back and forth', () => {
    const a = withEntity(emptyDoc, 'a');
    const ab = withEntity(a, 'b');
    let s = commitDoc(commitDoc(initialDocument(), a), ab);
    expect(s.doc).toBe(ab);
    expect(s.past).toEqual([emptyDoc, a]);

    s = undoDoc(s);
    expect(s.doc).toBe(a);
    expect(s.future).toEqual([ab]);
    s = undoDoc(s);
    expect(s.doc).toBe(emptyDoc);
    expect(s.past).toEqual([]);
    expect(s.future).toEqual([a, ab]);

    s = redoDoc(s);
    expect(s.doc).toBe(a);
    expect(s.past).toEqual([emptyDoc]);
    expect(s.future).toEqual([ab]);
  });

  it('forgets what could be redone once a new change is committed', () => {
    const a = withEntity(emptyDoc, 'a');
    const s = undoDoc(commitDoc(initialDocument(), a));
    expect(s.future).toEqual([a]);
    const c = withEntity(emptyDoc, 'c');
    const next = commitDoc(s, c);
    expect(next.doc).toBe(c);
    expect(next.future).toEqual([]);
    expect(next.past).toEqual([emptyDoc]);
  });

  it('leaves the state as it is when there is nothing to undo or redo', () => {
    const s = initialDocument();
    expect(undoDoc(s)).toBe(s);
    expect(redoDoc(s)).toBe(s);
  });

  it(`keeps at most ${HISTORY_LIMIT} undo steps, dropping the oldest`, () => {
    let s = initialDocument();
    const docs: GraphDoc[] = [];
    for (let i = 0; i < HISTORY_LIMIT + 5; i++) {
      const doc = withEntity(s.doc, `e${i}`);
      docs.push(doc);
      s = commitDoc(s, doc);
    }
    expect(s.past).toHaveLength(HISTORY_LIMIT);
    expect(s.past[0]).toBe(docs[4]);
    expect(s.past[HISTORY_LIMIT - 1]).toBe(docs[HISTORY_LIMIT + 3]);
  });

  it('keeps the rest of the state it is given', () => {
    const s = commitDoc({ ...initialDocument(), other: 1 }, withEntity(emptyDoc, 'a'));
    expect(s.other).toBe(1);
  });
});

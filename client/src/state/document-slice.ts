/**
 * The canvas document and its undo history, as pure producers. An undo step is a whole document:
 * `commitDoc` remembers the old one, `undo` and `redo` swap them back and forth.
 */
import { emptyDoc, type GraphDoc } from './graph-model.ts';

export interface DocumentSlice {
  doc: GraphDoc;
  past: readonly GraphDoc[];
  future: readonly GraphDoc[];
}

/** Undo steps kept; older ones are dropped. */
export const HISTORY_LIMIT = 100;

export function initialDocument(doc: GraphDoc = emptyDoc): DocumentSlice {
  return { doc, past: [], future: [] };
}

/** `next` becomes the document; the old one is the newest undo step, and redo is forgotten. */
export function commitDoc<S extends DocumentSlice>(s: S, next: GraphDoc): S {
  return { ...s, doc: next, past: [...s.past, s.doc].slice(-HISTORY_LIMIT), future: [] };
}

/** Back one step (unchanged when there is none). */
export function undoDoc<S extends DocumentSlice>(s: S): S {
  const previous = s.past[s.past.length - 1];
  if (!previous) return s;
  return { ...s, doc: previous, past: s.past.slice(0, -1), future: [s.doc, ...s.future] };
}

/** Forward one step (unchanged when there is none). */
export function redoDoc<S extends DocumentSlice>(s: S): S {
  const next = s.future[0];
  if (!next) return s;
  return { ...s, doc: next, past: [...s.past, s.doc], future: s.future.slice(1) };
}

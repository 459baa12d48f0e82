/**
 * What the investigator has picked: the selection (canvas and panels share it), what the details panel
 * shows, and the highlighted path. Pure producers.
 */
import type { GraphDoc } from './graph-model.ts';

export type Focus = { kind: 'entity'; id: string } | { kind: 'relation'; id: string };

export interface Highlight {
  entities: readonly string[];
  relations: readonly string[];
  label: string;
}

export interface Selection {
  entities: readonly string[];
  relations: readonly string[];
}

export interface SelectionSlice {
  selection: Selection;
  /** What the details panel shows. */
  focus: Focus | null;
  highlight: Highlight | null;
}

export const initialSelection: SelectionSlice = {
  selection: { entities: [], relations: [] },
  focus: null,
  highlight: null,
};

/** Selects exactly these; the details panel changes only when `focus` is given (null closes it). */
export function select<S extends SelectionSlice>(
  s: S,
  entities: readonly string[],
  relations: readonly string[] = [],
  focus?: Focus | null,
): S {
  return {
    ...s,
    selection: { entities: [...entities], relations: [...relations] },
    focus: focus === undefined ? s.focus : focus,
  };
}

export function setFocus<S extends SelectionSlice>(s: S, focus: Focus | null): S {
  return { ...s, focus };
}

export function setHighlight<S extends SelectionSlice>(s: S, highlight: Highlight | null): S {
  return { ...s, highlight };
}

/** Drops from the selection what is no longer on the canvas. */
export function pruneSelection(selection: Selection, doc: GraphDoc): Selection {
  const entities = new Set(Object.keys(doc.entities));
  const relations = new Set(Object.keys(doc.relations));
  return {
    entities: selection.entities.filter((id) => entities.has(id)),
    relations: selection.relations.filter((id) => relations.has(id)),
  };
}

/**
 * What the canvas reports back, so that its controllers coordinate through the store rather than
 * through shared flags or timer order: which document it has drawn, where it put the nodes, and how
 * far it got with the layout and framing requests of the view slice. Pure producers.
 */
import type { Filters } from './filters.ts';
import type { GraphDoc, Position } from './graph-model.ts';
import type { ViewSlice } from './view-slice.ts';

export interface CanvasSlice {
  /** The document and filters the canvas shows now; null before it has drawn anything. */
  drawn: { doc: GraphDoc; filters: Filters } | null;
  /**
   * The positions object the canvas reported last (after a layout or a drag). The canvas already shows
   * it, so it is not applied back; any other positions (undo, a shared link) are.
   */
  canvasPositions: Readonly<Record<string, Position>> | null;
  /** The layout request the canvas is running, if any. */
  layoutRunning: number | null;
  /** The last layout request the canvas is done with (run, or passed over). */
  layoutSettled: number;
  /** The last focus request the canvas is done with (framed, or passed over). */
  framedSeq: number;
}

export const initialCanvas: CanvasSlice = {
  drawn: null,
  canvasPositions: null,
  layoutRunning: null,
  layoutSettled: 0,
  framedSeq: 0,
};

export function canvasDrew<S extends CanvasSlice>(s: S, doc: GraphDoc, filters: Filters): S {
  return { ...s, drawn: { doc, filters } };
}

export function layoutStarted<S extends CanvasSlice>(s: S, seq: number): S {
  return { ...s, layoutRunning: seq };
}

/** The canvas is done with layout request `seq` (and so with every earlier one). */
export function layoutSettled<S extends CanvasSlice>(s: S, seq: number): S {
  return {
    ...s,
    layoutRunning: s.layoutRunning !== null && s.layoutRunning <= seq ? null : s.layoutRunning,
    layoutSettled: Math.max(s.layoutSettled, seq),
  };
}

export function focusFramed<S extends CanvasSlice>(s: S, seq: number): S {
  return { ...s, framedSeq: Math.max(s.framedSeq, seq) };
}

/** True when the canvas shows the current document under the current filters. */
export function isDrawn(s: CanvasSlice & ViewSlice & { doc: GraphDoc }): boolean {
  return s.drawn !== null && s.drawn.doc === s.doc && s.drawn.filters === s.filters;
}

/** The layout request waiting to run, if any. */
export function pendingLayout(s: CanvasSlice & ViewSlice): ViewSlice['layout'] | null {
  return s.layoutSettled < s.layout.seq && s.layoutRunning !== s.layout.seq ? s.layout : null;
}

/** True while a layout is asked for or running: the nodes are not where they will end up. */
export function layoutBusy(s: CanvasSlice & ViewSlice): boolean {
  return s.layoutRunning !== null || s.layoutSettled < s.layout.seq;
}

/** The framing request waiting to be done, if any. */
export function pendingFocus(s: CanvasSlice & ViewSlice): ViewSlice['focusRequest'] {
  return s.focusRequest && s.focusRequest.seq > s.framedSeq ? s.focusRequest : null;
}

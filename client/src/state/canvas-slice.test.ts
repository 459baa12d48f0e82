import { describe, expect, it } from 'vitest';
import {
  canvasDrew,
  focusFramed,
  initialCanvas,
  isDrawn,
  layoutBusy,
  layoutSettled,
  layoutStarted,
  pendingFocus,
  pendingLayout,
} from './canvas-slice.ts';
import { defaultFilters } from './filters.ts';
import { emptyDoc, type GraphDoc } from './graph-model.ts';
import { initialView, requestFocus, requestLayout, setFilters } from './view-slice.ts';

const start = () => ({ ...initialView(), ...initialCanvas, doc: emptyDoc as GraphDoc });

describe('the canvas slice', () => {
  it('counts the document as drawn only when the canvas reported this document under these filters', () => {
    const s = start();
    expect(isDrawn(s)).toBe(false);
    const drawn = canvasDrew(s, s.doc, s.filters);
    expect(isDrawn(drawn)).toBe(true);
    expect(isDrawn({ ...drawn, doc: { ...emptyDoc } })).toBe(false);
    expect(isDrawn(setFilters(drawn, { dateTo: '2022' }))).toBe(false);
  });

  it('keeps a layout request waiting until the canvas starts it, and busy until the canvas settles it', () => {
    let s = start();
    expect(pendingLayout(s)).toBeNull();
    expect(layoutBusy(s)).toBe(false);

    s = requestLayout(s);
    expect(pendingLayout(s)).toBe(s.layout);
    expect(layoutBusy(s)).toBe(true);

    s = layoutStarted(s, 1);
    expect(s.layoutRunning).toBe(1);
    expect(pendingLayout(s)).toBeNull();
    expect(layoutBusy(s)).toBe(true);

    s = layoutSettled(s, 1);
    expect(s).toMatchObject({ layoutRunning: null, layoutSettled: 1 });
    expect(pendingLayout(s)).toBeNull();
    expect(layoutBusy(s)).toBe(false);
  });

  it('waits for a request made while another layout runs', () => {
    let s = layoutStarted(requestLayout(start()), 1);
    s = requestLayout(s, 'grid');
    expect(pendingLayout(s)?.seq).toBe(2);
    // The stopped layout reports; the newer request still waits, and the view is still busy.
    s = layoutSettled(s, 1);
    expect(pendingLayout(s)?.seq).toBe(2);
    expect(layoutBusy(s)).toBe(true);
  });

  it('does not let a late report of an older layout end the one that runs now', () => {
    let s = layoutStarted(requestLayout(requestLayout(start())), 2);
    s = layoutSettled(s, 1);
    expect(s).toMatchObject({ layoutRunning: 2, layoutSettled: 1 });
    s = layoutSettled(s, 2);
    expect(s).toMatchObject({ layoutRunning: null, layoutSettled: 2 });
    // Settling never goes backwards.
    expect(layoutSettled(s, 1).layoutSettled).toBe(2);
  });

  it('keeps a framing request waiting until the canvas reports it framed', () => {
    let s = requestFocus(start(), ['a']);
    expect(pendingFocus(s)).toBe(s.focusRequest);
    s = focusFramed(s, 1);
    expect(pendingFocus(s)).toBeNull();
    s = requestFocus(s, ['b']);
    expect(pendingFocus(s)?.ids).toEqual(['b']);
    expect(focusFramed(focusFramed(s, 2), 1).framedSeq).toBe(2);
  });

  it('starts with nothing drawn, reported, running or framed', () => {
    expect(initialCanvas).toEqual({
      drawn: null,
      canvasPositions: null,
      layoutRunning: null,
      layoutSettled: 0,
      framedSeq: 0,
    });
    expect(canvasDrew(initialCanvas, emptyDoc, defaultFilters).drawn).toEqual({
      doc: emptyDoc,
      filters: defaultFilters,
    });
  });
});

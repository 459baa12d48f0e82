/**
 * What the canvas controllers share about one Cytoscape instance: which positions object the canvas
 * already shows (so a store update that only records where the canvas put things is not re-applied),
 * and which nodes arrived last (so a layout can settle them and bring them into view).
 */
import type { Core } from 'cytoscape';
import type { Position } from '../state/graph-model.ts';

export interface CanvasSync {
  knownPositions: Readonly<Record<string, Position>> | null;
  /** Entities added by the last document change. */
  lastAdded: string[];
  /** True while a layout is moving nodes (drag commits and position syncs wait for it). */
  layoutRunning: boolean;
  /** True from a layout request until its layout has stopped (views framed after it wait for it). */
  layoutPending: boolean;
  /** True while the selection controller applies the store's selection to the canvas. */
  applyingSelection: boolean;
}

export function createCanvasSync(): CanvasSync {
  return {
    knownPositions: null,
    lastAdded: [],
    layoutRunning: false,
    layoutPending: false,
    applyingSelection: false,
  };
}

/** Every node's position as drawn now. */
export function readPositions(cy: Core): Record<string, Position> {
  const out: Record<string, Position> = {};
  cy.nodes().forEach((n) => {
    const p = n.position();
    out[n.id()] = { x: p.x, y: p.y };
  });
  return out;
}

/**
 * What the main thread sends the layout worker and what it answers: plain data (ids, sizes,
 * positions), since a worker shares no objects with the page. The worker never sees Cytoscape's
 * elements, only this copy of what is drawn.
 */
import type { Position } from '../../state/graph-model.ts';

export interface JobNode {
  id: string;
  /** Where the node is drawn now: the start of an incremental layout. */
  x: number;
  y: number;
  /** The room the node needs, label included, centred on its position. */
  width: number;
  height: number;
  /** Pinned: the layout must leave it where it is. */
  fixed: boolean;
}

export interface JobEdge {
  source: string;
  target: string;
}

/**
 * `fcose` (cytoscape-fcose, run headless) for small canvases, where its result is the tidiest;
 * `force` (d3-force) for large ones, where fcose's force stage takes a minute.
 */
export type JobAlgorithm = 'fcose' | 'force';

export interface LayoutJob {
  /** The layout request this job answers, so a late answer to an older request is recognised. */
  seq: number;
  algorithm: JobAlgorithm;
  /** Incremental: start from where nodes are and move them little. Full: start afresh. */
  incremental: boolean;
  nodes: JobNode[];
  edges: JobEdge[];
}

export interface LayoutAnswer {
  seq: number;
  positions: Record<string, Position>;
  /** How long the worker computed, for the record. */
  ms: number;
}

/**
 * A layout job made from what the canvas draws: the visible nodes and the relations between them.
 * Fixed (pinned) rooms keep their place: the worker leaves them where the job puts them.
 */
import type { Core, NodeSingular } from 'cytoscape';
import type { Position } from '../../state/graph-model.ts';
import { NODE_FONT_PX, NODE_WRAP_PX } from '../cy-style.ts';
import { labelSize } from '../label-choice.ts';
import type { JobAlgorithm, JobNode, LayoutJob } from './layout-job.ts';

/**
 * Up to this many nodes the worker runs fcose, whose result is the tidiest (about 1 s of the worker's
 * time at 300 nodes); above, d3-force, which lays out 2,000 nodes in about a second where fcose's force
 * stage took a minute.
 */
export const FCOSE_MAX_NODES = 300;

/** Room kept around a label, in model pixels, so that neighbouring labels do not touch. */
const LABEL_MARGIN = 8;
/** Gap between a node and its label (cy-style.ts: text-margin-y). */
const LABEL_GAP = 5;

/**
 * The room a node takes, and how far below the node's centre the room's centre lies. With labels,
 * the node and its label under it (the label's size estimated at the stylesheet's size: the label
 * controller may not have drawn it yet, as newcomers are laid out at once). Without, just the node.
 */
function room(node: NodeSingular, withLabels: boolean): { width: number; height: number; below: number } {
  const width = node.outerWidth();
  const height = node.outerHeight();
  if (!withLabels) return { width, height, below: 0 };
  const label = labelSize(String(node.data('label') ?? ''), NODE_FONT_PX, NODE_WRAP_PX);
  return {
    width: Math.max(width, label.width) + LABEL_MARGIN,
    height: height + LABEL_GAP + label.height + LABEL_MARGIN,
    below: (LABEL_GAP + label.height) / 2,
  };
}

/**
 * A job for what the canvas shows, and where each node's centre lies from its room's centre (the
 * job lays out rooms, the canvas places nodes).
 */
export function canvasJob(
  cy: Core,
  seq: number,
  algorithm: JobAlgorithm,
  incremental: boolean,
): { job: LayoutJob; below: Map<string, number> } {
  const visible = cy.nodes(':visible');
  const withLabels = algorithm === 'fcose';
  const below = new Map<string, number>();
  const nodes: JobNode[] = visible.map((node) => {
    const p = node.position();
    const r = room(node, withLabels);
    below.set(node.id(), r.below);
    return {
      id: node.id(),
      x: p.x,
      y: p.y + r.below,
      width: r.width,
      height: r.height,
      fixed: node.locked(),
    };
  });
  // An edge is visible only when both its ends are.
  const edges = cy.edges(':visible').map((e) => ({ source: e.source().id(), target: e.target().id() }));
  return { job: { seq, algorithm, incremental, nodes, edges }, below };
}

/** The node positions for the rooms' positions the worker answered. */
export function nodePositions(
  rooms: Record<string, Position>,
  below: ReadonlyMap<string, number>,
): Record<string, Position> {
  const out: Record<string, Position> = {};
  for (const [id, p] of Object.entries(rooms)) out[id] = { x: p.x, y: p.y - (below.get(id) ?? 0) };
  return out;
}

/**
 * The small-canvas force layout: cytoscape-fcose, as the canvas ran it before, but on a headless
 * Cytoscape inside the layout worker, so the page never waits for it. Headless Cytoscape cannot
 * measure labels (no canvas to measure text with), so each node comes with the room its label needs
 * and fcose keeps nodes that far apart: what `nodeDimensionsIncludeLabels` did on the page. fcose's
 * repulsion still lets such large boxes overlap (by up to 40% of a box, measured on a star of 18
 * labelled nodes), so a short d3-force collision pass then pushes apart the ones that do.
 */
import cytoscape, { type LayoutOptions } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { forceCollide, forceSimulation, type SimulationNodeDatum } from 'd3-force';
import type { Position } from '../../state/graph-model.ts';
import type { LayoutJob } from './layout-job.ts';

let registered = false;

export function runFcose(job: LayoutJob): Record<string, Position> {
  if (!registered) {
    cytoscape.use(fcose);
    registered = true;
  }
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: 'node', style: { width: 'data(width)', height: 'data(height)' } }],
    elements: [
      ...job.nodes.map((n) => ({
        group: 'nodes' as const,
        data: { id: n.id, width: n.width, height: n.height },
        position: { x: n.x, y: n.y },
      })),
      ...job.edges.map((e, i) => ({
        group: 'edges' as const,
        data: { id: `e${i}`, source: e.source, target: e.target },
      })),
    ],
  });
  const fixed = job.nodes.filter((n) => n.fixed).map((n) => ({ nodeId: n.id, position: { x: n.x, y: n.y } }));
  const layout = cy.layout({
    name: 'fcose',
    animate: false,
    fit: false,
    // Incremental: newcomers settle among nodes that keep roughly their places.
    quality: job.incremental ? 'proof' : 'default',
    randomize: !job.incremental,
    nodeDimensionsIncludeLabels: false,
    nodeRepulsion: () => 5200,
    idealEdgeLength: () => 64,
    edgeElasticity: () => 0.45,
    nodeSeparation: 60,
    gravity: 0.35,
    numIter: 2500,
    tile: true,
    ...(fixed.length > 0 ? { fixedNodeConstraint: fixed } : {}),
  } as LayoutOptions);
  // Without animation fcose places every node before run() returns.
  layout.run();
  const placed = separate(
    job,
    cy.nodes().map((n) => ({ id: n.id(), ...n.position() })),
  );
  cy.destroy();
  return placed;
}

interface Placed extends SimulationNodeDatum {
  id: string;
  /** Half the diagonal of the node's room: two nodes this far apart (summed) cannot overlap. */
  radius: number;
}

/** Moves overlapping nodes apart and nothing else: collision is the only force. Pinned nodes stay. */
function separate(
  job: LayoutJob,
  positions: { id: string; x: number; y: number }[],
): Record<string, Position> {
  const rooms = new Map(job.nodes.map((n) => [n.id, n]));
  const nodes: Placed[] = positions.map((p) => {
    const room = rooms.get(p.id);
    const radius = room ? Math.hypot(room.width, room.height) / 2 : 0;
    return { id: p.id, x: p.x, y: p.y, radius, ...(room?.fixed ? { fx: p.x, fy: p.y } : {}) };
  });
  const simulation = forceSimulation(nodes)
    .force('collide', forceCollide<Placed>((n) => n.radius).iterations(3))
    .stop();
  simulation.tick(120);
  const out: Record<string, Position> = {};
  for (const n of nodes) out[n.id] = { x: n.x ?? 0, y: n.y ?? 0 };
  return out;
}

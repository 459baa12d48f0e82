/**
 * The large-canvas force layout: d3-force's simulation (Barnes-Hut repulsion, spring links, a weak
 * pull to the centre so that disconnected parts stay near) run tick by tick inside the layout worker.
 *
 * Why d3-force: measured on the 2,000-node, 5,000-relation graph of the browser suite, in Node on
 * this two-core machine (shared, so slow), fcose's spectral draft took about 2 s and reads poorly
 * (mean relation 0.60 of the mean random distance) while its force stage takes about a minute;
 * d3-force (300 ticks) and graphology's ForceAtlas2 (300 iterations, Barnes-Hut) gave the same
 * readability (0.41-0.42) in similar time. d3-force wins on what else it gives: a tick loop the worker
 * can stop at a time budget, fixed nodes (`fx`, `fy`) for pins, and a start from current positions
 * for incremental runs, in a small maintained package with no graph model of its own to build.
 */
import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from 'd3-force';
import type { Position } from '../../state/graph-model.ts';
import type { LayoutJob } from './layout-job.ts';

/** Past this the simulation stops where it is: a little less settled, but within the 3 s promised. */
export const FORCE_BUDGET_MS = 1500;

interface SimNode extends SimulationNodeDatum {
  id: string;
  radius: number;
}

export function runD3Force(
  job: LayoutJob,
  now: () => number = () => performance.now(),
): Record<string, Position> {
  const started = now();
  const nodes: SimNode[] = job.nodes.map((n) => ({
    id: n.id,
    radius: Math.max(n.width, n.height) / 2,
    // A full layout starts from d3's own phyllotaxis (no x, y): deterministic, and far from the
    // columns a fresh canvas would otherwise show. Incremental and pinned nodes start where they are.
    ...(job.incremental || n.fixed ? { x: n.x, y: n.y } : {}),
    ...(n.fixed ? { fx: n.x, fy: n.y } : {}),
  }));
  const ids = new Set(nodes.map((n) => n.id));
  const links: SimulationLinkDatum<SimNode>[] = job.edges
    .filter((e) => e.source !== e.target && ids.has(e.source) && ids.has(e.target))
    .map((e) => ({ source: e.source, target: e.target }));
  const simulation = forceSimulation(nodes)
    .force(
      'link',
      forceLink<SimNode, SimulationLinkDatum<SimNode>>(links)
        .id((n) => n.id)
        .distance(45),
    )
    // distanceMax keeps far-apart parts from pushing each other out indefinitely (and is cheaper).
    .force('charge', forceManyBody<SimNode>().strength(-70).theta(0.9).distanceMax(900))
    .force('collide', forceCollide<SimNode>((n) => n.radius + 4).iterations(1))
    .force('x', forceX<SimNode>(0).strength(0.04))
    .force('y', forceY<SimNode>(0).strength(0.04))
    .stop();
  // An incremental run starts cool: the drawing is already there, only newcomers need to settle.
  if (job.incremental) simulation.alpha(0.3);
  while (simulation.alpha() > simulation.alphaMin() && now() - started < FORCE_BUDGET_MS) simulation.tick();
  const out: Record<string, Position> = {};
  for (const n of nodes) out[n.id] = { x: n.x ?? 0, y: n.y ?? 0 };
  return out;
}

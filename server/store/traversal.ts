/**
 * Traversals built from one primitive, "expand these entities by one hop" (expand.cypher), so that
 * both engines run the same algorithm with the same filters. Each hop is one round trip for the
 * whole frontier, never one per entity.
 */
import type { Direction, Entity, Relation } from './types.ts';

export interface Hop {
  origin: string;
  relation: Relation;
  neighbor: Entity;
}

/** Expands every id by one hop in `direction`, at most `fanout` hops per id. */
export type Expand = (ids: string[], direction: Direction, fanout: number) => Promise<Hop[]>;

export interface NeighborhoodResult {
  entityIds: string[];
  entities: Map<string, Entity>;
  relations: Map<string, Relation>;
  truncated: boolean;
}

/**
 * Breadth-first neighbourhood: at most `limit` entities, at most `fanout` relations followed from
 * any one entity. Asks for one more than the cap so that it knows when something was left out.
 */
export async function neighborhood(
  expand: Expand,
  seeds: Entity[],
  options: { depth: number; limit: number; fanout: number; direction: Direction },
): Promise<NeighborhoodResult> {
  const entities = new Map<string, Entity>();
  const relations = new Map<string, Relation>();
  let truncated = false;
  for (const seed of seeds.slice(0, options.limit)) entities.set(seed.id, seed);
  if (seeds.length > options.limit) truncated = true;
  let frontier = [...entities.keys()];
  for (let level = 0; level < options.depth && frontier.length > 0; level++) {
    const hops = await expand(frontier, options.direction, options.fanout + 1);
    const perOrigin = new Map<string, number>();
    const next: string[] = [];
    for (const hop of hops) {
      const seen = (perOrigin.get(hop.origin) ?? 0) + 1;
      perOrigin.set(hop.origin, seen);
      if (seen > options.fanout) {
        truncated = true;
        continue;
      }
      if (!entities.has(hop.neighbor.id)) {
        if (entities.size >= options.limit) {
          truncated = true;
          continue;
        }
        entities.set(hop.neighbor.id, hop.neighbor);
        next.push(hop.neighbor.id);
      }
      relations.set(hop.relation.id, hop.relation);
    }
    frontier = next;
  }
  return { entityIds: [...entities.keys()], entities, relations, truncated };
}

const reverse = (direction: Direction): Direction =>
  direction === 'OUT' ? 'IN' : direction === 'IN' ? 'OUT' : 'BOTH';

interface Visit {
  via: Relation | null;
  prev: string | null;
}

export interface PathSteps {
  entityIds: string[];
  relations: Relation[];
  entities: Map<string, Entity>;
}

/**
 * Bidirectional breadth-first search: grows the smaller frontier each round, so the work is about
 * the square root of a one-sided search on graphs with hubs. Returns null when no path of at most
 * `maxDepth` relations exists, or when a frontier outgrows `maxFrontier` (the search gives up
 * rather than hold the server).
 */
export async function shortestPath(
  expand: Expand,
  from: Entity,
  to: Entity,
  options: { maxDepth: number; direction: Direction; fanout: number; maxFrontier: number },
): Promise<PathSteps | null> {
  const entities = new Map<string, Entity>([
    [from.id, from],
    [to.id, to],
  ]);
  if (from.id === to.id) return { entityIds: [from.id], relations: [], entities };
  const forward = new Map<string, Visit>([[from.id, { via: null, prev: null }]]);
  const backward = new Map<string, Visit>([[to.id, { via: null, prev: null }]]);
  let forwardFrontier = [from.id];
  let backwardFrontier = [to.id];
  let depth = 0;
  while (depth < options.maxDepth && forwardFrontier.length > 0 && backwardFrontier.length > 0) {
    const growForward = forwardFrontier.length <= backwardFrontier.length;
    const frontier = growForward ? forwardFrontier : backwardFrontier;
    const visits = growForward ? forward : backward;
    const others = growForward ? backward : forward;
    const direction = growForward ? options.direction : reverse(options.direction);
    const hops = await expand(frontier, direction, options.fanout);
    depth++;
    const next: string[] = [];
    let meeting: string | null = null;
    for (const hop of hops) {
      const id = hop.neighbor.id;
      if (visits.has(id)) continue;
      visits.set(id, { via: hop.relation, prev: hop.origin });
      entities.set(id, hop.neighbor);
      next.push(id);
      if (others.has(id) && meeting === null) meeting = id;
    }
    if (meeting !== null) return joinPath(meeting, forward, backward, entities);
    if (next.length > options.maxFrontier) return null;
    if (growForward) forwardFrontier = next;
    else backwardFrontier = next;
  }
  return null;
}

function joinPath(
  meeting: string,
  forward: Map<string, Visit>,
  backward: Map<string, Visit>,
  entities: Map<string, Entity>,
): PathSteps {
  const entityIds: string[] = [];
  const relations: Relation[] = [];
  for (let id: string | null = meeting; id !== null;) {
    const visit: Visit | undefined = forward.get(id);
    entityIds.unshift(id);
    if (visit?.via) relations.unshift(visit.via);
    id = visit?.prev ?? null;
  }
  for (
    let id: string | null = backward.get(meeting)?.prev ?? null, via = backward.get(meeting)?.via;
    id !== null;
  ) {
    entityIds.push(id);
    if (via) relations.push(via);
    const visit: Visit | undefined = backward.get(id);
    via = visit?.via ?? null;
    id = visit?.prev ?? null;
  }
  return { entityIds, relations, entities };
}

/**
 * Every simple path of at most `maxLength` relations, found by meeting in the middle: a ball of
 * radius ceil(L/2) around `from` and floor(L/2) around `to` holds every edge of every such path,
 * so a depth-first search inside their union is complete (up to the fan-out caps, reported as
 * `truncated`).
 */
export async function simplePaths(
  expand: Expand,
  from: Entity,
  to: Entity,
  options: { maxLength: number; direction: Direction; fanout: number; first: number; maxBall: number },
): Promise<{ paths: PathSteps[]; truncated: boolean }> {
  const entities = new Map<string, Entity>([
    [from.id, from],
    [to.id, to],
  ]);
  const edges = new Map<string, Relation>();
  let truncated = false;
  const grow = async (start: string, radius: number, direction: Direction) => {
    const seen = new Set([start]);
    let frontier = [start];
    for (let level = 0; level < radius && frontier.length > 0; level++) {
      const hops = await expand(frontier, direction, options.fanout + 1);
      const counts = new Map<string, number>();
      const next: string[] = [];
      for (const hop of hops) {
        const count = (counts.get(hop.origin) ?? 0) + 1;
        counts.set(hop.origin, count);
        if (count > options.fanout) {
          truncated = true;
          continue;
        }
        edges.set(hop.relation.id, hop.relation);
        entities.set(hop.neighbor.id, hop.neighbor);
        if (!seen.has(hop.neighbor.id)) {
          seen.add(hop.neighbor.id);
          next.push(hop.neighbor.id);
        }
      }
      if (seen.size > options.maxBall) {
        truncated = true;
        break;
      }
      frontier = next;
    }
  };
  await grow(from.id, Math.ceil(options.maxLength / 2), options.direction);
  await grow(to.id, Math.floor(options.maxLength / 2), reverse(options.direction));

  const adjacency = new Map<string, { relation: Relation; next: string }[]>();
  const link = (a: string, relation: Relation, b: string) => {
    const list = adjacency.get(a) ?? [];
    list.push({ relation, next: b });
    adjacency.set(a, list);
  };
  for (const relation of [...edges.values()].sort((a, b) => a.id.localeCompare(b.id))) {
    if (options.direction !== 'IN') link(relation.from, relation, relation.to);
    if (options.direction !== 'OUT') link(relation.to, relation, relation.from);
  }
  const found: PathSteps[] = [];
  const onPath = new Set<string>([from.id]);
  const stackIds = [from.id];
  const stackRelations: Relation[] = [];
  // Enough candidates to sort by length and keep the shortest `first`; capped so a dense ball
  // cannot keep the server busy.
  const cap = Math.max(options.first * 20, 1_000);
  const walk = (at: string) => {
    if (found.length >= cap) {
      truncated = true;
      return;
    }
    if (at === to.id && stackRelations.length > 0) {
      found.push({ entityIds: [...stackIds], relations: [...stackRelations], entities });
      return;
    }
    if (stackRelations.length >= options.maxLength) return;
    for (const { relation, next } of adjacency.get(at) ?? []) {
      if (onPath.has(next) || relation.from === relation.to) continue;
      onPath.add(next);
      stackIds.push(next);
      stackRelations.push(relation);
      walk(next);
      stackRelations.pop();
      stackIds.pop();
      onPath.delete(next);
    }
  };
  walk(from.id);
  found.sort(
    (a, b) =>
      a.relations.length - b.relations.length ||
      a.entityIds.join('\u0000').localeCompare(b.entityIds.join('\u0000')),
  );
  if (found.length > options.first) truncated = true;
  return { paths: found.slice(0, options.first), truncated };
}

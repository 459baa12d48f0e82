/**
 * Traversals written once over a `Walk`: a way to step from a frontier of entities to their
 * relations and neighbours, and to read entities and relations by handle. Both engines run the
 * same algorithms with the same caps. Neo4j's walk is the Cypher primitive "expand these entities
 * by one hop" (expand.cypher: one round trip per hop for the whole frontier, every hop read in
 * full); the embedded engine's walk lists adjacency by handle and reads only what the traversal
 * keeps (native-walk.ts), because most hops of a wide search are looked at and dropped.
 */
import type { Direction, Entity, Relation } from './types.ts';

export interface Hop {
  origin: string;
  relation: Relation;
  neighbor: Entity;
}

/** Expands every id by one hop in `direction`, at most `fanout` hops per id. */
export type Expand = (ids: string[], direction: Direction, fanout: number) => Promise<Hop[]>;

/** A handle of an entity or a relation in a walk: an id, or an engine's number. */
export type Key = string | number;

/** One hop as handles: `from` and `to` say which way the relation points. */
export interface Step<N extends Key, E extends Key> {
  origin: N;
  edge: E;
  neighbor: N;
  from: N;
  to: N;
}

export interface Walk<N extends Key, E extends Key> {
  /** Handles of these entities, which exist. */
  start(entities: readonly Entity[]): Promise<N[]>;
  /** Every handle of `frontier` by one hop in `direction`, at most `fanout` steps per handle. */
  step(frontier: N[], direction: Direction, fanout: number): Promise<Step<N, E>[]>;
  /** The entities and relations behind handles; one that vanished meanwhile is left out. */
  read(
    nodes: readonly N[],
    edges: readonly E[],
  ): Promise<{ entities: Map<N, Entity>; relations: Map<E, Relation> }>;
}

/** The walk over an `Expand`: entity ids and relation ids are the handles, every hop is read whole. */
export function expandWalk(expand: Expand): Walk<string, string> {
  const entities = new Map<string, Entity>();
  const relations = new Map<string, Relation>();
  return {
    start: async (seeds) => {
      for (const seed of seeds) entities.set(seed.id, seed);
      return seeds.map((seed) => seed.id);
    },
    step: async (frontier, direction, fanout) => {
      const hops = await expand(frontier, direction, fanout);
      return hops.map((hop) => {
        entities.set(hop.neighbor.id, hop.neighbor);
        relations.set(hop.relation.id, hop.relation);
        return {
          origin: hop.origin,
          edge: hop.relation.id,
          neighbor: hop.neighbor.id,
          from: hop.relation.from,
          to: hop.relation.to,
        };
      });
    },
    read: async (nodes, edges) => ({
      entities: pick(entities, nodes),
      relations: pick(relations, edges),
    }),
  };
}

function pick<K, V>(from: Map<K, V>, keys: readonly K[]): Map<K, V> {
  const out = new Map<K, V>();
  for (const key of keys) {
    const value = from.get(key);
    if (value !== undefined) out.set(key, value);
  }
  return out;
}

const asWalk = <N extends Key, E extends Key>(walk: Walk<N, E> | Expand): Walk<N, E> =>
  (typeof walk === 'function' ? expandWalk(walk) : walk) as Walk<N, E>;

export interface NeighborhoodResult {
  entityIds: string[];
  entities: Map<string, Entity>;
  relations: Map<string, Relation>;
  truncated: boolean;
}

/** Re-keys what a walk read by entity id and relation id, in the order of `nodes`. */
async function readById<N extends Key, E extends Key>(walk: Walk<N, E>, nodes: N[], edges: E[]) {
  const read = await walk.read(nodes, edges);
  const entities = new Map<string, Entity>();
  for (const node of nodes) {
    const entity = read.entities.get(node);
    if (entity) entities.set(entity.id, entity);
  }
  const relations = new Map<string, Relation>();
  for (const edge of edges) {
    const relation = read.relations.get(edge);
    if (relation && entities.has(relation.from) && entities.has(relation.to))
      relations.set(relation.id, relation);
  }
  return { entities, relations };
}

/**
 * Breadth-first neighbourhood: at most `limit` entities, at most `fanout` relations followed from
 * any one entity. Asks for one more than the cap so that it knows when something was left out.
 */
export async function neighborhood<N extends Key, E extends Key>(
  source: Walk<N, E> | Expand,
  seeds: Entity[],
  options: { depth: number; limit: number; fanout: number; direction: Direction },
): Promise<NeighborhoodResult> {
  const walk = asWalk<N, E>(source);
  let truncated = seeds.length > options.limit;
  const kept = new Set<N>(await walk.start(seeds.slice(0, options.limit)));
  const edges = new Set<E>();
  let frontier = [...kept];
  for (let level = 0; level < options.depth && frontier.length > 0; level++) {
    const steps = await walk.step(frontier, options.direction, options.fanout + 1);
    const perOrigin = new Map<N, number>();
    const next: N[] = [];
    for (const step of steps) {
      const seen = (perOrigin.get(step.origin) ?? 0) + 1;
      perOrigin.set(step.origin, seen);
      if (seen > options.fanout) {
        truncated = true;
        continue;
      }
      if (!kept.has(step.neighbor)) {
        if (kept.size >= options.limit) {
          truncated = true;
          continue;
        }
        kept.add(step.neighbor);
        next.push(step.neighbor);
      }
      edges.add(step.edge);
    }
    frontier = next;
  }
  const { entities, relations } = await readById(walk, [...kept], [...edges]);
  return { entityIds: [...entities.keys()], entities, relations, truncated };
}

const reverse = (direction: Direction): Direction =>
  direction === 'OUT' ? 'IN' : direction === 'IN' ? 'OUT' : 'BOTH';

interface Visit<N extends Key, E extends Key> {
  via: E | null;
  prev: N | null;
}

export interface PathSteps {
  entityIds: string[];
  relations: Relation[];
  entities: Map<string, Entity>;
}

/** Reads the entities and relations of a path of handles; null if one vanished meanwhile. */
async function readPath<N extends Key, E extends Key>(
  walk: Walk<N, E>,
  nodes: N[],
  edges: E[],
): Promise<PathSteps | null> {
  const read = await walk.read(nodes, edges);
  const entityIds: string[] = [];
  const entities = new Map<string, Entity>();
  for (const node of nodes) {
    const entity = read.entities.get(node);
    if (!entity) return null;
    entityIds.push(entity.id);
    entities.set(entity.id, entity);
  }
  const relations: Relation[] = [];
  for (const edge of edges) {
    const relation = read.relations.get(edge);
    if (!relation) return null;
    relations.push(relation);
  }
  return { entityIds, relations, entities };
}

/**
 * Bidirectional breadth-first search: grows the smaller frontier each round, so the work is about
 * the square root of a one-sided search on graphs with hubs. Returns null when no path of at most
 * `maxDepth` relations exists, or when a frontier outgrows `maxFrontier` (the search gives up
 * rather than hold the server).
 */
export async function shortestPath<N extends Key, E extends Key>(
  source: Walk<N, E> | Expand,
  from: Entity,
  to: Entity,
  options: { maxDepth: number; direction: Direction; fanout: number; maxFrontier: number },
): Promise<PathSteps | null> {
  const walk = asWalk<N, E>(source);
  const [start, end] = await walk.start([from, to]);
  if (start === undefined || end === undefined) return null;
  if (from.id === to.id) return readPath(walk, [start], []);
  const forward = new Map<N, Visit<N, E>>([[start, { via: null, prev: null }]]);
  const backward = new Map<N, Visit<N, E>>([[end, { via: null, prev: null }]]);
  let forwardFrontier = [start];
  let backwardFrontier = [end];
  let depth = 0;
  while (depth < options.maxDepth && forwardFrontier.length > 0 && backwardFrontier.length > 0) {
    const growForward = forwardFrontier.length <= backwardFrontier.length;
    const frontier = growForward ? forwardFrontier : backwardFrontier;
    const visits = growForward ? forward : backward;
    const others = growForward ? backward : forward;
    const direction = growForward ? options.direction : reverse(options.direction);
    const steps = await walk.step(frontier, direction, options.fanout);
    depth++;
    const next: N[] = [];
    let meeting: N | null = null;
    for (const step of steps) {
      const id = step.neighbor;
      if (visits.has(id)) continue;
      visits.set(id, { via: step.edge, prev: step.origin });
      next.push(id);
      if (others.has(id) && meeting === null) meeting = id;
    }
    if (meeting !== null) {
      const { nodes, edges } = joinPath(meeting, forward, backward);
      return readPath(walk, nodes, edges);
    }
    if (next.length > options.maxFrontier) return null;
    if (growForward) forwardFrontier = next;
    else backwardFrontier = next;
  }
  return null;
}

function joinPath<N extends Key, E extends Key>(
  meeting: N,
  forward: Map<N, Visit<N, E>>,
  backward: Map<N, Visit<N, E>>,
) {
  const nodes: N[] = [];
  const edges: E[] = [];
  for (let id: N | null = meeting; id !== null;) {
    const visit: Visit<N, E> | undefined = forward.get(id);
    nodes.unshift(id);
    if (visit?.via != null) edges.unshift(visit.via);
    id = visit?.prev ?? null;
  }
  for (
    let id: N | null = backward.get(meeting)?.prev ?? null, via = backward.get(meeting)?.via ?? null;
    id !== null;
  ) {
    nodes.push(id);
    if (via !== null) edges.push(via);
    const visit: Visit<N, E> | undefined = backward.get(id);
    via = visit?.via ?? null;
    id = visit?.prev ?? null;
  }
  return { nodes, edges };
}

/**
 * Every simple path of at most `maxLength` relations, found by meeting in the middle: a ball of
 * radius ceil(L/2) around `from` and floor(L/2) around `to` holds every edge of every such path,
 * so a depth-first search inside their union is complete (up to the fan-out caps, reported as
 * `truncated`).
 */
export async function simplePaths<N extends Key, E extends Key>(
  source: Walk<N, E> | Expand,
  from: Entity,
  to: Entity,
  options: { maxLength: number; direction: Direction; fanout: number; first: number; maxBall: number },
): Promise<{ paths: PathSteps[]; truncated: boolean }> {
  const walk = asWalk<N, E>(source);
  const [start, end] = await walk.start([from, to]);
  if (start === undefined || end === undefined) return { paths: [], truncated: false };
  const edges = new Map<E, { from: N; to: N }>();
  let truncated = false;
  const grow = async (origin: N, radius: number, direction: Direction) => {
    const seen = new Set([origin]);
    let frontier = [origin];
    for (let level = 0; level < radius && frontier.length > 0; level++) {
      const steps = await walk.step(frontier, direction, options.fanout + 1);
      const counts = new Map<N, number>();
      const next: N[] = [];
      for (const step of steps) {
        const count = (counts.get(step.origin) ?? 0) + 1;
        counts.set(step.origin, count);
        if (count > options.fanout) {
          truncated = true;
          continue;
        }
        edges.set(step.edge, { from: step.from, to: step.to });
        if (!seen.has(step.neighbor)) {
          seen.add(step.neighbor);
          next.push(step.neighbor);
        }
      }
      if (seen.size > options.maxBall) {
        truncated = true;
        break;
      }
      frontier = next;
    }
  };
  await grow(start, Math.ceil(options.maxLength / 2), options.direction);
  await grow(end, Math.floor(options.maxLength / 2), reverse(options.direction));

  const adjacency = new Map<N, { edge: E; next: N }[]>();
  const backward = new Map<N, N[]>();
  const link = (a: N, edge: E, b: N) => {
    const list = adjacency.get(a) ?? [];
    list.push({ edge, next: b });
    adjacency.set(a, list);
    const back = backward.get(b) ?? [];
    back.push(a);
    backward.set(b, back);
  };
  // Handles in a fixed order so that the walk below, and what a cap cuts, does not vary.
  const order = (a: E, b: E) =>
    typeof a === 'string' && typeof b === 'string' ? a.localeCompare(b) : Number(a) - Number(b);
  for (const [edge, ends] of [...edges].sort(([a], [b]) => order(a, b))) {
    if (options.direction !== 'IN') link(ends.from, edge, ends.to);
    if (options.direction !== 'OUT') link(ends.to, edge, ends.from);
  }
  // Distance from each node to `end` inside the ball: a step that cannot reach `end` within the
  // length left is never taken, so a dense ball without a path costs a breadth-first search, not
  // fanout^length dead ends. (A lower bound: it ignores the no-repeat rule, so it prunes nothing
  // that could succeed.)
  const toEnd = new Map<N, number>([[end, 0]]);
  for (let ring = [end], d = 1; ring.length > 0 && d <= options.maxLength; d++) {
    const next: N[] = [];
    for (const node of ring)
      for (const previous of backward.get(node) ?? [])
        if (!toEnd.has(previous)) {
          toEnd.set(previous, d);
          next.push(previous);
        }
    ring = next;
  }
  // The walk is synchronous: a budget of steps keeps one request from holding the event loop.
  let budget = 1_000_000;
  const found: { nodes: N[]; edges: E[] }[] = [];
  const onPath = new Set<N>([start]);
  const stackNodes = [start];
  const stackEdges: E[] = [];
  // Enough candidates to sort by length and keep the shortest `first`; capped so a dense ball
  // cannot keep the server busy.
  const cap = Math.max(options.first * 20, 1_000);
  const walkFrom = (at: N) => {
    if (found.length >= cap) {
      truncated = true;
      return;
    }
    if (at === end && stackEdges.length > 0) {
      found.push({ nodes: [...stackNodes], edges: [...stackEdges] });
      return;
    }
    if (stackEdges.length >= options.maxLength) return;
    const left = options.maxLength - stackEdges.length - 1;
    for (const { edge, next } of adjacency.get(at) ?? []) {
      if (--budget < 0) {
        truncated = true;
        return;
      }
      const ends = edges.get(edge)!;
      if (onPath.has(next) || ends.from === ends.to || (toEnd.get(next) ?? Infinity) > left) continue;
      onPath.add(next);
      stackNodes.push(next);
      stackEdges.push(edge);
      walkFrom(next);
      stackEdges.pop();
      stackNodes.pop();
      onPath.delete(next);
    }
  };
  walkFrom(start);

  // Shortest first, then by the entity ids along the path: read the entities of every candidate
  // (a few thousand at most), then the relations of the paths returned.
  const read = await walk.read([...new Set(found.flatMap((p) => p.nodes))], []);
  const idsOf = (nodes: N[]) => nodes.map((node) => read.entities.get(node)?.id ?? '');
  const ranked = found
    .map((path) => ({ ...path, key: idsOf(path.nodes).join('\u0000') }))
    .sort((a, b) => a.edges.length - b.edges.length || a.key.localeCompare(b.key));
  if (ranked.length > options.first) truncated = true;
  const paths: PathSteps[] = [];
  for (const path of ranked.slice(0, options.first)) {
    const steps = await readPath(walk, path.nodes, path.edges);
    if (steps) paths.push(steps);
  }
  return { paths, truncated };
}

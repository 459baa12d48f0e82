/**
 * Traversals over the engine's adjacency lists (the embedded engine's `getNodeEdges`) instead of a
 * Cypher query per hop. A hop is then a list of handles: nothing about a relation or an entity is
 * read until the traversal keeps it, and a path search reads only the path it found. On a million
 * entities this is what makes path finding take milliseconds (docs/architecture.md).
 *
 * It serves the filters that adjacency alone can answer: relation types and direction. A filter
 * on anything else (entity types, statuses, sources, dates) needs the properties of every
 * candidate, which is what the Cypher walk reads anyway; native-traversals.ts hands it over then.
 *
 * Under a fan-out cap the relations followed are the first in the engine's adjacency order
 * (creation order), where expand.cypher takes the first by relation id: both are stable, they are
 * not the same subset.
 */
import type { CaseAdjacency as Adjacency } from './case-engine.ts';
import type { KeptRelations } from './kept-relations.ts';
import { lazyEntity, lazyRelation } from './mapping.ts';
import type { Expand, Hop, Step, Walk } from './traversal.ts';
import type { Entity, Relation, TraversalFilter } from './types.ts';

/** Whether adjacency alone can apply `filter`. */
export function adjacencyServes(filter: TraversalFilter): boolean {
  const empty = (list: readonly unknown[] | null | undefined) => !list || list.length === 0;
  return (
    empty(filter.entityTypes) && empty(filter.statuses) && empty(filter.sources) && !filter.from && !filter.to
  );
}

const typesOf = (filter: TraversalFilter) =>
  filter.relationTypes && filter.relationTypes.length > 0 ? filter.relationTypes : null;

/**
 * A walk over adjacency. `known` holds handles the caller already looked up (`entitiesByHandle`),
 * so that the walk does not ask the engine for them again.
 */
export function adjacencyWalk(
  adjacency: Adjacency,
  filter: TraversalFilter,
  known: ReadonlyMap<string, number> = new Map(),
): Walk<number, number> {
  const types = typesOf(filter);
  return {
    start: async (entities) => {
      if (entities.every((e) => known.has(e.id))) return entities.map((e) => known.get(e.id)!);
      const nodes = await adjacency.nodes(entities.map((e) => e.id));
      return nodes.filter((node): node is number => node !== null);
    },
    step: async (frontier, direction, fanout) => {
      const steps: Step<number, number>[] = [];
      for (const origin of frontier) {
        const edges = adjacency.edges(origin, direction, types);
        const end = Math.min(edges.length, fanout);
        for (let i = 0; i < end; i++) {
          const { edge, neighbor, outgoing } = edges[i]!;
          steps.push({
            origin,
            edge,
            neighbor,
            from: outgoing ? origin : neighbor,
            to: outgoing ? neighbor : origin,
          });
        }
      }
      return steps;
    },
    read: async (nodes, edges) => read(adjacency, nodes, edges),
  };
}

/**
 * Entities and relations behind handles; a relation's ends are read too when not asked for, for
 * their ids. Only the keys that name a record are converted here; the rest (evidence, free-form
 * properties, aliases) when the caller reads it, from the same snapshot of the record
 * (mapping.ts, `lazyEntity`): a depth-2 neighbourhood reads ~800 records and the API usually
 * shows a few fields of each.
 */
function read(adjacency: Adjacency, nodes: readonly number[], edges: readonly number[]) {
  const records = adjacency.edgeRecords(edges);
  const wanted = new Set(nodes);
  for (const record of records) {
    if (!record) continue;
    wanted.add(record.from);
    wanted.add(record.to);
  }
  const handles = [...wanted];
  const nodeRecords = adjacency.nodeRecords(handles);
  const asked = new Set(nodes);
  const entities = new Map<number, Entity>();
  const ids = new Map<number, string>();
  handles.forEach((handle, i) => {
    const record = nodeRecords[i];
    const id = record?.get('id');
    if (!record || typeof id !== 'string') return;
    ids.set(handle, id);
    if (asked.has(handle)) entities.set(handle, lazyEntity(record));
  });
  return { entities, relations: toRelations(edges, records, ids) };
}

/** Relations from their records, keyed by handle; one whose ends are not in `ids` is left out. */
function toRelations(
  edges: readonly number[],
  records: ReturnType<Adjacency['edgeRecords']>,
  ids: ReadonlyMap<number, string>,
): Map<number, Relation> {
  const relations = new Map<number, Relation>();
  edges.forEach((edge, i) => {
    const record = records[i];
    const from = record ? ids.get(record.from) : undefined;
    const to = record ? ids.get(record.to) : undefined;
    if (record && from !== undefined && to !== undefined)
      relations.set(edge, lazyRelation(record.props, record.type, from, to));
  });
  return relations;
}

/**
 * The relations among a set of entities (relations-among.cypher) over adjacency: each entity's
 * outgoing relationships whose other end is in the set, in the order of `ids` and then of the
 * engine's adjacency, at most `limit`. The explorer asks this after every expansion, for all it
 * draws; the statement checks every relationship of every entity against the list of ids, which
 * is hundreds of milliseconds when the set holds a hub (docs/performance.md). Here a hub's list
 * comes from the engine's cache, each check is a set lookup, and only the relations kept are read,
 * or taken from `kept` when an earlier canvas read them.
 */
export async function adjacencyAmong(
  adjacency: Adjacency,
  ids: readonly string[],
  filter: TraversalFilter,
  limit: number,
  kept: KeptRelations | null = null,
): Promise<Relation[]> {
  const handles = await adjacency.nodes(ids);
  const idOf = new Map<number, string>();
  handles.forEach((handle, i) => {
    if (handle !== null) idOf.set(handle, ids[i]!);
  });
  const types = typesOf(filter);
  const edges: number[] = [];
  // The ends of each kept relation as ids: listed from its start, its ends are known here, and
  // asking the engine for them again was a quarter of the read (grafeo-engine.ts, SnapshotEdge).
  const ends: string[] = [];
  collect: for (const [node, from] of idOf)
    for (const { edge, neighbor } of adjacency.edges(node, 'OUT', types)) {
      const to = idOf.get(neighbor);
      if (to === undefined) continue;
      if (edges.length === limit) break collect;
      edges.push(edge);
      ends.push(from, to);
    }
  const endsOf = new Map<number, number>();
  edges.forEach((edge, i) => endsOf.set(edge, 2 * i));
  const read = (handles: readonly number[]) =>
    adjacency.edgeRecords(handles).map((record, i) => {
      const at = endsOf.get(handles[i]!)!;
      return record && lazyRelation(record.props, record.type, ends[at]!, ends[at + 1]!);
    });
  const relations = kept ? kept.through(edges, read) : read(edges);
  return relations.filter((relation): relation is Relation => relation !== null);
}

/**
 * Entities by id through their handles, in the order asked (null for an unknown id), and the
 * handles found: a traversal's seeds, looked up once for the answer and for the walk's start.
 */
export async function entitiesByHandle(
  adjacency: Adjacency,
  ids: readonly string[],
): Promise<{ entities: (Entity | null)[]; handles: Map<string, number> }> {
  const nodes = await adjacency.nodes(ids);
  const found = nodes.filter((node): node is number => node !== null);
  const records = new Map(adjacency.nodeRecords(found).map((record, i) => [found[i]!, record]));
  const handles = new Map<string, number>();
  const entities = ids.map((id, i) => {
    const node = nodes[i];
    const record = node === null || node === undefined ? null : records.get(node);
    if (!record || record.get('id') !== id) return null;
    handles.set(id, node!);
    return lazyEntity(record);
  });
  return { entities, handles };
}

/** An `Expand` over adjacency, for callers that use every hop (an entity's first relations). */
export function adjacencyExpand(adjacency: Adjacency, filter: TraversalFilter): Expand {
  const walk = adjacencyWalk(adjacency, filter);
  return async (ids, direction, fanout) => {
    if (ids.length === 0) return [];
    const handles = await adjacency.nodes(ids);
    const origins = new Map<number, string>();
    handles.forEach((handle, i) => {
      if (handle !== null) origins.set(handle, ids[i]!);
    });
    const steps = await walk.step([...origins.keys()], direction, fanout);
    const { entities, relations } = read(
      adjacency,
      steps.map((s) => s.neighbor),
      steps.map((s) => s.edge),
    );
    const hops: Hop[] = [];
    for (const step of steps) {
      const relation = relations.get(step.edge);
      const neighbor = entities.get(step.neighbor);
      if (relation && neighbor) hops.push({ origin: origins.get(step.origin)!, relation, neighbor });
    }
    return hops;
  };
}

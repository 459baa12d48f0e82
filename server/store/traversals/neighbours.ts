/** An entity's relations and neighbours, and the relations among a set of entities. */
import { groupBy } from '../group-by.ts';
import { pageSize, relationsAmongCap, type StoreLimits } from '../limits.ts';
import { StoreInputError, type Entity, type Relation, type TraversalFilter } from '../types.ts';
import type { Traversals } from './traversals.ts';

/** Relations of each entity that pass the filter, at most `first` per entity (batched). */
export async function relationsOf(
  traversals: Traversals,
  limits: StoreLimits,
  ids: readonly string[],
  filter: TraversalFilter,
  first: number | null | undefined,
): Promise<Relation[][]> {
  const limit = pageSize(limits, first, 50);
  const hops = await traversals.expand(filter)([...new Set(ids)], filter.direction ?? 'BOTH', limit);
  const byOrigin = groupBy(hops, (hop) => hop.origin);
  return ids.map((id) => (byOrigin.get(id) ?? []).map((hop) => hop.relation));
}

/** Neighbours of each entity that pass the filter, at most `first` per entity (batched). */
export async function neighborsOf(
  traversals: Traversals,
  limits: StoreLimits,
  ids: readonly string[],
  filter: TraversalFilter,
  first: number | null | undefined,
): Promise<Entity[][]> {
  const limit = pageSize(limits, first, 50);
  const hops = await traversals.expand(filter)([...new Set(ids)], filter.direction ?? 'BOTH', limit);
  const byOrigin = groupBy(hops, (hop) => hop.origin);
  return ids.map((id) => {
    const seen = new Map<string, Entity>();
    for (const hop of byOrigin.get(id) ?? []) seen.set(hop.neighbor.id, hop.neighbor);
    return [...seen.values()];
  });
}

/**
 * The relations among a set of entities: what a canvas showing exactly these entities should
 * draw. At most `maxNeighborhoodSize` ids and 10 relations per id on average; `truncated` when
 * more connect them (one more is asked for, to know).
 */
export async function relationsAmong(
  traversals: Traversals,
  limits: StoreLimits,
  ids: readonly string[],
  filter: TraversalFilter,
): Promise<{ relations: Relation[]; truncated: boolean }> {
  const unique = [...new Set(ids)];
  if (unique.length > limits.maxNeighborhoodSize)
    throw new StoreInputError(
      `relationsAmong takes at most ${limits.maxNeighborhoodSize} ids, got ${unique.length}`,
      'LIMIT',
    );
  const cap = relationsAmongCap(unique.length);
  const relations = await traversals.among(unique, filter, cap + 1);
  return { relations: relations.slice(0, cap), truncated: relations.length > cap };
}

/** Every relation of these entities, each once (for an export of part of the graph). */
export async function relationsOfAll(traversals: Traversals, ids: string[]): Promise<Relation[]> {
  const hops = await traversals.expand({})(ids, 'BOTH', Number.MAX_SAFE_INTEGER);
  return [...new Map(hops.map((h) => [h.relation.id, h.relation])).values()];
}

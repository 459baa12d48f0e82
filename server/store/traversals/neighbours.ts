/** An entity's relations and neighbours, and the relations among a set of entities. */
import { groupBy } from '../group-by.ts';
import { pageSize, relationsAmongCap, type StoreLimits } from '../limits.ts';
import { StoreInputError, type Entity, type Relation, type TraversalFilter } from '../types.ts';
import type { Hop } from '../traversal.ts';
import type { Traversals } from './traversals.ts';

/** Each entity's hops that pass the filter, at most `first` per entity, in one batched expand. */
async function hopsOf(
  traversals: Traversals,
  limits: StoreLimits,
  ids: readonly string[],
  filter: TraversalFilter,
  first: number | null | undefined,
): Promise<Hop[][]> {
  const limit = pageSize(limits, first, 50);
  const hops = await traversals.expand(filter)([...new Set(ids)], filter.direction ?? 'BOTH', limit);
  const byOrigin = groupBy(hops, (hop) => hop.origin);
  return ids.map((id) => byOrigin.get(id) ?? []);
}

/** Relations of each entity that pass the filter, at most `first` per entity (batched). */
export async function relationsOf(...args: Parameters<typeof hopsOf>): Promise<Relation[][]> {
  return (await hopsOf(...args)).map((hops) => hops.map((hop) => hop.relation));
}

/** Neighbours of each entity that pass the filter, each once, from at most `first` relations per entity. */
export async function neighborsOf(...args: Parameters<typeof hopsOf>): Promise<Entity[][]> {
  return (await hopsOf(...args)).map((hops) => [
    ...new Map(hops.map((hop) => [hop.neighbor.id, hop.neighbor])).values(),
  ]);
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

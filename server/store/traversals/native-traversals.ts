/**
 * Traversals over the engine's adjacency lists (native-walk.ts): a hop is a list of handles and
 * nothing is read until kept. Adjacency applies relation types and direction only; any other
 * filter goes to `cypher`, the statements' traversals, as does counting relations per type.
 */
import type { CaseAdjacency as Adjacency } from '../case-engine.ts';
import type { KeptRelations } from '../kept-relations.ts';
import {
  adjacencyAmong,
  adjacencyExpand,
  adjacencyServes,
  adjacencyWalk,
  entitiesByHandle,
} from '../native-walk.ts';
import { refuseMissing } from '../reads.ts';
import type { Traversals } from './traversals.ts';

export function nativeTraversals(
  adjacency: Adjacency,
  cypher: Traversals,
  kept: KeptRelations | null = null,
): Traversals {
  return {
    expand: (filter) =>
      adjacencyServes(filter) ? adjacencyExpand(adjacency, filter) : cypher.expand(filter),
    // Each seed is looked up once through its handle, for the answer and for the walk's start.
    start: async (ids, what, filter) => {
      if (!adjacencyServes(filter)) return cypher.start(ids, what, filter);
      const { entities, handles } = await entitiesByHandle(adjacency, ids);
      return { seeds: refuseMissing(ids, entities, what), walk: adjacencyWalk(adjacency, filter, handles) };
    },
    among: (ids, filter, limit) =>
      adjacencyServes(filter)
        ? adjacencyAmong(adjacency, ids, filter, limit, kept)
        : cypher.among(ids, filter, limit),
    /**
     * The lengths of the adjacency lists, which the engine keeps for hubs: counting a hub's 98 000
     * relations in Cypher took 35 ms and up to a second, and a hub is what people click on.
     */
    degrees: async (ids) => {
      const handles = await adjacency.nodes(ids);
      return handles.map((node) => (node === null ? 0 : adjacency.degree(node)));
    },
    relationCounts: (ids) => cypher.relationCounts(ids),
  };
}

/**
 * How the store walks the graph, chosen once when it opens (`openTraversals`): over Cypher
 * statements (cypher-traversals.ts, any engine), or over the engine's own adjacency lists
 * (native-traversals.ts, the embedded engine), which hands the filters adjacency cannot apply back
 * to the Cypher one. The operations (neighbours.ts, paths.ts) do not know which they hold.
 */
import type { Expand, Key, Walk } from '../traversal.ts';
import type { Entity, Relation, RelationTypeCount, TraversalFilter } from '../types.ts';

export interface Traversals {
  /** One hop from each id at a time, for callers that use every hop (an entity's relations). */
  expand(filter: TraversalFilter): Expand;
  /**
   * The entities a traversal starts from (refused, naming `what`, when one is unknown) and the
   * walk for `filter`.
   */
  start(
    ids: readonly string[],
    what: string,
    filter: TraversalFilter,
  ): Promise<{ seeds: Entity[]; walk: Walk<Key, Key> }>;
  /** The relations among a set of entities (relations-among.cypher), at most `limit`. */
  among(ids: readonly string[], filter: TraversalFilter, limit: number): Promise<Relation[]>;
  /** Relations of each entity (0 for an unknown id). */
  degrees(ids: readonly string[]): Promise<number[]>;
  /** Relation counts of each entity per type and direction (their sum is the degree). */
  relationCounts(ids: readonly string[]): Promise<RelationTypeCount[][]>;
}

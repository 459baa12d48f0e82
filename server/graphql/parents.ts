/**
 * What resolvers hand to the fields of their results, where that is not simply the store's record
 * (codegen.ts maps each GraphQL object type to its parent type here or in store/types.ts).
 */
import type { CaseRecord, CaseStore } from '../store/graph-store.ts';
import type { Entity, Relation, Source } from '../store/types.ts';

/**
 * An entity or source of which the query asks nothing but the id, which the parent already holds:
 * `Relation.from`/`to` and `Evidence.source` answer with this rather than load the record
 * (resolvers.ts, `asksOnlyId`).
 */
export interface IdOnly {
  id: string;
}

export type EntityParent = Entity | IdOnly;
export type SourceParent = Source | IdOnly;

/** Whether a parent is the whole entity, not a stub of its id. */
export function isWholeEntity(entity: EntityParent): entity is Entity {
  return 'name' in entity;
}

/**
 * A subgraph as `neighborhood` and `subgraph` answer it. `subgraph` reads its entities only when
 * the query asks for them, so they may still be on their way.
 */
export interface SubgraphParent {
  entities: Entity[] | Promise<Entity[]>;
  relations: Relation[];
  truncated: boolean;
}

/** A case as `case` and `cases` answer it: its record, and its store for the questions under it. */
export interface CaseParent {
  record: CaseRecord;
  store: CaseStore;
}

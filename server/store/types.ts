/**
 * What the store hands to the API: plain objects in the GraphQL shapes, with no engine or driver
 * types. The API resolves nested fields (evidence, neighbours) through the store's batch methods.
 */
import type { PropertyValue, RelationStatus } from '../model/case-format.ts';
import { quoteSome } from './quote.ts';

export type Properties = Record<string, PropertyValue>;

export interface Source {
  id: string;
  title: string;
  publisher: string | null;
  url: string | null;
  publishedAt: string | null;
  kind: string;
}

export interface Evidence {
  source: Source;
  quote: string;
  locator: string | null;
}

/** Evidence as an entity or relation carries it: the source by id (the API resolves it). */
export interface EvidenceRef {
  source: string;
  quote: string;
  locator: string | null;
}

export interface Entity {
  id: string;
  type: string;
  name: string;
  aliases: string[];
  description: string | null;
  properties: Properties;
  evidence: EvidenceRef[];
}

export interface Relation {
  id: string;
  type: string;
  from: string;
  to: string;
  date: string | null;
  startDate: string | null;
  endDate: string | null;
  status: RelationStatus | null;
  properties: Properties;
  evidence: EvidenceRef[];
  /** Ids of the sources that support the relation, once each, sorted. */
  sourceIds: string[];
}

export type Direction = 'OUT' | 'IN' | 'BOTH';

/** Which relations a traversal may follow. Every field is optional; empty means no restriction. */
export interface TraversalFilter {
  entityTypes?: string[] | null;
  relationTypes?: string[] | null;
  direction?: Direction | null;
  statuses?: RelationStatus[] | null;
  sources?: string[] | null;
  /** Start of the date window, a partial date; relations that end before it are left out. */
  from?: string | null;
  /** End of the date window, a partial date; relations that start after it are left out. */
  to?: string | null;
  /** Whether undated relations pass a date window. @default true */
  includeUndated?: boolean | null;
}

export interface Page<T> {
  items: T[];
  hasNextPage: boolean;
  endCursor: string | null;
  totalCount: number;
}

export interface Subgraph {
  entities: Entity[];
  relations: Relation[];
  /** True when a limit or a fan-out cap left part of the neighbourhood out. */
  truncated: boolean;
}

export interface Path {
  entities: Entity[];
  relations: Relation[];
  length: number;
}

export interface SearchHit {
  entity: Entity;
  score: number;
  /** The alias that matched, when the match was on an alias rather than the name. */
  matchedAlias: string | null;
}

export type TimelineItem =
  { kind: 'relation'; date: string; relation: Relation } | { kind: 'entity'; date: string; entity: Entity };

export interface TimelinePage {
  items: TimelineItem[];
  hasNextPage: boolean;
  endCursor: string | null;
}

export interface TypeCount {
  type: string;
  count: number;
}

export interface RelationTypeCount extends TypeCount {
  direction: 'OUT' | 'IN';
}

export interface GraphSummary {
  entityCount: number;
  relationCount: number;
  sourceCount: number;
  entityTypes: TypeCount[];
  relationTypes: TypeCount[];
  earliest: string | null;
  latest: string | null;
}

export interface SourceSupport {
  evidence: { quote: string; locator: string | null };
  entity: Entity | null;
  relation: Relation | null;
}

/** What a write did, per kind of record. */
export interface WriteCounts {
  created: number;
  updated: number;
  unchanged: number;
  deleted: number;
}

export interface ImportReport {
  dryRun: boolean;
  /** The import's record (imports/), for undo; none for a dry run or an upsert. */
  importId?: string;
  sources: WriteCounts;
  entities: WriteCounts;
  relations: WriteCounts;
  warnings: string[];
}

export interface MergeReport {
  entity: Entity;
  relationsMoved: number;
  relationsMerged: number;
  relationsDropped: number;
}

/** Evidence naming sources that are neither stored nor in the import (both import paths). */
export function unknownSourcesError(ids: readonly string[]): StoreInputError {
  return new StoreInputError(`evidence cites unknown source ${quoteSome(ids)}`);
}

/** Relations naming entities that are neither stored nor in the import; the first ten are named. */
export function unknownEntitiesError(ids: readonly string[]): StoreInputError {
  return new StoreInputError(
    `relations name unknown entit${ids.length > 1 ? 'ies' : 'y'} ${quoteSome(ids, 10)}`,
    'NOT_FOUND',
  );
}

/** A request the store refuses because of what it asks, not because something broke. */
export class StoreInputError extends Error {
  constructor(
    message: string,
    readonly code:
      | 'NOT_FOUND'
      | 'BAD_INPUT'
      | 'CONFLICT'
      | 'LIMIT'
      | 'FORBIDDEN'
      | 'CASE_NOT_FOUND'
      | 'CASE_REQUIRED' = 'BAD_INPUT',
  ) {
    super(message);
    this.name = 'StoreInputError';
  }
}

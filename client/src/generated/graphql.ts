/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** A new case. */
export type CaseInput = {
  description?: string | null | undefined;
  /** Its id: letters, digits and `_.:-`, up to 128 characters, starting with a letter or digit. */
  id: string | number;
  /** Its name, up to 200 characters. */
  name: string;
};

/** Which way to follow relations. */
export type Direction =
  /** Either way. */
  | 'BOTH'
  /** From others to the entity. */
  | 'IN'
  /** From the entity to others. */
  | 'OUT';

/**
 * A graph file format. Every format except `UN_SANCTIONS` (import only) and `CYPHER` (export only)
 * is read and written; docs/formats.md says what each keeps and drops.
 */
export type GraphFormat =
  /** CSV: an entities file and a relations file; an export returns both. */
  | 'CSV'
  /** A Cypher script that recreates the graph in Neo4j (export only). */
  | 'CYPHER'
  /** Cytoscape JSON: a Cytoscape.js elements array, `{nodes, edges}`, or a Cytoscape desktop `.cyjs` export. */
  | 'CYTOSCAPE'
  /** FollowTheMoney entities, one JSON object per line (OpenSanctions, Aleph): edge schemata such as Ownership or Payment are relations. */
  | 'FTM'
  /** GEXF 1.1 to 1.3 (Gephi): typed attributes, viz data kept as properties; evidence is not written. */
  | 'GEXF'
  /** GraphML (yEd, Gephi, NetworkX, igraph): typed keys, directed, undirected and mixed graphs. */
  | 'GRAPHML'
  /** Redstring's own JSON, `{sources, entities, relations}`: keeps everything. */
  | 'JSON'
  /** The UN Security Council Consolidated List XML (import only): listed individuals and entities with their committee and regime. */
  | 'UN_SANCTIONS';

/** Where an import job is. */
export type ImportJobState =
  /** Stopped by `cancelImport` or by the server stopping. Nothing was written. */
  | 'CANCELLED'
  /** Stopped by an error; `error` says where. Nothing was written. */
  | 'FAILED'
  /** Accepted, not started yet. */
  | 'QUEUED'
  /** Reading, planning or writing. */
  | 'RUNNING'
  /** Written (or, for a dry run, reported); `report` says what changed. */
  | 'SUCCEEDED';

/** What a running import is doing. Records are read, planned and written a chunk at a time. */
export type ImportPhase =
  /** Committing the transaction and updating the search index. */
  | 'COMMITTING'
  /** Comparing a chunk with what the store holds. */
  | 'PLANNING'
  /** Reading and checking records from the files. */
  | 'READING'
  /** Writing a chunk (in the import's one transaction). */
  | 'WRITING';

/** How the two matched. */
export type MatchHow =
  /**
   * Close spellings: at least 85% alike by edit distance (two letters swapped count as one slip), in
   * names of two words or more and 10 letters or more whose words start with the same letters.
   */
  | 'CLOSE'
  /** The same text (identifiers: the same characters). */
  | 'EXACT'
  /** The same once case, accents, punctuation and word order are set aside. */
  | 'NORMALISED'
  /** The same once both are transliterated to Latin letters (Cyrillic, Hangul, Han, Arabic, ...). */
  | 'TRANSLITERATED';

/** What matched: an identifier or a name. */
export type MatchKind =
  /** A shared identifier (FtM identifiers such as registrationNumber, innCode, passportNumber, wikidataId, imoNumber; UN reference numbers). */
  | 'IDENTIFIER'
  /** A name or an alias. */
  | 'NAME';

/** How sure the sources are about a relation. */
export type RelationStatus =
  /** Confirmed by the parties or by several independent sources. */
  | 'confirmed'
  /** Denied by a party. */
  | 'denied'
  /** An estimate (for example an intelligence agency's). */
  | 'estimated'
  /** A source reports it. */
  | 'reported';

/** Which relations a traversal or list may use. Every field is optional. */
export type TraversalFilter = {
  /** OUT follows relations forward, IN backward, BOTH either way. */
  direction?: Direction | null | undefined;
  /** Only entities of these types (start and end of a path are exempt). */
  entityTypes?: Array<string> | null | undefined;
  /** Start of the date window: relations that ended before it are left out. */
  from?: string | null | undefined;
  /** Whether undated relations pass a date window. */
  includeUndated?: boolean | null | undefined;
  /** Only relations of these types. */
  relationTypes?: Array<string> | null | undefined;
  /** Only relations supported by one of these sources (ids). */
  sources?: Array<string | number> | null | undefined;
  /** Only relations with one of these statuses. */
  statuses?: Array<RelationStatus> | null | undefined;
  /** End of the date window: relations that began after it are left out. */
  to?: string | null | undefined;
};

export type ImportRecordFieldsFragment = { id: string, file: string | null, format: GraphFormat | null, at: string, by: string, wholeCase: boolean, undoneAt: string | null, undoneBy: string | null, entities: { created: number, updated: number }, relations: { created: number, updated: number }, sources: { created: number, updated: number } };

export type CaseImportsQueryVariables = Exact<{
  case: string | number;
  first?: number | null | undefined;
}>;


export type CaseImportsQuery = { case: { imports: { edges: Array<{ node: { id: string, file: string | null, format: GraphFormat | null, at: string, by: string, wholeCase: boolean, undoneAt: string | null, undoneBy: string | null, entities: { created: number, updated: number }, relations: { created: number, updated: number }, sources: { created: number, updated: number } } }>, pageInfo: { hasNextPage: boolean } } } };

export type UndoImportMutationVariables = Exact<{
  case: string | number;
  id: string | number;
}>;


export type UndoImportMutation = { undoImport: { undone: boolean, blockerCount: number, blockers: Array<{ kind: string, id: string, reason: string }>, removed: { entities: number, relations: number, sources: number }, restored: { entities: number, relations: number, sources: number }, import: { id: string, file: string | null, format: GraphFormat | null, at: string, by: string, wholeCase: boolean, undoneAt: string | null, undoneBy: string | null, entities: { created: number, updated: number }, relations: { created: number, updated: number }, sources: { created: number, updated: number } } } };

export type AlsoAppearsInQueryVariables = Exact<{
  case: string | number;
  id: string | number;
  first?: number | null | undefined;
}>;


export type AlsoAppearsInQuery = { case: { entity: { id: string, alsoAppearsIn: Array<{ score: number, case: { id: string, name: string }, entity: { id: string, name: string, type: string }, reasons: Array<{ kind: MatchKind, how: MatchHow, text: string }> }> } | null } };

export type CanvasEntityFragment = { id: string, type: string, name: string, aliases: Array<string>, degree: number, style: { x: number | null, y: number | null, size: number | null, color: string | null } | null };

export type CanvasRelationFragment = { id: string, type: string, date: string | null, startDate: string | null, endDate: string | null, status: RelationStatus | null, from: { id: string }, to: { id: string }, evidence: Array<{ source: { id: string } }> };

export type CanvasSubgraphFragment = { truncated: boolean, entities: Array<{ id: string, type: string, name: string, aliases: Array<string>, degree: number, style: { x: number | null, y: number | null, size: number | null, color: string | null } | null }>, relations: Array<{ id: string, type: string, date: string | null, startDate: string | null, endDate: string | null, status: RelationStatus | null, from: { id: string }, to: { id: string }, evidence: Array<{ source: { id: string } }> }> };

export type EvidenceFieldsFragment = { quote: string, locator: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, publishedAt: string | null, kind: string } };

export type RelationCountFieldsFragment = { type: string, direction: Direction, count: number };

export type WriteCountFieldsFragment = { created: number, updated: number, unchanged: number, deleted: number };

export type CaseFieldsFragment = { id: string, name: string, description: string | null, updatedAt: string, counts: { entities: number, relations: number, sources: number } };

export type CasesQueryVariables = Exact<{ [key: string]: never; }>;


export type CasesQuery = { cases: Array<{ id: string, name: string, description: string | null, updatedAt: string, counts: { entities: number, relations: number, sources: number } }> };

export type CaseInfoQueryVariables = Exact<{
  case: string | number;
}>;


export type CaseInfoQuery = { case: { id: string, name: string, description: string | null, updatedAt: string, counts: { entities: number, relations: number, sources: number } } };

export type CreateCaseMutationVariables = Exact<{
  input: CaseInput;
}>;


export type CreateCaseMutation = { createCase: { id: string, name: string, description: string | null, updatedAt: string, counts: { entities: number, relations: number, sources: number } } };

export type SummaryQueryVariables = Exact<{
  case: string | number;
}>;


export type SummaryQuery = { case: { summary: { entityCount: number, relationCount: number, sourceCount: number, earliest: string | null, latest: string | null, entityTypes: Array<{ type: string, count: number }>, relationTypes: Array<{ type: string, count: number }> }, sources: Array<{ id: string, title: string, publisher: string | null, publishedAt: string | null }> } };

export type EntityDegreesQueryVariables = Exact<{
  case: string | number;
  first: number;
  after?: string | null | undefined;
}>;


export type EntityDegreesQuery = { case: { entities: { totalCount: number, edges: Array<{ node: { id: string, degree: number } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } };

export type SearchQueryVariables = Exact<{
  case: string | number;
  text: string;
  first?: number | null | undefined;
}>;


export type SearchQuery = { case: { search: Array<{ score: number, matchedAlias: string | null, entity: { id: string, type: string, name: string, aliases: Array<string>, degree: number, style: { x: number | null, y: number | null, size: number | null, color: string | null } | null } }> } };

export type NeighborhoodQueryVariables = Exact<{
  case: string | number;
  ids: Array<string | number> | string | number;
  depth?: number | null | undefined;
  filter?: TraversalFilter | null | undefined;
  limit?: number | null | undefined;
}>;


export type NeighborhoodQuery = { case: { neighborhood: { truncated: boolean, entities: Array<{ id: string, type: string, name: string, aliases: Array<string>, degree: number, style: { x: number | null, y: number | null, size: number | null, color: string | null } | null }>, relations: Array<{ id: string, type: string, date: string | null, startDate: string | null, endDate: string | null, status: RelationStatus | null, from: { id: string }, to: { id: string }, evidence: Array<{ source: { id: string } }> }> } } };

export type EntityDetailsQueryVariables = Exact<{
  case: string | number;
  id: string | number;
}>;


export type EntityDetailsQuery = { case: { entity: { description: string | null, properties: unknown, id: string, type: string, name: string, aliases: Array<string>, degree: number, evidence: Array<{ quote: string, locator: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, publishedAt: string | null, kind: string } }>, relationCounts: Array<{ type: string, direction: Direction, count: number }>, relations: Array<{ id: string, type: string, date: string | null, startDate: string | null, endDate: string | null, status: RelationStatus | null, from: { id: string, name: string, type: string }, to: { id: string, name: string, type: string } }>, style: { x: number | null, y: number | null, size: number | null, color: string | null } | null } | null } };

export type RelationCountsQueryVariables = Exact<{
  case: string | number;
  id: string | number;
}>;


export type RelationCountsQuery = { case: { entity: { id: string, relationCounts: Array<{ type: string, direction: Direction, count: number }> } | null } };

export type RelationDetailsQueryVariables = Exact<{
  case: string | number;
  id: string | number;
  from?: string | number | null | undefined;
  to?: string | number | null | undefined;
}>;


export type RelationDetailsQuery = { case: { relation: { properties: unknown, id: string, type: string, date: string | null, startDate: string | null, endDate: string | null, status: RelationStatus | null, from: { id: string, type: string, name: string, aliases: Array<string>, degree: number, style: { x: number | null, y: number | null, size: number | null, color: string | null } | null }, to: { id: string, type: string, name: string, aliases: Array<string>, degree: number, style: { x: number | null, y: number | null, size: number | null, color: string | null } | null }, evidence: Array<{ quote: string, locator: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, publishedAt: string | null, kind: string } }> } | null } };

export type ShortestPathQueryVariables = Exact<{
  case: string | number;
  from: string | number;
  to: string | number;
  filter?: TraversalFilter | null | undefined;
  maxDepth?: number | null | undefined;
}>;


export type ShortestPathQuery = { case: { shortestPath: { length: number, entities: Array<{ id: string, type: string, name: string, aliases: Array<string>, degree: number, style: { x: number | null, y: number | null, size: number | null, color: string | null } | null }>, relations: Array<{ id: string, type: string, date: string | null, startDate: string | null, endDate: string | null, status: RelationStatus | null, from: { id: string }, to: { id: string }, evidence: Array<{ source: { id: string } }> }> } | null } };

export type PathsQueryVariables = Exact<{
  case: string | number;
  from: string | number;
  to: string | number;
  filter?: TraversalFilter | null | undefined;
  maxLength?: number | null | undefined;
  first?: number | null | undefined;
}>;


export type PathsQuery = { case: { paths: { truncated: boolean, paths: Array<{ length: number, entities: Array<{ id: string, type: string, name: string, aliases: Array<string>, degree: number, style: { x: number | null, y: number | null, size: number | null, color: string | null } | null }>, relations: Array<{ id: string, type: string, date: string | null, startDate: string | null, endDate: string | null, status: RelationStatus | null, from: { id: string }, to: { id: string }, evidence: Array<{ source: { id: string } }> }> }> } } };

export type TimelineQueryVariables = Exact<{
  case: string | number;
  filter?: TraversalFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type TimelineQuery = { case: { timeline: { items: Array<{ date: string, relation: { id: string, type: string, date: string | null, startDate: string | null, endDate: string | null, status: RelationStatus | null, from: { id: string, name: string }, to: { id: string, name: string }, evidence: Array<{ source: { id: string } }> } | null, entity: { id: string, type: string, name: string, aliases: Array<string>, degree: number, style: { x: number | null, y: number | null, size: number | null, color: string | null } | null } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } };

export type CanvasRelationsQueryVariables = Exact<{
  case: string | number;
  ids: Array<string | number> | string | number;
}>;


export type CanvasRelationsQuery = { case: { subgraph: { truncated: boolean, relations: Array<{ id: string, type: string, date: string | null, startDate: string | null, endDate: string | null, status: RelationStatus | null, from: { id: string }, to: { id: string }, evidence: Array<{ source: { id: string } }> }> } } };

export type SubgraphQueryVariables = Exact<{
  case: string | number;
  ids: Array<string | number> | string | number;
}>;


export type SubgraphQuery = { case: { subgraph: { truncated: boolean, entities: Array<{ id: string, type: string, name: string, aliases: Array<string>, degree: number, style: { x: number | null, y: number | null, size: number | null, color: string | null } | null }>, relations: Array<{ id: string, type: string, date: string | null, startDate: string | null, endDate: string | null, status: RelationStatus | null, from: { id: string }, to: { id: string }, evidence: Array<{ source: { id: string } }> }> } } };

export type GraphFormatsQueryVariables = Exact<{
  case: string | number;
}>;


export type GraphFormatsQuery = { case: { formats: Array<{ format: GraphFormat, label: string, extensions: Array<string>, canImport: boolean, canExport: boolean }> } };

export type ExportGraphQueryVariables = Exact<{
  case: string | number;
  format: GraphFormat;
  ids?: Array<string | number> | string | number | null | undefined;
}>;


export type ExportGraphQuery = { case: { exportGraph: { format: GraphFormat, files: Array<{ fileName: string, mediaType: string, content: string }> } } };

export type ImportJobFieldsFragment = { id: string, case: string, state: ImportJobState, phase: ImportPhase | null, files: Array<string>, bytesRead: number, totalBytes: number, records: number, error: { message: string, file: string | null, at: string | null, field: string | null } | null, report: { dryRun: boolean, format: GraphFormat | null, importId: string | null, warnings: Array<string>, sources: { created: number, updated: number, unchanged: number, deleted: number }, entities: { created: number, updated: number, unchanged: number, deleted: number }, relations: { created: number, updated: number, unchanged: number, deleted: number } } | null };

export type StartImportMutationVariables = Exact<{
  case: string | number;
  files: Array<File> | File;
  format?: GraphFormat | null | undefined;
  dryRun?: boolean | null | undefined;
}>;


export type StartImportMutation = { startImport: { id: string, case: string, state: ImportJobState, phase: ImportPhase | null, files: Array<string>, bytesRead: number, totalBytes: number, records: number, error: { message: string, file: string | null, at: string | null, field: string | null } | null, report: { dryRun: boolean, format: GraphFormat | null, importId: string | null, warnings: Array<string>, sources: { created: number, updated: number, unchanged: number, deleted: number }, entities: { created: number, updated: number, unchanged: number, deleted: number }, relations: { created: number, updated: number, unchanged: number, deleted: number } } | null } };

export type ImportJobQueryVariables = Exact<{
  id: string | number;
}>;


export type ImportJobQuery = { importJob: { id: string, case: string, state: ImportJobState, phase: ImportPhase | null, files: Array<string>, bytesRead: number, totalBytes: number, records: number, error: { message: string, file: string | null, at: string | null, field: string | null } | null, report: { dryRun: boolean, format: GraphFormat | null, importId: string | null, warnings: Array<string>, sources: { created: number, updated: number, unchanged: number, deleted: number }, entities: { created: number, updated: number, unchanged: number, deleted: number }, relations: { created: number, updated: number, unchanged: number, deleted: number } } | null } | null };

export type CancelImportMutationVariables = Exact<{
  id: string | number;
}>;


export type CancelImportMutation = { cancelImport: { id: string, case: string, state: ImportJobState, phase: ImportPhase | null, files: Array<string>, bytesRead: number, totalBytes: number, records: number, error: { message: string, file: string | null, at: string | null, field: string | null } | null, report: { dryRun: boolean, format: GraphFormat | null, importId: string | null, warnings: Array<string>, sources: { created: number, updated: number, unchanged: number, deleted: number }, entities: { created: number, updated: number, unchanged: number, deleted: number }, relations: { created: number, updated: number, unchanged: number, deleted: number } } | null } };

export type CaseCountsQueryVariables = Exact<{
  case: string | number;
}>;


export type CaseCountsQuery = { case: { counts: { entities: number, relations: number } } };

export type WholeCasePageQueryVariables = Exact<{
  case: string | number;
  entitiesAfter?: string | null | undefined;
  relationsAfter?: string | null | undefined;
  withEntities: boolean;
  withRelations: boolean;
}>;


export type WholeCasePageQuery = { case: { entities?: { edges: Array<{ node: { id: string, type: string, name: string, aliases: Array<string>, degree: number, style: { x: number | null, y: number | null, size: number | null, color: string | null } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } }, relations?: { edges: Array<{ node: { id: string, type: string, date: string | null, startDate: string | null, endDate: string | null, status: RelationStatus | null, from: { id: string }, to: { id: string }, evidence: Array<{ source: { id: string } }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } };

export type EntityNeighboursQueryVariables = Exact<{
  case: string | number;
  id: string | number;
}>;


export type EntityNeighboursQuery = { case: { entity: { id: string, degree: number, relations: Array<{ id: string, type: string, from: { id: string, type: string }, to: { id: string, type: string } }> } | null } };

export type SourceDetailsQueryVariables = Exact<{
  case: string | number;
  id: string | number;
}>;


export type SourceDetailsQuery = { case: { source: { id: string, title: string, publisher: string | null, url: string | null, publishedAt: string | null, kind: string, supports: Array<{ quote: string, locator: string | null, entity: { id: string, type: string, name: string, aliases: Array<string>, degree: number, style: { x: number | null, y: number | null, size: number | null, color: string | null } | null } | null, relation: { id: string, type: string, date: string | null, startDate: string | null, endDate: string | null, status: RelationStatus | null, from: { id: string, name: string, type: string }, to: { id: string, name: string, type: string }, evidence: Array<{ source: { id: string } }> } | null }> } | null } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ImportRecordFieldsFragmentDoc = new TypedDocumentString(`
    fragment ImportRecordFields on ImportRecord {
  id
  file
  format
  at
  by
  wholeCase
  undoneAt
  undoneBy
  entities {
    created
    updated
  }
  relations {
    created
    updated
  }
  sources {
    created
    updated
  }
}
    `, {"fragmentName":"ImportRecordFields"}) as unknown as TypedDocumentString<ImportRecordFieldsFragment, unknown>;
export const CanvasEntityFragmentDoc = new TypedDocumentString(`
    fragment CanvasEntity on Entity {
  id
  type
  name
  aliases
  degree
  style {
    x
    y
    size
    color
  }
}
    `, {"fragmentName":"CanvasEntity"}) as unknown as TypedDocumentString<CanvasEntityFragment, unknown>;
export const CanvasRelationFragmentDoc = new TypedDocumentString(`
    fragment CanvasRelation on Relation {
  id
  type
  from {
    id
  }
  to {
    id
  }
  date
  startDate
  endDate
  status
  evidence {
    source {
      id
    }
  }
}
    `, {"fragmentName":"CanvasRelation"}) as unknown as TypedDocumentString<CanvasRelationFragment, unknown>;
export const CanvasSubgraphFragmentDoc = new TypedDocumentString(`
    fragment CanvasSubgraph on Subgraph {
  entities {
    ...CanvasEntity
  }
  relations {
    ...CanvasRelation
  }
  truncated
}
    fragment CanvasEntity on Entity {
  id
  type
  name
  aliases
  degree
  style {
    x
    y
    size
    color
  }
}
fragment CanvasRelation on Relation {
  id
  type
  from {
    id
  }
  to {
    id
  }
  date
  startDate
  endDate
  status
  evidence {
    source {
      id
    }
  }
}`, {"fragmentName":"CanvasSubgraph"}) as unknown as TypedDocumentString<CanvasSubgraphFragment, unknown>;
export const EvidenceFieldsFragmentDoc = new TypedDocumentString(`
    fragment EvidenceFields on Evidence {
  quote
  locator
  source {
    id
    title
    publisher
    url
    publishedAt
    kind
  }
}
    `, {"fragmentName":"EvidenceFields"}) as unknown as TypedDocumentString<EvidenceFieldsFragment, unknown>;
export const RelationCountFieldsFragmentDoc = new TypedDocumentString(`
    fragment RelationCountFields on RelationTypeCount {
  type
  direction
  count
}
    `, {"fragmentName":"RelationCountFields"}) as unknown as TypedDocumentString<RelationCountFieldsFragment, unknown>;
export const CaseFieldsFragmentDoc = new TypedDocumentString(`
    fragment CaseFields on Case {
  id
  name
  description
  updatedAt
  counts {
    entities
    relations
    sources
  }
}
    `, {"fragmentName":"CaseFields"}) as unknown as TypedDocumentString<CaseFieldsFragment, unknown>;
export const WriteCountFieldsFragmentDoc = new TypedDocumentString(`
    fragment WriteCountFields on WriteCounts {
  created
  updated
  unchanged
  deleted
}
    `, {"fragmentName":"WriteCountFields"}) as unknown as TypedDocumentString<WriteCountFieldsFragment, unknown>;
export const ImportJobFieldsFragmentDoc = new TypedDocumentString(`
    fragment ImportJobFields on ImportJob {
  id
  case
  state
  phase
  files
  bytesRead
  totalBytes
  records
  error {
    message
    file
    at
    field
  }
  report {
    dryRun
    format
    importId
    warnings
    sources {
      ...WriteCountFields
    }
    entities {
      ...WriteCountFields
    }
    relations {
      ...WriteCountFields
    }
  }
}
    fragment WriteCountFields on WriteCounts {
  created
  updated
  unchanged
  deleted
}`, {"fragmentName":"ImportJobFields"}) as unknown as TypedDocumentString<ImportJobFieldsFragment, unknown>;
export const CaseImportsDocument = new TypedDocumentString(`
    query CaseImports($case: ID!, $first: Int) {
  case(id: $case) {
    imports(first: $first) {
      edges {
        node {
          ...ImportRecordFields
        }
      }
      pageInfo {
        hasNextPage
      }
    }
  }
}
    fragment ImportRecordFields on ImportRecord {
  id
  file
  format
  at
  by
  wholeCase
  undoneAt
  undoneBy
  entities {
    created
    updated
  }
  relations {
    created
    updated
  }
  sources {
    created
    updated
  }
}`) as unknown as TypedDocumentString<CaseImportsQuery, CaseImportsQueryVariables>;
export const UndoImportDocument = new TypedDocumentString(`
    mutation UndoImport($case: ID!, $id: ID!) {
  undoImport(case: $case, id: $id) {
    undone
    blockerCount
    blockers {
      kind
      id
      reason
    }
    removed {
      entities
      relations
      sources
    }
    restored {
      entities
      relations
      sources
    }
    import {
      ...ImportRecordFields
    }
  }
}
    fragment ImportRecordFields on ImportRecord {
  id
  file
  format
  at
  by
  wholeCase
  undoneAt
  undoneBy
  entities {
    created
    updated
  }
  relations {
    created
    updated
  }
  sources {
    created
    updated
  }
}`) as unknown as TypedDocumentString<UndoImportMutation, UndoImportMutationVariables>;
export const AlsoAppearsInDocument = new TypedDocumentString(`
    query AlsoAppearsIn($case: ID!, $id: ID!, $first: Int) {
  case(id: $case) {
    entity(id: $id) {
      id
      alsoAppearsIn(first: $first) {
        case {
          id
          name
        }
        entity {
          id
          name
          type
        }
        score
        reasons {
          kind
          how
          text
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AlsoAppearsInQuery, AlsoAppearsInQueryVariables>;
export const CasesDocument = new TypedDocumentString(`
    query Cases {
  cases {
    ...CaseFields
  }
}
    fragment CaseFields on Case {
  id
  name
  description
  updatedAt
  counts {
    entities
    relations
    sources
  }
}`) as unknown as TypedDocumentString<CasesQuery, CasesQueryVariables>;
export const CaseInfoDocument = new TypedDocumentString(`
    query CaseInfo($case: ID!) {
  case(id: $case) {
    ...CaseFields
  }
}
    fragment CaseFields on Case {
  id
  name
  description
  updatedAt
  counts {
    entities
    relations
    sources
  }
}`) as unknown as TypedDocumentString<CaseInfoQuery, CaseInfoQueryVariables>;
export const CreateCaseDocument = new TypedDocumentString(`
    mutation CreateCase($input: CaseInput!) {
  createCase(input: $input) {
    ...CaseFields
  }
}
    fragment CaseFields on Case {
  id
  name
  description
  updatedAt
  counts {
    entities
    relations
    sources
  }
}`) as unknown as TypedDocumentString<CreateCaseMutation, CreateCaseMutationVariables>;
export const SummaryDocument = new TypedDocumentString(`
    query Summary($case: ID!) {
  case(id: $case) {
    summary {
      entityCount
      relationCount
      sourceCount
      entityTypes {
        type
        count
      }
      relationTypes {
        type
        count
      }
      earliest
      latest
    }
    sources {
      id
      title
      publisher
      publishedAt
    }
  }
}
    `) as unknown as TypedDocumentString<SummaryQuery, SummaryQueryVariables>;
export const EntityDegreesDocument = new TypedDocumentString(`
    query EntityDegrees($case: ID!, $first: Int!, $after: String) {
  case(id: $case) {
    entities(first: $first, after: $after) {
      edges {
        node {
          id
          degree
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
}
    `) as unknown as TypedDocumentString<EntityDegreesQuery, EntityDegreesQueryVariables>;
export const SearchDocument = new TypedDocumentString(`
    query Search($case: ID!, $text: String!, $first: Int) {
  case(id: $case) {
    search(text: $text, first: $first) {
      score
      matchedAlias
      entity {
        ...CanvasEntity
      }
    }
  }
}
    fragment CanvasEntity on Entity {
  id
  type
  name
  aliases
  degree
  style {
    x
    y
    size
    color
  }
}`) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;
export const NeighborhoodDocument = new TypedDocumentString(`
    query Neighborhood($case: ID!, $ids: [ID!]!, $depth: Int, $filter: TraversalFilter, $limit: Int) {
  case(id: $case) {
    neighborhood(ids: $ids, depth: $depth, filter: $filter, limit: $limit) {
      ...CanvasSubgraph
    }
  }
}
    fragment CanvasEntity on Entity {
  id
  type
  name
  aliases
  degree
  style {
    x
    y
    size
    color
  }
}
fragment CanvasRelation on Relation {
  id
  type
  from {
    id
  }
  to {
    id
  }
  date
  startDate
  endDate
  status
  evidence {
    source {
      id
    }
  }
}
fragment CanvasSubgraph on Subgraph {
  entities {
    ...CanvasEntity
  }
  relations {
    ...CanvasRelation
  }
  truncated
}`) as unknown as TypedDocumentString<NeighborhoodQuery, NeighborhoodQueryVariables>;
export const EntityDetailsDocument = new TypedDocumentString(`
    query EntityDetails($case: ID!, $id: ID!) {
  case(id: $case) {
    entity(id: $id) {
      ...CanvasEntity
      description
      properties
      evidence {
        ...EvidenceFields
      }
      relationCounts {
        ...RelationCountFields
      }
      relations(first: 100) {
        id
        type
        date
        startDate
        endDate
        status
        from {
          id
          name
          type
        }
        to {
          id
          name
          type
        }
      }
    }
  }
}
    fragment CanvasEntity on Entity {
  id
  type
  name
  aliases
  degree
  style {
    x
    y
    size
    color
  }
}
fragment EvidenceFields on Evidence {
  quote
  locator
  source {
    id
    title
    publisher
    url
    publishedAt
    kind
  }
}
fragment RelationCountFields on RelationTypeCount {
  type
  direction
  count
}`) as unknown as TypedDocumentString<EntityDetailsQuery, EntityDetailsQueryVariables>;
export const RelationCountsDocument = new TypedDocumentString(`
    query RelationCounts($case: ID!, $id: ID!) {
  case(id: $case) {
    entity(id: $id) {
      id
      relationCounts {
        ...RelationCountFields
      }
    }
  }
}
    fragment RelationCountFields on RelationTypeCount {
  type
  direction
  count
}`) as unknown as TypedDocumentString<RelationCountsQuery, RelationCountsQueryVariables>;
export const RelationDetailsDocument = new TypedDocumentString(`
    query RelationDetails($case: ID!, $id: ID!, $from: ID, $to: ID) {
  case(id: $case) {
    relation(id: $id, from: $from, to: $to) {
      ...CanvasRelation
      properties
      from {
        ...CanvasEntity
      }
      to {
        ...CanvasEntity
      }
      evidence {
        ...EvidenceFields
      }
    }
  }
}
    fragment CanvasEntity on Entity {
  id
  type
  name
  aliases
  degree
  style {
    x
    y
    size
    color
  }
}
fragment CanvasRelation on Relation {
  id
  type
  from {
    id
  }
  to {
    id
  }
  date
  startDate
  endDate
  status
  evidence {
    source {
      id
    }
  }
}
fragment EvidenceFields on Evidence {
  quote
  locator
  source {
    id
    title
    publisher
    url
    publishedAt
    kind
  }
}`) as unknown as TypedDocumentString<RelationDetailsQuery, RelationDetailsQueryVariables>;
export const ShortestPathDocument = new TypedDocumentString(`
    query ShortestPath($case: ID!, $from: ID!, $to: ID!, $filter: TraversalFilter, $maxDepth: Int) {
  case(id: $case) {
    shortestPath(from: $from, to: $to, filter: $filter, maxDepth: $maxDepth) {
      length
      entities {
        ...CanvasEntity
      }
      relations {
        ...CanvasRelation
      }
    }
  }
}
    fragment CanvasEntity on Entity {
  id
  type
  name
  aliases
  degree
  style {
    x
    y
    size
    color
  }
}
fragment CanvasRelation on Relation {
  id
  type
  from {
    id
  }
  to {
    id
  }
  date
  startDate
  endDate
  status
  evidence {
    source {
      id
    }
  }
}`) as unknown as TypedDocumentString<ShortestPathQuery, ShortestPathQueryVariables>;
export const PathsDocument = new TypedDocumentString(`
    query Paths($case: ID!, $from: ID!, $to: ID!, $filter: TraversalFilter, $maxLength: Int, $first: Int) {
  case(id: $case) {
    paths(
      from: $from
      to: $to
      filter: $filter
      maxLength: $maxLength
      first: $first
    ) {
      truncated
      paths {
        length
        entities {
          ...CanvasEntity
        }
        relations {
          ...CanvasRelation
        }
      }
    }
  }
}
    fragment CanvasEntity on Entity {
  id
  type
  name
  aliases
  degree
  style {
    x
    y
    size
    color
  }
}
fragment CanvasRelation on Relation {
  id
  type
  from {
    id
  }
  to {
    id
  }
  date
  startDate
  endDate
  status
  evidence {
    source {
      id
    }
  }
}`) as unknown as TypedDocumentString<PathsQuery, PathsQueryVariables>;
export const TimelineDocument = new TypedDocumentString(`
    query Timeline($case: ID!, $filter: TraversalFilter, $first: Int, $after: String) {
  case(id: $case) {
    timeline(filter: $filter, first: $first, after: $after) {
      items {
        date
        relation {
          ...CanvasRelation
          from {
            id
            name
          }
          to {
            id
            name
          }
        }
        entity {
          ...CanvasEntity
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    fragment CanvasEntity on Entity {
  id
  type
  name
  aliases
  degree
  style {
    x
    y
    size
    color
  }
}
fragment CanvasRelation on Relation {
  id
  type
  from {
    id
  }
  to {
    id
  }
  date
  startDate
  endDate
  status
  evidence {
    source {
      id
    }
  }
}`) as unknown as TypedDocumentString<TimelineQuery, TimelineQueryVariables>;
export const CanvasRelationsDocument = new TypedDocumentString(`
    query CanvasRelations($case: ID!, $ids: [ID!]!) {
  case(id: $case) {
    subgraph(ids: $ids) {
      relations {
        ...CanvasRelation
      }
      truncated
    }
  }
}
    fragment CanvasRelation on Relation {
  id
  type
  from {
    id
  }
  to {
    id
  }
  date
  startDate
  endDate
  status
  evidence {
    source {
      id
    }
  }
}`) as unknown as TypedDocumentString<CanvasRelationsQuery, CanvasRelationsQueryVariables>;
export const SubgraphDocument = new TypedDocumentString(`
    query Subgraph($case: ID!, $ids: [ID!]!) {
  case(id: $case) {
    subgraph(ids: $ids) {
      entities {
        ...CanvasEntity
      }
      relations {
        ...CanvasRelation
      }
      truncated
    }
  }
}
    fragment CanvasEntity on Entity {
  id
  type
  name
  aliases
  degree
  style {
    x
    y
    size
    color
  }
}
fragment CanvasRelation on Relation {
  id
  type
  from {
    id
  }
  to {
    id
  }
  date
  startDate
  endDate
  status
  evidence {
    source {
      id
    }
  }
}`) as unknown as TypedDocumentString<SubgraphQuery, SubgraphQueryVariables>;
export const GraphFormatsDocument = new TypedDocumentString(`
    query GraphFormats($case: ID!) {
  case(id: $case) {
    formats {
      format
      label
      extensions
      canImport
      canExport
    }
  }
}
    `) as unknown as TypedDocumentString<GraphFormatsQuery, GraphFormatsQueryVariables>;
export const ExportGraphDocument = new TypedDocumentString(`
    query ExportGraph($case: ID!, $format: GraphFormat!, $ids: [ID!]) {
  case(id: $case) {
    exportGraph(format: $format, ids: $ids) {
      format
      files {
        fileName
        mediaType
        content
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExportGraphQuery, ExportGraphQueryVariables>;
export const StartImportDocument = new TypedDocumentString(`
    mutation StartImport($case: ID!, $files: [File!]!, $format: GraphFormat, $dryRun: Boolean) {
  startImport(case: $case, files: $files, format: $format, dryRun: $dryRun) {
    ...ImportJobFields
  }
}
    fragment WriteCountFields on WriteCounts {
  created
  updated
  unchanged
  deleted
}
fragment ImportJobFields on ImportJob {
  id
  case
  state
  phase
  files
  bytesRead
  totalBytes
  records
  error {
    message
    file
    at
    field
  }
  report {
    dryRun
    format
    importId
    warnings
    sources {
      ...WriteCountFields
    }
    entities {
      ...WriteCountFields
    }
    relations {
      ...WriteCountFields
    }
  }
}`) as unknown as TypedDocumentString<StartImportMutation, StartImportMutationVariables>;
export const ImportJobDocument = new TypedDocumentString(`
    query ImportJob($id: ID!) {
  importJob(id: $id) {
    ...ImportJobFields
  }
}
    fragment WriteCountFields on WriteCounts {
  created
  updated
  unchanged
  deleted
}
fragment ImportJobFields on ImportJob {
  id
  case
  state
  phase
  files
  bytesRead
  totalBytes
  records
  error {
    message
    file
    at
    field
  }
  report {
    dryRun
    format
    importId
    warnings
    sources {
      ...WriteCountFields
    }
    entities {
      ...WriteCountFields
    }
    relations {
      ...WriteCountFields
    }
  }
}`) as unknown as TypedDocumentString<ImportJobQuery, ImportJobQueryVariables>;
export const CancelImportDocument = new TypedDocumentString(`
    mutation CancelImport($id: ID!) {
  cancelImport(id: $id) {
    ...ImportJobFields
  }
}
    fragment WriteCountFields on WriteCounts {
  created
  updated
  unchanged
  deleted
}
fragment ImportJobFields on ImportJob {
  id
  case
  state
  phase
  files
  bytesRead
  totalBytes
  records
  error {
    message
    file
    at
    field
  }
  report {
    dryRun
    format
    importId
    warnings
    sources {
      ...WriteCountFields
    }
    entities {
      ...WriteCountFields
    }
    relations {
      ...WriteCountFields
    }
  }
}`) as unknown as TypedDocumentString<CancelImportMutation, CancelImportMutationVariables>;
export const CaseCountsDocument = new TypedDocumentString(`
    query CaseCounts($case: ID!) {
  case(id: $case) {
    counts {
      entities
      relations
    }
  }
}
    `) as unknown as TypedDocumentString<CaseCountsQuery, CaseCountsQueryVariables>;
export const WholeCasePageDocument = new TypedDocumentString(`
    query WholeCasePage($case: ID!, $entitiesAfter: String, $relationsAfter: String, $withEntities: Boolean!, $withRelations: Boolean!) {
  case(id: $case) {
    entities(first: 500, after: $entitiesAfter) @include(if: $withEntities) {
      edges {
        node {
          ...CanvasEntity
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
    relations(first: 500, after: $relationsAfter) @include(if: $withRelations) {
      edges {
        node {
          ...CanvasRelation
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    fragment CanvasEntity on Entity {
  id
  type
  name
  aliases
  degree
  style {
    x
    y
    size
    color
  }
}
fragment CanvasRelation on Relation {
  id
  type
  from {
    id
  }
  to {
    id
  }
  date
  startDate
  endDate
  status
  evidence {
    source {
      id
    }
  }
}`) as unknown as TypedDocumentString<WholeCasePageQuery, WholeCasePageQueryVariables>;
export const EntityNeighboursDocument = new TypedDocumentString(`
    query EntityNeighbours($case: ID!, $id: ID!) {
  case(id: $case) {
    entity(id: $id) {
      id
      degree
      relations(first: 500) {
        id
        type
        from {
          id
          type
        }
        to {
          id
          type
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EntityNeighboursQuery, EntityNeighboursQueryVariables>;
export const SourceDetailsDocument = new TypedDocumentString(`
    query SourceDetails($case: ID!, $id: ID!) {
  case(id: $case) {
    source(id: $id) {
      id
      title
      publisher
      url
      publishedAt
      kind
      supports {
        quote
        locator
        entity {
          ...CanvasEntity
        }
        relation {
          ...CanvasRelation
          from {
            id
            name
            type
          }
          to {
            id
            name
            type
          }
        }
      }
    }
  }
}
    fragment CanvasEntity on Entity {
  id
  type
  name
  aliases
  degree
  style {
    x
    y
    size
    color
  }
}
fragment CanvasRelation on Relation {
  id
  type
  from {
    id
  }
  to {
    id
  }
  date
  startDate
  endDate
  status
  evidence {
    source {
      id
    }
  }
}`) as unknown as TypedDocumentString<SourceDetailsQuery, SourceDetailsQueryVariables>;
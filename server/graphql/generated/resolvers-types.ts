import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { EntityParent as EntityParentModel, SourceParent as SourceParentModel, SubgraphParent as SubgraphParentModel, CaseParent as CaseParentModel } from '../parents.ts';
import type { CaseDeletion as CaseDeletionModel } from '../../store/graph-store.ts';
import type { Relation as RelationModel, EvidenceRef as EvidenceRefModel, SourceSupport as SourceSupportModel, TimelineItem as TimelineItemModel, SearchHit as SearchHitModel, Path as PathModel } from '../../store/types.ts';
import type { Actor as ActorModel } from '../../store/actor.ts';
import type { ApiToken as ApiTokenModel } from '../../store/token-store.ts';
import type { AuditRecord as AuditRecordModel } from '../../store/audit.ts';
import type { ImportJob as ImportJobModel } from '../../formats/import-jobs.ts';
import type { CaseMatch as CaseMatchModel, MatchesPage as MatchesPageModel, EntityMatches as EntityMatchesModel } from '../../store/matches/case-matches.ts';
import type { MatchReason as MatchReasonModel } from '../../store/matches/compare.ts';
import type { ImportRecord as ImportRecordModel } from '../../store/imports/import-records.ts';
import type { UndoOutcome as UndoOutcomeModel } from '../../store/imports/undo-import.ts';
import type { Context } from '../context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /**
   * A file sent by multipart upload (the GraphQL multipart request spec): the request's
   * `operations` names it as a variable and the part carries the bytes.
   */
  File: { input: File; output: File; }
  /**
   * A free-form property value: a string, number or boolean, or a list of them. Property maps are
   * returned as JSON objects.
   */
  JSON: { input: unknown; output: unknown; }
  /** A partial ISO date: a year (`2024`), a month (`2024-10`) or a day (`2024-10-15`). */
  PartialDate: { input: string; output: string; }
};

/** Who sends a request: a token's name and role, or `local` (an admin) when authentication is off. */
export type Actor = {
  __typename?: 'Actor';
  name: Scalars['String']['output'];
  role: Role;
};

/** An API token, as listed; its secret is never shown again after `createToken`. */
export type ApiToken = {
  __typename?: 'ApiToken';
  /** When it was made (ISO date-time). */
  createdAt: Scalars['String']['output'];
  /** Who made it. */
  createdBy: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** When it was last used, to within a few minutes; null when never. */
  lastUsedAt?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  /** When it was revoked; null while it works. */
  revokedAt?: Maybe<Scalars['String']['output']>;
  role: Role;
};

/** Who made a write. */
export type AuditActor = {
  __typename?: 'AuditActor';
  /** The token's name, `local` (authentication off) or `cli:<user>`. */
  name: Scalars['String']['output'];
  /** Their role when they wrote: VIEWER, EDITOR or ADMIN in lower case. */
  role: Scalars['String']['output'];
  /** The id of the token they used; null without authentication. */
  tokenId?: Maybe<Scalars['String']['output']>;
};

/** A page of the audit log, newest first. */
export type AuditConnection = {
  __typename?: 'AuditConnection';
  /** The records of this page. */
  edges: Array<AuditEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
};

/** A record in a page. */
export type AuditEdge = {
  __typename?: 'AuditEdge';
  /** Pass as `after` to read the records older than this one. */
  cursor: Scalars['String']['output'];
  /** The record. */
  node: AuditRecord;
};

/** One write, as the audit log keeps it. */
export type AuditRecord = {
  __typename?: 'AuditRecord';
  /** What was done, e.g. `entity.upsert`, `relations.delete`, `entities.merge`, `graph.import`. */
  action: Scalars['String']['output'];
  /** Who did it. */
  actor: AuditActor;
  /** When the server committed it (ISO 8601, UTC). */
  at: Scalars['String']['output'];
  /** The case written to; null for writes of no case (tokens). */
  case?: Maybe<Scalars['ID']['output']>;
  /** Counts and names that say more: an import's file and what it created, a delete's count. */
  detail?: Maybe<Scalars['JSON']['output']>;
  /** How many ids it touched in all. */
  idCount: Scalars['Int']['output'];
  /** The ids it touched, in the order written: the first 100 at most. */
  ids: Array<Scalars['String']['output']>;
  /** How many of those `ids` leaves out (a large import). */
  idsOmitted: Scalars['Int']['output'];
  /** Its place in the log: grows by one with each write, in commit order. */
  seq: Scalars['Int']['output'];
};

/**
 * An investigation: its own entities, relations, sources and evidence, kept apart from every other
 * case. Ids are unique within a case; no question of one case reaches another.
 */
export type Case = {
  __typename?: 'Case';
  /** What it holds. */
  counts: CaseCounts;
  /** When it was created (ISO 8601, UTC). */
  createdAt: Scalars['String']['output'];
  /** Who created it. */
  createdBy: Scalars['String']['output'];
  description?: Maybe<Scalars['String']['output']>;
  /** Entities in id order, a page at a time. */
  entities: EntityConnection;
  /** One entity by its id, or null when there is none. */
  entity?: Maybe<Entity>;
  /**
   * The whole case, or the given entities and the relations among them, as a file. The graph is
   * built in memory; for very large cases use the `redstring export` command.
   */
  exportGraph: ExportedFile;
  /** Every format with what it can do (the same for every case). */
  formats: Array<GraphFormatInfo>;
  /** The case's id: letters, digits and `_.:-`, up to 128 characters, e.g. `kursk`. */
  id: Scalars['ID']['output'];
  /** One import of the case, or null. */
  import?: Maybe<ImportRecord>;
  /** The case's imports, newest first, a page at a time. */
  imports: ImportRecordConnection;
  /**
   * Which entities of this case appear in case `case`, in id order, a page at a time: each with its
   * matches there, as `Entity.alsoAppearsIn` finds them.
   */
  matchesIn: CaseMatchConnection;
  name: Scalars['String']['output'];
  /**
   * The entities within `depth` relations of the given ones and the relations among them. At most
   * `limit` entities; at most a fixed number of relations are followed from any one entity, so a
   * hub cannot flood the answer. `truncated` says whether anything was left out.
   */
  neighborhood: Subgraph;
  /** Every simple path (no entity twice) of at most `maxLength` relations, shortest first. */
  paths: PathList;
  /**
   * One relation by its id, or null. Give both of its ends when you know them (a canvas does): it is
   * then found through them, where an id alone means looking through every relation (seconds at
   * millions of relations). Ends that are not its own only cost that longer lookup.
   */
  relation?: Maybe<Relation>;
  /** Relations that pass the filter, in id order, a page at a time. */
  relations: RelationConnection;
  /**
   * Finds entities by name or alias: prefix and typo-tolerant, case- and accent-insensitive, in any
   * script. "shoig" and "Shoigo" find Sergei Shoigu; "DPRK" finds North Korea. Best match first.
   */
  search: Array<SearchHit>;
  /**
   * The shortest chain of relations between two entities, ignoring direction unless the filter
   * says otherwise. Null when there is none within `maxDepth`.
   */
  shortestPath?: Maybe<Path>;
  /** One source by id, with what it supports. */
  source?: Maybe<Source>;
  /** Every source, in id order. */
  sources: Array<Source>;
  /**
   * Entities by id with the relations that connect them to each other: what a canvas showing
   * exactly these entities should draw. Unknown ids are left out. At most 2000 ids, and at most 10
   * relations per id on average: `truncated` says when more connect them.
   */
  subgraph: Subgraph;
  /** Counts per entity and relation type and the span of dates: the shape of the case. */
  summary: GraphSummary;
  /** Dated relations and dated entities (events) in time order, a page at a time. */
  timeline: TimelineConnection;
  /** When it or anything in it last changed (ISO 8601, UTC). */
  updatedAt: Scalars['String']['output'];
};


/**
 * An investigation: its own entities, relations, sources and evidence, kept apart from every other
 * case. Ids are unique within a case; no question of one case reaches another.
 */
export type CaseEntitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<Scalars['String']['input']>>;
};


/**
 * An investigation: its own entities, relations, sources and evidence, kept apart from every other
 * case. Ids are unique within a case; no question of one case reaches another.
 */
export type CaseEntityArgs = {
  id: Scalars['ID']['input'];
};


/**
 * An investigation: its own entities, relations, sources and evidence, kept apart from every other
 * case. Ids are unique within a case; no question of one case reaches another.
 */
export type CaseExportGraphArgs = {
  format: GraphFormat;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
};


/**
 * An investigation: its own entities, relations, sources and evidence, kept apart from every other
 * case. Ids are unique within a case; no question of one case reaches another.
 */
export type CaseImportArgs = {
  id: Scalars['ID']['input'];
};


/**
 * An investigation: its own entities, relations, sources and evidence, kept apart from every other
 * case. Ids are unique within a case; no question of one case reaches another.
 */
export type CaseImportsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * An investigation: its own entities, relations, sources and evidence, kept apart from every other
 * case. Ids are unique within a case; no question of one case reaches another.
 */
export type CaseMatchesInArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  case: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * An investigation: its own entities, relations, sources and evidence, kept apart from every other
 * case. Ids are unique within a case; no question of one case reaches another.
 */
export type CaseNeighborhoodArgs = {
  depth?: InputMaybe<Scalars['Int']['input']>;
  filter?: InputMaybe<TraversalFilter>;
  ids: Array<Scalars['ID']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * An investigation: its own entities, relations, sources and evidence, kept apart from every other
 * case. Ids are unique within a case; no question of one case reaches another.
 */
export type CasePathsArgs = {
  filter?: InputMaybe<TraversalFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from: Scalars['ID']['input'];
  maxLength?: InputMaybe<Scalars['Int']['input']>;
  to: Scalars['ID']['input'];
};


/**
 * An investigation: its own entities, relations, sources and evidence, kept apart from every other
 * case. Ids are unique within a case; no question of one case reaches another.
 */
export type CaseRelationArgs = {
  from?: InputMaybe<Scalars['ID']['input']>;
  id: Scalars['ID']['input'];
  to?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * An investigation: its own entities, relations, sources and evidence, kept apart from every other
 * case. Ids are unique within a case; no question of one case reaches another.
 */
export type CaseRelationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TraversalFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * An investigation: its own entities, relations, sources and evidence, kept apart from every other
 * case. Ids are unique within a case; no question of one case reaches another.
 */
export type CaseSearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  text: Scalars['String']['input'];
  types?: InputMaybe<Array<Scalars['String']['input']>>;
};


/**
 * An investigation: its own entities, relations, sources and evidence, kept apart from every other
 * case. Ids are unique within a case; no question of one case reaches another.
 */
export type CaseShortestPathArgs = {
  filter?: InputMaybe<TraversalFilter>;
  from: Scalars['ID']['input'];
  maxDepth?: InputMaybe<Scalars['Int']['input']>;
  to: Scalars['ID']['input'];
};


/**
 * An investigation: its own entities, relations, sources and evidence, kept apart from every other
 * case. Ids are unique within a case; no question of one case reaches another.
 */
export type CaseSourceArgs = {
  id: Scalars['ID']['input'];
};


/**
 * An investigation: its own entities, relations, sources and evidence, kept apart from every other
 * case. Ids are unique within a case; no question of one case reaches another.
 */
export type CaseSubgraphArgs = {
  filter?: InputMaybe<TraversalFilter>;
  ids: Array<Scalars['ID']['input']>;
};


/**
 * An investigation: its own entities, relations, sources and evidence, kept apart from every other
 * case. Ids are unique within a case; no question of one case reaches another.
 */
export type CaseTimelineArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TraversalFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** What a case holds. */
export type CaseCounts = {
  __typename?: 'CaseCounts';
  entities: Scalars['Int']['output'];
  relations: Scalars['Int']['output'];
  sources: Scalars['Int']['output'];
};

/** What deleting a case removed. */
export type CaseDeletion = {
  __typename?: 'CaseDeletion';
  entities: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  relations: Scalars['Int']['output'];
  sources: Scalars['Int']['output'];
};

/** A new case. */
export type CaseInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  /** Its id: letters, digits and `_.:-`, up to 128 characters, starting with a letter or digit. */
  id: Scalars['ID']['input'];
  /** Its name, up to 200 characters. */
  name: Scalars['String']['input'];
};

/**
 * An entity of another case that seems to be the same as the one asked about, with how sure and
 * why: Aleph's cross-referencing, with every reason shown.
 */
export type CaseMatch = {
  __typename?: 'CaseMatch';
  /** The case it is in. */
  case: Case;
  /** The entity there. */
  entity: Entity;
  /** Why, strongest first. */
  reasons: Array<MatchReason>;
  /**
   * How sure, from 0 to 1: 1 for the same identifier or the same name, less for a name matched only
   * once folded or transliterated, for a close spelling, an alias, a name of one word, or entities
   * of different types. Matches under 0.6 are not listed.
   */
  score: Scalars['Float']['output'];
};

/** A page of a case's entities that appear in another case. */
export type CaseMatchConnection = {
  __typename?: 'CaseMatchConnection';
  /** The entities of this page, each with its matches. */
  edges: Array<CaseMatchEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many entities of the case have a match in the other one. */
  totalCount: Scalars['Int']['output'];
};

/** An entity of the case with what it matches in the other case. */
export type CaseMatchEdge = {
  __typename?: 'CaseMatchEdge';
  /** Pass as `after` to continue after this entity. */
  cursor: Scalars['String']['output'];
  /** Its matches in the other case, best first (at most 10). */
  matches: Array<CaseMatch>;
  /** The entity, in the case asked about. */
  node: Entity;
};

/** A change to a case; what is left out stays as it is. */
export type CaseUpdate = {
  /** An empty string removes the description. */
  description?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};

/** A new token and its secret, shown this once: send it as `Authorization: Bearer <secret>`. */
export type CreatedToken = {
  __typename?: 'CreatedToken';
  secret: Scalars['String']['output'];
  token: ApiToken;
};

/**
 * Which column of a CSV file holds each field, for files whose headers Redstring does not
 * recognise, e.g. `{from: "Source", to: "Target", type: "Relationship"}`.
 */
export type CsvColumnsInput = {
  aliases?: InputMaybe<Scalars['String']['input']>;
  date?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  endDate?: InputMaybe<Scalars['String']['input']>;
  from?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  startDate?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
  type?: InputMaybe<Scalars['String']['input']>;
};

/** Which way to follow relations. */
export type Direction =
  /** Either way. */
  | 'BOTH'
  /** From others to the entity. */
  | 'IN'
  /** From the entity to others. */
  | 'OUT';

/** Something in the case: a person, organisation, country, place, event, group or document. */
export type Entity = {
  __typename?: 'Entity';
  /** Other names and spellings, also in other scripts. */
  aliases: Array<Scalars['String']['output']>;
  /**
   * Entities of the store's other cases with the same or a close name or alias (in any script) or a
   * shared identifier, best first. Never the entity itself, nor anything of its own case. Names of
   * fewer than 4 letters never match, and names of one word only exactly and from 6 letters.
   */
  alsoAppearsIn: Array<CaseMatch>;
  /** How many relations connect it to other entities. */
  degree: Scalars['Int']['output'];
  /** A short description. */
  description?: Maybe<Scalars['String']['output']>;
  /** What supports the entity itself (relations carry their own evidence). */
  evidence: Array<Evidence>;
  /** Stable, user-visible id. */
  id: Scalars['ID']['output'];
  /** The name the entity is best known by. */
  name: Scalars['String']['output'];
  /** The entities at the other end of its relations that pass the filter. */
  neighbors: Array<Entity>;
  /** Free-form properties (numbers, dates, identifiers) as a JSON object. */
  properties: Scalars['JSON']['output'];
  /** How many relations of each type and direction it has: what expanding it would add. */
  relationCounts: Array<RelationTypeCount>;
  /** Its relations that pass the filter. */
  relations: Array<Relation>;
  /** The file's drawing hints; null when the file gave none. */
  style?: Maybe<StyleHints>;
  /** PascalCase type, e.g. `Person`, `GovernmentBody`, `MilitaryUnit`. */
  type: Scalars['String']['output'];
};


/** Something in the case: a person, organisation, country, place, event, group or document. */
export type EntityAlsoAppearsInArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Something in the case: a person, organisation, country, place, event, group or document. */
export type EntityNeighborsArgs = {
  filter?: InputMaybe<TraversalFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Something in the case: a person, organisation, country, place, event, group or document. */
export type EntityRelationsArgs = {
  filter?: InputMaybe<TraversalFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of entities. */
export type EntityConnection = {
  __typename?: 'EntityConnection';
  /** The entities of this page. */
  edges: Array<EntityEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many entities match in all. */
  totalCount: Scalars['Int']['output'];
};

/** An entity in a page. */
export type EntityEdge = {
  __typename?: 'EntityEdge';
  /** Pass as `after` to continue after this entity. */
  cursor: Scalars['String']['output'];
  /** The entity. */
  node: Entity;
};

/** An entity to write. */
export type EntityInput = {
  /** Other names. */
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Short description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** What supports it. */
  evidence?: InputMaybe<Array<EvidenceInput>>;
  /** Stable id: letters, digits and `_.:-`, up to 128 characters. */
  id: Scalars['ID']['input'];
  /** Name. */
  name: Scalars['String']['input'];
  /** Free-form properties: a JSON object of scalars and lists of scalars. */
  properties?: InputMaybe<Scalars['JSON']['input']>;
  /** PascalCase type. */
  type: Scalars['String']['input'];
};

/** The words of a source that support a fact. */
export type Evidence = {
  __typename?: 'Evidence';
  /** Where in the source: page, paragraph, section. */
  locator?: Maybe<Scalars['String']['output']>;
  /** The supporting words, copied exactly from the source. */
  quote: Scalars['String']['output'];
  /** The source. */
  source: Source;
};

/** Evidence to attach. */
export type EvidenceInput = {
  /** Where in the source. */
  locator?: InputMaybe<Scalars['String']['input']>;
  /** The supporting words, exactly as the source has them. */
  quote: Scalars['String']['input'];
  /** Id of the source. */
  source: Scalars['ID']['input'];
};

/** An exported graph: one file, or two for CSV (entities and relations). */
export type ExportedFile = {
  __typename?: 'ExportedFile';
  /** The files, in the order to offer them. */
  files: Array<ExportedFilePart>;
  /** The format written. */
  format: GraphFormat;
};

/** One file of an export. */
export type ExportedFilePart = {
  __typename?: 'ExportedFilePart';
  /** The file's text. */
  content: Scalars['String']['output'];
  /** A file name to save it under, e.g. `graph.graphml` or `entities.csv`. */
  fileName: Scalars['String']['output'];
  /** Its media type, e.g. `application/graphml+xml` or `text/csv`. */
  mediaType: Scalars['String']['output'];
};

/**
 * A graph file format. Every format except `UN_SANCTIONS` (import only) and `CYPHER` (export only)
 * is read and written; docs/formats.md says what each keeps and drops.
 */
export type GraphFormat =
  /** CSV: an entities file and a relations file; an export returns both. */
  | 'csv'
  /** A Cypher script that recreates the graph in Neo4j (export only). */
  | 'cypher'
  /** Cytoscape JSON: a Cytoscape.js elements array, `{nodes, edges}`, or a Cytoscape desktop `.cyjs` export. */
  | 'cytoscape'
  /** FollowTheMoney entities, one JSON object per line (OpenSanctions, Aleph): edge schemata such as Ownership or Payment are relations. */
  | 'ftm'
  /** GEXF 1.1 to 1.3 (Gephi): typed attributes, viz data kept as properties; evidence is not written. */
  | 'gexf'
  /** GraphML (yEd, Gephi, NetworkX, igraph): typed keys, directed, undirected and mixed graphs. */
  | 'graphml'
  /** Redstring's own JSON, `{sources, entities, relations}`: keeps everything. */
  | 'json'
  /** The UN Security Council Consolidated List XML (import only): listed individuals and entities with their committee and regime. */
  | 'un-sanctions';

/** A format and what Redstring can do with it, for building import and export menus. */
export type GraphFormatInfo = {
  __typename?: 'GraphFormatInfo';
  /** Whether `exportGraph` writes it. */
  canExport: Scalars['Boolean']['output'];
  /** Whether `importFile` reads it. */
  canImport: Scalars['Boolean']['output'];
  /** File name endings that identify it, e.g. `.graphml`; empty when only the content tells. */
  extensions: Array<Scalars['String']['output']>;
  /** The format. */
  format: GraphFormat;
  /** What users call it, e.g. `GraphML`. */
  label: Scalars['String']['output'];
};

/** The shape of the graph. */
export type GraphSummary = {
  __typename?: 'GraphSummary';
  /** The earliest date of a dated relation. */
  earliest?: Maybe<Scalars['String']['output']>;
  /** Number of entities. */
  entityCount: Scalars['Int']['output'];
  /** Entities per type, most first. */
  entityTypes: Array<TypeCount>;
  /** The latest date of a dated relation. */
  latest?: Maybe<Scalars['String']['output']>;
  /** Number of relations. */
  relationCount: Scalars['Int']['output'];
  /** Relations per type, most first. */
  relationTypes: Array<TypeCount>;
  /** Number of sources. */
  sourceCount: Scalars['Int']['output'];
};

/** An import running in the background (`startImport`); one runs at a time. */
export type ImportJob = {
  __typename?: 'ImportJob';
  /** Bytes of the files read so far. */
  bytesRead: Scalars['Float']['output'];
  /** The case it writes to. */
  case: Scalars['ID']['output'];
  /** When it was started (ISO 8601). */
  createdAt: Scalars['String']['output'];
  /** True when it reports without writing. */
  dryRun: Scalars['Boolean']['output'];
  /** When it ended (ISO 8601); null while it runs. */
  endedAt?: Maybe<Scalars['String']['output']>;
  /** Why it failed. */
  error?: Maybe<ImportJobError>;
  /** The files' names, in the order read. */
  files: Array<Scalars['String']['output']>;
  /** The format, as given or (once done) detected. */
  format?: Maybe<GraphFormat>;
  /** Its id, for `importJob` and `cancelImport`. */
  id: Scalars['ID']['output'];
  /** What it is doing while it runs; null otherwise. */
  phase?: Maybe<ImportPhase>;
  /** Records (sources, entities, relations) read so far. */
  records: Scalars['Int']['output'];
  /** What it changed, once it has succeeded. */
  report?: Maybe<ImportReport>;
  /** Who started it. */
  startedBy: Scalars['String']['output'];
  state: ImportJobState;
  /** Bytes of all the files. */
  totalBytes: Scalars['Float']['output'];
};

/** Why an import job failed, located in its file when the file was at fault. */
export type ImportJobError = {
  __typename?: 'ImportJobError';
  /** The line, element or record, e.g. `line 12`. */
  at?: Maybe<Scalars['String']['output']>;
  /** `BAD_USER_INPUT` for a malformed file, `CONFLICT`, `STORE_UNAVAILABLE` or `INTERNAL_SERVER_ERROR`. */
  code: Scalars['String']['output'];
  /** The field at fault. */
  field?: Maybe<Scalars['String']['output']>;
  /** The file at fault. */
  file?: Maybe<Scalars['String']['output']>;
  /** What is wrong, with the file, line or element and field. */
  message: Scalars['String']['output'];
};

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

/** An attribute of an imported file and the field of the imported records it gave. */
export type ImportMapping = {
  __typename?: 'ImportMapping';
  /** The attribute as the file names it: `station_name`, `interaction`, `viz:color`, `position.x`, a CSV header. */
  attribute: Scalars['String']['output'];
  /** How many records it gave that field. */
  count: Scalars['Int']['output'];
  /** The first value it gave, as text (at most 80 characters). */
  example?: Maybe<Scalars['String']['output']>;
  /** The field it gave: `name`, `type`, `aliases`, `description`, `date`, `from`, or a style hint such as `properties.vizX`. */
  field: Scalars['String']['output'];
  /** The file the attribute is in. */
  file: Scalars['String']['output'];
  /** `entity` or `relation`: which records it gave a field. */
  of: Scalars['String']['output'];
};

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

/**
 * One import into a case, as recorded when it committed: what was read and what it created and
 * changed. Every import is recorded (the CLI's, `importFile`, `startImport`, `importGraph`), a dry run
 * is not; `undoImport` takes one back.
 */
export type ImportRecord = {
  __typename?: 'ImportRecord';
  /** When it committed (ISO 8601, UTC). */
  at: Scalars['String']['output'];
  /** Who imported it. */
  by: Scalars['String']['output'];
  /** The case imported into. */
  case: Scalars['ID']['output'];
  entities: WriteCounts;
  /** The files' names; null for a graph sent as JSON (`importGraph`). */
  file?: Maybe<Scalars['String']['output']>;
  /** The format read; null for `importGraph`. */
  format?: Maybe<GraphFormat>;
  /** Its id, for `undoImport`, e.g. `import-20261204T101500Z-3f9a1c2e`. */
  id: Scalars['ID']['output'];
  relations: WriteCounts;
  sources: WriteCounts;
  /** When it was undone (ISO 8601, UTC); null while it stands. */
  undoneAt?: Maybe<Scalars['String']['output']>;
  /** Who undid it. */
  undoneBy?: Maybe<Scalars['String']['output']>;
  /**
   * True for a large load into an empty case through the command line: undoing it empties the case,
   * and it can be undone only while nothing else has been written to the case since.
   */
  wholeCase: Scalars['Boolean']['output'];
};

/** A page of a case's imports, newest first. */
export type ImportRecordConnection = {
  __typename?: 'ImportRecordConnection';
  /** The imports of this page. */
  edges: Array<ImportRecordEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
};

/** An import in a page. */
export type ImportRecordEdge = {
  __typename?: 'ImportRecordEdge';
  /** Pass as `after` to read the imports older than this one. */
  cursor: Scalars['String']['output'];
  /** The import. */
  node: ImportRecord;
};

/** What an import did, or would do in a dry run. */
export type ImportReport = {
  __typename?: 'ImportReport';
  /** True when nothing was written. */
  dryRun: Scalars['Boolean']['output'];
  /** Entities. */
  entities: WriteCounts;
  /** The format that was read (as given or detected); null for `importGraph`. */
  format?: Maybe<GraphFormat>;
  /** The import's record, for `undoImport`; null for a dry run. */
  importId?: Maybe<Scalars['ID']['output']>;
  /**
   * Which attribute of the file gave which field: the names, types, aliases, dates and style hints
   * the importer found (docs/formats.md, "Mapping rules"), so a wrong guess shows before the graph is
   * trusted. Null for `importGraph`, whose fields are named already.
   */
  mapping?: Maybe<Array<ImportMapping>>;
  /** Relations. */
  relations: WriteCounts;
  /** Sources. */
  sources: WriteCounts;
  /** Things worth knowing that did not stop the import. */
  warnings: Array<Scalars['String']['output']>;
};

/** What `undoImport` did, or why it did nothing. */
export type ImportUndo = {
  __typename?: 'ImportUndo';
  /** How many blockers there are in all. */
  blockerCount: Scalars['Int']['output'];
  /** What blocks it: records touched since the import, each with the reason (the first 100). */
  blockers: Array<UndoBlocker>;
  /** The import, as it is now. */
  import: ImportRecord;
  /** Records the import had created, now removed. */
  removed: KindCounts;
  /** Records the import had changed, now as they were before it. */
  restored: KindCounts;
  /** True when the import is undone; false when something blocks it and nothing was written. */
  undone: Scalars['Boolean']['output'];
};

/** Records of one kind, by kind. */
export type KindCounts = {
  __typename?: 'KindCounts';
  entities: Scalars['Int']['output'];
  relations: Scalars['Int']['output'];
  sources: Scalars['Int']['output'];
};

/** How the two matched. */
export type MatchHow =
  /**
   * Close spellings: at least 85% alike by edit distance (two letters swapped count as one slip), in
   * names of two words or more and 10 letters or more whose words start with the same letters.
   */
  | 'close'
  /** The same text (identifiers: the same characters). */
  | 'exact'
  /** The same once case, accents, punctuation and word order are set aside. */
  | 'normalised'
  /** The same once both are transliterated to Latin letters (Cyrillic, Hangul, Han, Arabic, ...). */
  | 'transliterated';

/** What matched: an identifier or a name. */
export type MatchKind =
  /** A shared identifier (FtM identifiers such as registrationNumber, innCode, passportNumber, wikidataId, imoNumber; UN reference numbers). */
  | 'identifier'
  /** A name or an alias. */
  | 'name';

/** One reason two entities seem to be one. */
export type MatchReason = {
  __typename?: 'MatchReason';
  /** The matching name or identifier on the entity asked about. */
  here: Scalars['String']['output'];
  /** `name`, `alias` or the identifier's property, on the entity asked about. */
  hereField: Scalars['String']['output'];
  how: MatchHow;
  kind: MatchKind;
  /** This reason's own score. */
  score: Scalars['Float']['output'];
  /** The reason as a sentence, e.g. `alias “Сергей Шойгу” and name “Sergei Shoigu”: the same once transliterated to Latin letters`. */
  text: Scalars['String']['output'];
  /** The matching name or identifier on the other entity. */
  there: Scalars['String']['output'];
  /** `name`, `alias` or the identifier's property, on the other entity. */
  thereField: Scalars['String']['output'];
};

/** What a merge did. */
export type MergeResult = {
  __typename?: 'MergeResult';
  /** The entity that stayed, as it is now. */
  entity: Entity;
  /** Relations between the two merged entities, which would have become self-loops. */
  relationsDropped: Scalars['Int']['output'];
  /** Relations folded into one it already had. */
  relationsMerged: Scalars['Int']['output'];
  /** Relations re-pointed to it. */
  relationsMoved: Scalars['Int']['output'];
};

/**
 * Changes to the graph. Each mutation is atomic: it writes everything or nothing. Each writes to the
 * case its `case` argument names; it may be left out while the store has one case only.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /** Stops a running import job; it ends as CANCELLED with nothing written. An ended job is returned as it is. */
  cancelImport: ImportJob;
  /** Creates an empty case; its id must be free. */
  createCase: Case;
  /** Makes an API token; the answer holds its secret, which cannot be read again. */
  createToken: CreatedToken;
  /**
   * Deletes a case with everything in it, atomically, and says what it removed. Refused for the last
   * case and while an import is running. Admins only.
   */
  deleteCase: CaseDeletion;
  /** Deletes an entity with its relations and their evidence. False when there was none. */
  deleteEntity: Scalars['Boolean']['output'];
  /** Deletes a relation and its evidence. False when there was none. */
  deleteRelation: Scalars['Boolean']['output'];
  /** Deletes a source that no evidence cites; a cited source is refused. */
  deleteSource: Scalars['Boolean']['output'];
  /**
   * Imports a file's content in any supported format, atomically (everything or nothing) and
   * idempotently (importing the same file twice changes nothing). With `dryRun` it reports what
   * would change and writes nothing: show that report before committing. A malformed file is
   * refused with an error (code `BAD_USER_INPUT`) whose message names the file, the line or
   * element and the field, and the store is left as it was.
   */
  importFile: ImportReport;
  /**
   * Imports a graph in the native JSON format (`{sources, entities, relations}`), atomically and
   * idempotently. With `dryRun` it reports what would change and writes nothing.
   */
  importGraph: ImportReport;
  /**
   * Merges `mergeId` into `keepId`: relations are re-pointed, duplicates folded together with
   * their evidence, names and aliases united; `mergeId` is deleted.
   */
  mergeEntities: MergeResult;
  /** Revokes a token by id or name: it stops working at once, and so do sessions opened with it. */
  revokeToken: ApiToken;
  /**
   * Starts importing uploaded files (multipart upload; CSV takes an entities file and a relations
   * file) as a background job, and returns it at once: follow it with `importJob`. The import is
   * atomic as `importFile` is. While it runs, other writes are refused with code `CONFLICT` and a
   * second import is refused naming the running job.
   */
  startImport: ImportJob;
  /**
   * Undoes an import: removes what it created and puts back what it changed, atomically, as long as
   * nothing has touched those records since. Otherwise nothing is written and `blockers` says what
   * stands in the way. An import is undone once.
   */
  undoImport: ImportUndo;
  /** Renames a case or changes its description. */
  updateCase: Case;
  /** Creates an entity, or replaces the one with the same id. */
  upsertEntity: Entity;
  /** Creates a relation, or replaces the one with the same id (also when it moves to other entities). */
  upsertRelation: Relation;
  /** Creates a source, or replaces the one with the same id. */
  upsertSource: Source;
};


/**
 * Changes to the graph. Each mutation is atomic: it writes everything or nothing. Each writes to the
 * case its `case` argument names; it may be left out while the store has one case only.
 */
export type MutationCancelImportArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Changes to the graph. Each mutation is atomic: it writes everything or nothing. Each writes to the
 * case its `case` argument names; it may be left out while the store has one case only.
 */
export type MutationCreateCaseArgs = {
  input: CaseInput;
};


/**
 * Changes to the graph. Each mutation is atomic: it writes everything or nothing. Each writes to the
 * case its `case` argument names; it may be left out while the store has one case only.
 */
export type MutationCreateTokenArgs = {
  name: Scalars['String']['input'];
  role: Role;
};


/**
 * Changes to the graph. Each mutation is atomic: it writes everything or nothing. Each writes to the
 * case its `case` argument names; it may be left out while the store has one case only.
 */
export type MutationDeleteCaseArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Changes to the graph. Each mutation is atomic: it writes everything or nothing. Each writes to the
 * case its `case` argument names; it may be left out while the store has one case only.
 */
export type MutationDeleteEntityArgs = {
  case?: InputMaybe<Scalars['ID']['input']>;
  id: Scalars['ID']['input'];
};


/**
 * Changes to the graph. Each mutation is atomic: it writes everything or nothing. Each writes to the
 * case its `case` argument names; it may be left out while the store has one case only.
 */
export type MutationDeleteRelationArgs = {
  case?: InputMaybe<Scalars['ID']['input']>;
  id: Scalars['ID']['input'];
};


/**
 * Changes to the graph. Each mutation is atomic: it writes everything or nothing. Each writes to the
 * case its `case` argument names; it may be left out while the store has one case only.
 */
export type MutationDeleteSourceArgs = {
  case?: InputMaybe<Scalars['ID']['input']>;
  id: Scalars['ID']['input'];
};


/**
 * Changes to the graph. Each mutation is atomic: it writes everything or nothing. Each writes to the
 * case its `case` argument names; it may be left out while the store has one case only.
 */
export type MutationImportFileArgs = {
  case?: InputMaybe<Scalars['ID']['input']>;
  content: Scalars['String']['input'];
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  fileName?: InputMaybe<Scalars['String']['input']>;
  format?: InputMaybe<GraphFormat>;
};


/**
 * Changes to the graph. Each mutation is atomic: it writes everything or nothing. Each writes to the
 * case its `case` argument names; it may be left out while the store has one case only.
 */
export type MutationImportGraphArgs = {
  case?: InputMaybe<Scalars['ID']['input']>;
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  graph: Scalars['JSON']['input'];
};


/**
 * Changes to the graph. Each mutation is atomic: it writes everything or nothing. Each writes to the
 * case its `case` argument names; it may be left out while the store has one case only.
 */
export type MutationMergeEntitiesArgs = {
  case?: InputMaybe<Scalars['ID']['input']>;
  keepId: Scalars['ID']['input'];
  mergeId: Scalars['ID']['input'];
};


/**
 * Changes to the graph. Each mutation is atomic: it writes everything or nothing. Each writes to the
 * case its `case` argument names; it may be left out while the store has one case only.
 */
export type MutationRevokeTokenArgs = {
  ref: Scalars['String']['input'];
};


/**
 * Changes to the graph. Each mutation is atomic: it writes everything or nothing. Each writes to the
 * case its `case` argument names; it may be left out while the store has one case only.
 */
export type MutationStartImportArgs = {
  case?: InputMaybe<Scalars['ID']['input']>;
  csvColumns?: InputMaybe<CsvColumnsInput>;
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  files: Array<Scalars['File']['input']>;
  format?: InputMaybe<GraphFormat>;
};


/**
 * Changes to the graph. Each mutation is atomic: it writes everything or nothing. Each writes to the
 * case its `case` argument names; it may be left out while the store has one case only.
 */
export type MutationUndoImportArgs = {
  case?: InputMaybe<Scalars['ID']['input']>;
  id: Scalars['ID']['input'];
};


/**
 * Changes to the graph. Each mutation is atomic: it writes everything or nothing. Each writes to the
 * case its `case` argument names; it may be left out while the store has one case only.
 */
export type MutationUpdateCaseArgs = {
  id: Scalars['ID']['input'];
  input: CaseUpdate;
};


/**
 * Changes to the graph. Each mutation is atomic: it writes everything or nothing. Each writes to the
 * case its `case` argument names; it may be left out while the store has one case only.
 */
export type MutationUpsertEntityArgs = {
  case?: InputMaybe<Scalars['ID']['input']>;
  input: EntityInput;
};


/**
 * Changes to the graph. Each mutation is atomic: it writes everything or nothing. Each writes to the
 * case its `case` argument names; it may be left out while the store has one case only.
 */
export type MutationUpsertRelationArgs = {
  case?: InputMaybe<Scalars['ID']['input']>;
  input: RelationInput;
};


/**
 * Changes to the graph. Each mutation is atomic: it writes everything or nothing. Each writes to the
 * case its `case` argument names; it may be left out while the store has one case only.
 */
export type MutationUpsertSourceArgs = {
  case?: InputMaybe<Scalars['ID']['input']>;
  input: SourceInput;
};

/** Where a page ends. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Pass as `after` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether another page follows. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** A chain of relations from one entity to another. */
export type Path = {
  __typename?: 'Path';
  /** The entities in order, from start to end. */
  entities: Array<Entity>;
  /** Number of relations. */
  length: Scalars['Int']['output'];
  /** The relations in order; relation i connects entity i and entity i+1. */
  relations: Array<Relation>;
};

/** Paths between two entities. */
export type PathList = {
  __typename?: 'PathList';
  /** The paths, shortest first. */
  paths: Array<Path>;
  /** True when more paths exist than were returned, or a fan-out cap was hit. */
  truncated: Scalars['Boolean']['output'];
};

/**
 * Redstring answers questions about cases: who is connected to whom, through what, and on whose
 * word. `cases` lists them; `case(id:)` holds the questions of one: start with `search`, then
 * `entity`, `neighborhood` and `shortestPath`; every relation carries the evidence that supports it.
 *
 * The questions at the top level are the same questions of the store's only case, for scripts
 * written before cases. Once the store holds several they are refused with code `CASE_REQUIRED`:
 * ask them under `case(id:)`.
 */
export type Query = {
  __typename?: 'Query';
  /**
   * The audit log: one record per write (mutations, imports, merges, deletes, token changes), newest
   * first, a page at a time. Admins only. Records are written by the transaction of the write they
   * record and nothing in the API changes or removes them.
   */
  auditLog: AuditConnection;
  /** One case. An unknown id is refused with code `CASE_NOT_FOUND`, naming it. */
  case: Case;
  /** Every case, oldest first. */
  cases: Array<Case>;
  /** Entities in id order, a page at a time. */
  entities: EntityConnection;
  /** One entity by its id, or null when there is none. */
  entity?: Maybe<Entity>;
  /**
   * The whole graph, or the given entities and the relations among them, as a file. The graph is
   * built in memory; for very large graphs use the `redstring export` command.
   */
  exportGraph: ExportedFile;
  /** Every format with what it can do. */
  graphFormats: Array<GraphFormatInfo>;
  /** Counts per entity and relation type and the span of dates: the shape of the case. */
  graphSummary: GraphSummary;
  /** An import job by id; null when unknown (finished jobs are kept for a while). */
  importJob?: Maybe<ImportJob>;
  /** The running import job and the last finished ones, newest first. */
  importJobs: Array<ImportJob>;
  /** Who is signed in, and their role. */
  me: Actor;
  /**
   * The entities within `depth` relations of the given ones and the relations among them. At most
   * `limit` entities; at most a fixed number of relations are followed from any one entity, so a
   * hub cannot flood the answer. `truncated` says whether anything was left out.
   */
  neighborhood: Subgraph;
  /** Every simple path (no entity twice) of at most `maxLength` relations, shortest first. */
  paths: PathList;
  /**
   * One relation by its id, or null. Give both of its ends when you know them (a canvas does): it is
   * then found through them, where an id alone means looking through every relation (seconds at
   * millions of relations). Ends that are not its own only cost that longer lookup.
   */
  relation?: Maybe<Relation>;
  /** Relations that pass the filter, in id order, a page at a time. */
  relations: RelationConnection;
  /**
   * The relations that connect the given entities to each other, as `subgraph` gives them, without
   * saying whether the cap of 10 per id on average left some out. At most 2000 ids.
   * @deprecated Use `subgraph`: the same relations, and it says whether the cap left some out.
   */
  relationsAmong: Array<Relation>;
  /**
   * Finds entities by name or alias: prefix and typo-tolerant, case- and accent-insensitive, in any
   * script. "shoig" and "Shoigo" find Sergei Shoigu; "DPRK" finds North Korea. Best match first.
   */
  search: Array<SearchHit>;
  /**
   * The shortest chain of relations between two entities, ignoring direction unless the filter
   * says otherwise. Null when there is none within `maxDepth`.
   */
  shortestPath?: Maybe<Path>;
  /** One source by id, with what it supports. */
  source?: Maybe<Source>;
  /** Every source, in id order. */
  sources: Array<Source>;
  /**
   * Entities by id with the relations that connect them to each other: what a canvas showing
   * exactly these entities should draw. Unknown ids are left out. At most 2000 ids, and at most 10
   * relations per id on average: `truncated` says when more connect them.
   */
  subgraph: Subgraph;
  /** Dated relations and dated entities (events) in time order, a page at a time. */
  timeline: TimelineConnection;
  /** Every API token, revoked ones too, oldest first. */
  tokens: Array<ApiToken>;
};


/**
 * Redstring answers questions about cases: who is connected to whom, through what, and on whose
 * word. `cases` lists them; `case(id:)` holds the questions of one: start with `search`, then
 * `entity`, `neighborhood` and `shortestPath`; every relation carries the evidence that supports it.
 *
 * The questions at the top level are the same questions of the store's only case, for scripts
 * written before cases. Once the store holds several they are refused with code `CASE_REQUIRED`:
 * ask them under `case(id:)`.
 */
export type QueryAuditLogArgs = {
  action?: InputMaybe<Scalars['String']['input']>;
  actor?: InputMaybe<Scalars['String']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  case?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  id?: InputMaybe<Scalars['String']['input']>;
  since?: InputMaybe<Scalars['String']['input']>;
  until?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Redstring answers questions about cases: who is connected to whom, through what, and on whose
 * word. `cases` lists them; `case(id:)` holds the questions of one: start with `search`, then
 * `entity`, `neighborhood` and `shortestPath`; every relation carries the evidence that supports it.
 *
 * The questions at the top level are the same questions of the store's only case, for scripts
 * written before cases. Once the store holds several they are refused with code `CASE_REQUIRED`:
 * ask them under `case(id:)`.
 */
export type QueryCaseArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Redstring answers questions about cases: who is connected to whom, through what, and on whose
 * word. `cases` lists them; `case(id:)` holds the questions of one: start with `search`, then
 * `entity`, `neighborhood` and `shortestPath`; every relation carries the evidence that supports it.
 *
 * The questions at the top level are the same questions of the store's only case, for scripts
 * written before cases. Once the store holds several they are refused with code `CASE_REQUIRED`:
 * ask them under `case(id:)`.
 */
export type QueryEntitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<Scalars['String']['input']>>;
};


/**
 * Redstring answers questions about cases: who is connected to whom, through what, and on whose
 * word. `cases` lists them; `case(id:)` holds the questions of one: start with `search`, then
 * `entity`, `neighborhood` and `shortestPath`; every relation carries the evidence that supports it.
 *
 * The questions at the top level are the same questions of the store's only case, for scripts
 * written before cases. Once the store holds several they are refused with code `CASE_REQUIRED`:
 * ask them under `case(id:)`.
 */
export type QueryEntityArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Redstring answers questions about cases: who is connected to whom, through what, and on whose
 * word. `cases` lists them; `case(id:)` holds the questions of one: start with `search`, then
 * `entity`, `neighborhood` and `shortestPath`; every relation carries the evidence that supports it.
 *
 * The questions at the top level are the same questions of the store's only case, for scripts
 * written before cases. Once the store holds several they are refused with code `CASE_REQUIRED`:
 * ask them under `case(id:)`.
 */
export type QueryExportGraphArgs = {
  format: GraphFormat;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
};


/**
 * Redstring answers questions about cases: who is connected to whom, through what, and on whose
 * word. `cases` lists them; `case(id:)` holds the questions of one: start with `search`, then
 * `entity`, `neighborhood` and `shortestPath`; every relation carries the evidence that supports it.
 *
 * The questions at the top level are the same questions of the store's only case, for scripts
 * written before cases. Once the store holds several they are refused with code `CASE_REQUIRED`:
 * ask them under `case(id:)`.
 */
export type QueryImportJobArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Redstring answers questions about cases: who is connected to whom, through what, and on whose
 * word. `cases` lists them; `case(id:)` holds the questions of one: start with `search`, then
 * `entity`, `neighborhood` and `shortestPath`; every relation carries the evidence that supports it.
 *
 * The questions at the top level are the same questions of the store's only case, for scripts
 * written before cases. Once the store holds several they are refused with code `CASE_REQUIRED`:
 * ask them under `case(id:)`.
 */
export type QueryNeighborhoodArgs = {
  depth?: InputMaybe<Scalars['Int']['input']>;
  filter?: InputMaybe<TraversalFilter>;
  ids: Array<Scalars['ID']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Redstring answers questions about cases: who is connected to whom, through what, and on whose
 * word. `cases` lists them; `case(id:)` holds the questions of one: start with `search`, then
 * `entity`, `neighborhood` and `shortestPath`; every relation carries the evidence that supports it.
 *
 * The questions at the top level are the same questions of the store's only case, for scripts
 * written before cases. Once the store holds several they are refused with code `CASE_REQUIRED`:
 * ask them under `case(id:)`.
 */
export type QueryPathsArgs = {
  filter?: InputMaybe<TraversalFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from: Scalars['ID']['input'];
  maxLength?: InputMaybe<Scalars['Int']['input']>;
  to: Scalars['ID']['input'];
};


/**
 * Redstring answers questions about cases: who is connected to whom, through what, and on whose
 * word. `cases` lists them; `case(id:)` holds the questions of one: start with `search`, then
 * `entity`, `neighborhood` and `shortestPath`; every relation carries the evidence that supports it.
 *
 * The questions at the top level are the same questions of the store's only case, for scripts
 * written before cases. Once the store holds several they are refused with code `CASE_REQUIRED`:
 * ask them under `case(id:)`.
 */
export type QueryRelationArgs = {
  from?: InputMaybe<Scalars['ID']['input']>;
  id: Scalars['ID']['input'];
  to?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * Redstring answers questions about cases: who is connected to whom, through what, and on whose
 * word. `cases` lists them; `case(id:)` holds the questions of one: start with `search`, then
 * `entity`, `neighborhood` and `shortestPath`; every relation carries the evidence that supports it.
 *
 * The questions at the top level are the same questions of the store's only case, for scripts
 * written before cases. Once the store holds several they are refused with code `CASE_REQUIRED`:
 * ask them under `case(id:)`.
 */
export type QueryRelationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TraversalFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Redstring answers questions about cases: who is connected to whom, through what, and on whose
 * word. `cases` lists them; `case(id:)` holds the questions of one: start with `search`, then
 * `entity`, `neighborhood` and `shortestPath`; every relation carries the evidence that supports it.
 *
 * The questions at the top level are the same questions of the store's only case, for scripts
 * written before cases. Once the store holds several they are refused with code `CASE_REQUIRED`:
 * ask them under `case(id:)`.
 */
export type QueryRelationsAmongArgs = {
  filter?: InputMaybe<TraversalFilter>;
  ids: Array<Scalars['ID']['input']>;
};


/**
 * Redstring answers questions about cases: who is connected to whom, through what, and on whose
 * word. `cases` lists them; `case(id:)` holds the questions of one: start with `search`, then
 * `entity`, `neighborhood` and `shortestPath`; every relation carries the evidence that supports it.
 *
 * The questions at the top level are the same questions of the store's only case, for scripts
 * written before cases. Once the store holds several they are refused with code `CASE_REQUIRED`:
 * ask them under `case(id:)`.
 */
export type QuerySearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  text: Scalars['String']['input'];
  types?: InputMaybe<Array<Scalars['String']['input']>>;
};


/**
 * Redstring answers questions about cases: who is connected to whom, through what, and on whose
 * word. `cases` lists them; `case(id:)` holds the questions of one: start with `search`, then
 * `entity`, `neighborhood` and `shortestPath`; every relation carries the evidence that supports it.
 *
 * The questions at the top level are the same questions of the store's only case, for scripts
 * written before cases. Once the store holds several they are refused with code `CASE_REQUIRED`:
 * ask them under `case(id:)`.
 */
export type QueryShortestPathArgs = {
  filter?: InputMaybe<TraversalFilter>;
  from: Scalars['ID']['input'];
  maxDepth?: InputMaybe<Scalars['Int']['input']>;
  to: Scalars['ID']['input'];
};


/**
 * Redstring answers questions about cases: who is connected to whom, through what, and on whose
 * word. `cases` lists them; `case(id:)` holds the questions of one: start with `search`, then
 * `entity`, `neighborhood` and `shortestPath`; every relation carries the evidence that supports it.
 *
 * The questions at the top level are the same questions of the store's only case, for scripts
 * written before cases. Once the store holds several they are refused with code `CASE_REQUIRED`:
 * ask them under `case(id:)`.
 */
export type QuerySourceArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Redstring answers questions about cases: who is connected to whom, through what, and on whose
 * word. `cases` lists them; `case(id:)` holds the questions of one: start with `search`, then
 * `entity`, `neighborhood` and `shortestPath`; every relation carries the evidence that supports it.
 *
 * The questions at the top level are the same questions of the store's only case, for scripts
 * written before cases. Once the store holds several they are refused with code `CASE_REQUIRED`:
 * ask them under `case(id:)`.
 */
export type QuerySubgraphArgs = {
  filter?: InputMaybe<TraversalFilter>;
  ids: Array<Scalars['ID']['input']>;
};


/**
 * Redstring answers questions about cases: who is connected to whom, through what, and on whose
 * word. `cases` lists them; `case(id:)` holds the questions of one: start with `search`, then
 * `entity`, `neighborhood` and `shortestPath`; every relation carries the evidence that supports it.
 *
 * The questions at the top level are the same questions of the store's only case, for scripts
 * written before cases. Once the store holds several they are refused with code `CASE_REQUIRED`:
 * ask them under `case(id:)`.
 */
export type QueryTimelineArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TraversalFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A fact connecting two entities, with when, how sure, and on whose word. */
export type Relation = {
  __typename?: 'Relation';
  /** When it happened, for a dated event. */
  date?: Maybe<Scalars['PartialDate']['output']>;
  /** When it ended, for a span. */
  endDate?: Maybe<Scalars['PartialDate']['output']>;
  /** The quotes that support it, each with its source. */
  evidence: Array<Evidence>;
  /** The entity the relation goes from. */
  from: Entity;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** Free-form properties (counts, roles, amounts) as a JSON object. */
  properties: Scalars['JSON']['output'];
  /** When it began, for a span. */
  startDate?: Maybe<Scalars['PartialDate']['output']>;
  /** How sure the sources are. */
  status?: Maybe<RelationStatus>;
  /** The entity the relation goes to. */
  to: Entity;
  /** UPPER_SNAKE type, e.g. `DEPLOYS_TO`, `MEMBER_OF`, `SANCTIONS`. */
  type: Scalars['String']['output'];
};

/** A page of relations. */
export type RelationConnection = {
  __typename?: 'RelationConnection';
  /** The relations of this page. */
  edges: Array<RelationEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many relations match in all. */
  totalCount: Scalars['Int']['output'];
};

/** A relation in a page. */
export type RelationEdge = {
  __typename?: 'RelationEdge';
  /** Pass as `after` to continue after this relation. */
  cursor: Scalars['String']['output'];
  /** The relation. */
  node: Relation;
};

/** A relation to write. */
export type RelationInput = {
  /** When it happened. */
  date?: InputMaybe<Scalars['PartialDate']['input']>;
  /** When it ended. */
  endDate?: InputMaybe<Scalars['PartialDate']['input']>;
  /** What supports it. */
  evidence?: InputMaybe<Array<EvidenceInput>>;
  /** Id of the entity it goes from. */
  from: Scalars['ID']['input'];
  /** Stable id. */
  id: Scalars['ID']['input'];
  /** Free-form properties. */
  properties?: InputMaybe<Scalars['JSON']['input']>;
  /** When it began. */
  startDate?: InputMaybe<Scalars['PartialDate']['input']>;
  /** How sure the sources are. */
  status?: InputMaybe<RelationStatus>;
  /** Id of the entity it goes to. */
  to: Scalars['ID']['input'];
  /** UPPER_SNAKE type. */
  type: Scalars['String']['input'];
};

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

/** How many relations of a type an entity has in one direction. */
export type RelationTypeCount = {
  __typename?: 'RelationTypeCount';
  /** How many. */
  count: Scalars['Int']['output'];
  /** OUT when the entity is the relation's `from`, IN when it is its `to`. */
  direction: Direction;
  /** The relation type. */
  type: Scalars['String']['output'];
};

/** What an API token allows; each role may do what the ones before it may. */
export type Role =
  /** Also manages tokens and deletes wholesale. */
  | 'admin'
  /** Also writes: upserts, deletes, merges and imports. */
  | 'editor'
  /** Reads the case. */
  | 'viewer';

/** A search result. */
export type SearchHit = {
  __typename?: 'SearchHit';
  /** The entity found. */
  entity: Entity;
  /** The alias that matched, when the name itself did not. */
  matchedAlias?: Maybe<Scalars['String']['output']>;
  /** Relevance: higher is better; only comparable within one search. */
  score: Scalars['Float']['output'];
};

/** A document that reports facts: an article, report, resolution or dataset. */
export type Source = {
  __typename?: 'Source';
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** What kind of document: article, report, resolution, dataset, ... */
  kind: Scalars['String']['output'];
  /** When it was published. */
  publishedAt?: Maybe<Scalars['PartialDate']['output']>;
  /** Who published it. */
  publisher?: Maybe<Scalars['String']['output']>;
  /** Every entity and relation this source is evidence for, with the quote. */
  supports: Array<Support>;
  /** Title of the document. */
  title: Scalars['String']['output'];
  /** Where to read it. */
  url?: Maybe<Scalars['String']['output']>;
};

/** A source to write. */
export type SourceInput = {
  /** Stable id. */
  id: Scalars['ID']['input'];
  /** Kind of document. */
  kind?: InputMaybe<Scalars['String']['input']>;
  /** Publication date. */
  publishedAt?: InputMaybe<Scalars['PartialDate']['input']>;
  /** Publisher. */
  publisher?: InputMaybe<Scalars['String']['input']>;
  /** Title. */
  title: Scalars['String']['input'];
  /** Link. */
  url?: InputMaybe<Scalars['String']['input']>;
};

/**
 * How the imported file drew an entity (docs/formats.md, "Style hints"): where it placed it, its
 * colour and its size, from the entity's `vizX`, `vizY`, `vizSize` and `vizColor` properties. A
 * canvas asks for these alone rather than every property.
 */
export type StyleHints = {
  __typename?: 'StyleHints';
  /** Its colour as the file gave it, as CSS text (e.g. `rgb(245,91,91)`). */
  color?: Maybe<Scalars['String']['output']>;
  /** Its size in the file's own units. */
  size?: Maybe<Scalars['Float']['output']>;
  /** Where the file placed it, across, in the file's own units; null unless `y` is known too. */
  x?: Maybe<Scalars['Float']['output']>;
  /** Where the file placed it, down, in the file's own units; null unless `x` is known too. */
  y?: Maybe<Scalars['Float']['output']>;
};

/** A part of the graph: entities and the relations among them. */
export type Subgraph = {
  __typename?: 'Subgraph';
  /** The entities. */
  entities: Array<Entity>;
  /** The relations. */
  relations: Array<Relation>;
  /** True when a limit or a fan-out cap left part of it out. */
  truncated: Scalars['Boolean']['output'];
};

/** One fact a source supports: an entity or a relation, with the quote. */
export type Support = {
  __typename?: 'Support';
  /** The entity supported, if the evidence is about an entity. */
  entity?: Maybe<Entity>;
  /** Where in the source. */
  locator?: Maybe<Scalars['String']['output']>;
  /** The supporting words. */
  quote: Scalars['String']['output'];
  /** The relation supported, if the evidence is about a relation. */
  relation?: Maybe<Relation>;
};

/** A page of the timeline. */
export type TimelineConnection = {
  __typename?: 'TimelineConnection';
  /** Items in time order. */
  items: Array<TimelineItem>;
  /** Where this page ends. */
  pageInfo: PageInfo;
};

/** One dated thing: a relation or an entity (an event, a document). */
export type TimelineItem = {
  __typename?: 'TimelineItem';
  /** Its date as the source gives it (partial). */
  date: Scalars['PartialDate']['output'];
  /** The entity, when the item is an entity. */
  entity?: Maybe<Entity>;
  /** The relation, when the item is a relation. */
  relation?: Maybe<Relation>;
};

/** Which relations a traversal or list may use. Every field is optional. */
export type TraversalFilter = {
  /** OUT follows relations forward, IN backward, BOTH either way. */
  direction?: InputMaybe<Direction>;
  /** Only entities of these types (start and end of a path are exempt). */
  entityTypes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Start of the date window: relations that ended before it are left out. */
  from?: InputMaybe<Scalars['PartialDate']['input']>;
  /** Whether undated relations pass a date window. */
  includeUndated?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only relations of these types. */
  relationTypes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Only relations supported by one of these sources (ids). */
  sources?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only relations with one of these statuses. */
  statuses?: InputMaybe<Array<RelationStatus>>;
  /** End of the date window: relations that began after it are left out. */
  to?: InputMaybe<Scalars['PartialDate']['input']>;
};

/** How many of a type. */
export type TypeCount = {
  __typename?: 'TypeCount';
  /** How many. */
  count: Scalars['Int']['output'];
  /** The type. */
  type: Scalars['String']['output'];
};

/** What stops an import from being undone: a record touched since, or a later write. */
export type UndoBlocker = {
  __typename?: 'UndoBlocker';
  /** The record's id, or the write's audit number. */
  id: Scalars['ID']['output'];
  /** `source`, `entity`, `relation`, or `write` (a later write to the case, by its audit number). */
  kind: Scalars['String']['output'];
  /** What happened to it, e.g. `changed since this import created it`. */
  reason: Scalars['String']['output'];
};

/** Records created, updated, left as they were, and deleted. */
export type WriteCounts = {
  __typename?: 'WriteCounts';
  /** New records. */
  created: Scalars['Int']['output'];
  /** Records removed. */
  deleted: Scalars['Int']['output'];
  /** Records already as in the file. */
  unchanged: Scalars['Int']['output'];
  /** Records that changed. */
  updated: Scalars['Int']['output'];
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Actor: ResolverTypeWrapper<ActorModel>;
  ApiToken: ResolverTypeWrapper<ApiTokenModel>;
  AuditActor: ResolverTypeWrapper<AuditActor>;
  AuditConnection: ResolverTypeWrapper<Omit<AuditConnection, 'edges'> & { edges: Array<ResolversTypes['AuditEdge']> }>;
  AuditEdge: ResolverTypeWrapper<Omit<AuditEdge, 'node'> & { node: ResolversTypes['AuditRecord'] }>;
  AuditRecord: ResolverTypeWrapper<AuditRecordModel>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Case: ResolverTypeWrapper<CaseParentModel>;
  CaseCounts: ResolverTypeWrapper<CaseCounts>;
  CaseDeletion: ResolverTypeWrapper<CaseDeletionModel>;
  CaseInput: CaseInput;
  CaseMatch: ResolverTypeWrapper<CaseMatchModel>;
  CaseMatchConnection: ResolverTypeWrapper<MatchesPageModel>;
  CaseMatchEdge: ResolverTypeWrapper<EntityMatchesModel>;
  CaseUpdate: CaseUpdate;
  CreatedToken: ResolverTypeWrapper<Omit<CreatedToken, 'token'> & { token: ResolversTypes['ApiToken'] }>;
  CsvColumnsInput: CsvColumnsInput;
  Direction: Direction;
  Entity: ResolverTypeWrapper<EntityParentModel>;
  EntityConnection: ResolverTypeWrapper<Omit<EntityConnection, 'edges'> & { edges: Array<ResolversTypes['EntityEdge']> }>;
  EntityEdge: ResolverTypeWrapper<Omit<EntityEdge, 'node'> & { node: ResolversTypes['Entity'] }>;
  EntityInput: EntityInput;
  Evidence: ResolverTypeWrapper<EvidenceRefModel>;
  EvidenceInput: EvidenceInput;
  ExportedFile: ResolverTypeWrapper<ExportedFile>;
  ExportedFilePart: ResolverTypeWrapper<ExportedFilePart>;
  File: ResolverTypeWrapper<Scalars['File']['output']>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  GraphFormat: null;
  GraphFormatInfo: ResolverTypeWrapper<GraphFormatInfo>;
  GraphSummary: ResolverTypeWrapper<GraphSummary>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ImportJob: ResolverTypeWrapper<ImportJobModel>;
  ImportJobError: ResolverTypeWrapper<ImportJobError>;
  ImportJobState: ImportJobState;
  ImportMapping: ResolverTypeWrapper<ImportMapping>;
  ImportPhase: ImportPhase;
  ImportRecord: ResolverTypeWrapper<ImportRecordModel>;
  ImportRecordConnection: ResolverTypeWrapper<Omit<ImportRecordConnection, 'edges'> & { edges: Array<ResolversTypes['ImportRecordEdge']> }>;
  ImportRecordEdge: ResolverTypeWrapper<Omit<ImportRecordEdge, 'node'> & { node: ResolversTypes['ImportRecord'] }>;
  ImportReport: ResolverTypeWrapper<ImportReport>;
  ImportUndo: ResolverTypeWrapper<UndoOutcomeModel>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  KindCounts: ResolverTypeWrapper<KindCounts>;
  MatchHow: null;
  MatchKind: null;
  MatchReason: ResolverTypeWrapper<MatchReasonModel>;
  MergeResult: ResolverTypeWrapper<Omit<MergeResult, 'entity'> & { entity: ResolversTypes['Entity'] }>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PartialDate: ResolverTypeWrapper<Scalars['PartialDate']['output']>;
  Path: ResolverTypeWrapper<PathModel>;
  PathList: ResolverTypeWrapper<Omit<PathList, 'paths'> & { paths: Array<ResolversTypes['Path']> }>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Relation: ResolverTypeWrapper<RelationModel>;
  RelationConnection: ResolverTypeWrapper<Omit<RelationConnection, 'edges'> & { edges: Array<ResolversTypes['RelationEdge']> }>;
  RelationEdge: ResolverTypeWrapper<Omit<RelationEdge, 'node'> & { node: ResolversTypes['Relation'] }>;
  RelationInput: RelationInput;
  RelationStatus: RelationStatus;
  RelationTypeCount: ResolverTypeWrapper<RelationTypeCount>;
  Role: null;
  SearchHit: ResolverTypeWrapper<SearchHitModel>;
  Source: ResolverTypeWrapper<SourceParentModel>;
  SourceInput: SourceInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  StyleHints: ResolverTypeWrapper<StyleHints>;
  Subgraph: ResolverTypeWrapper<SubgraphParentModel>;
  Support: ResolverTypeWrapper<SourceSupportModel>;
  TimelineConnection: ResolverTypeWrapper<Omit<TimelineConnection, 'items'> & { items: Array<ResolversTypes['TimelineItem']> }>;
  TimelineItem: ResolverTypeWrapper<TimelineItemModel>;
  TraversalFilter: TraversalFilter;
  TypeCount: ResolverTypeWrapper<TypeCount>;
  UndoBlocker: ResolverTypeWrapper<UndoBlocker>;
  WriteCounts: ResolverTypeWrapper<WriteCounts>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Actor: ActorModel;
  ApiToken: ApiTokenModel;
  AuditActor: AuditActor;
  AuditConnection: Omit<AuditConnection, 'edges'> & { edges: Array<ResolversParentTypes['AuditEdge']> };
  AuditEdge: Omit<AuditEdge, 'node'> & { node: ResolversParentTypes['AuditRecord'] };
  AuditRecord: AuditRecordModel;
  Boolean: Scalars['Boolean']['output'];
  Case: CaseParentModel;
  CaseCounts: CaseCounts;
  CaseDeletion: CaseDeletionModel;
  CaseInput: CaseInput;
  CaseMatch: CaseMatchModel;
  CaseMatchConnection: MatchesPageModel;
  CaseMatchEdge: EntityMatchesModel;
  CaseUpdate: CaseUpdate;
  CreatedToken: Omit<CreatedToken, 'token'> & { token: ResolversParentTypes['ApiToken'] };
  CsvColumnsInput: CsvColumnsInput;
  Entity: EntityParentModel;
  EntityConnection: Omit<EntityConnection, 'edges'> & { edges: Array<ResolversParentTypes['EntityEdge']> };
  EntityEdge: Omit<EntityEdge, 'node'> & { node: ResolversParentTypes['Entity'] };
  EntityInput: EntityInput;
  Evidence: EvidenceRefModel;
  EvidenceInput: EvidenceInput;
  ExportedFile: ExportedFile;
  ExportedFilePart: ExportedFilePart;
  File: Scalars['File']['output'];
  Float: Scalars['Float']['output'];
  GraphFormatInfo: GraphFormatInfo;
  GraphSummary: GraphSummary;
  ID: Scalars['ID']['output'];
  ImportJob: ImportJobModel;
  ImportJobError: ImportJobError;
  ImportMapping: ImportMapping;
  ImportRecord: ImportRecordModel;
  ImportRecordConnection: Omit<ImportRecordConnection, 'edges'> & { edges: Array<ResolversParentTypes['ImportRecordEdge']> };
  ImportRecordEdge: Omit<ImportRecordEdge, 'node'> & { node: ResolversParentTypes['ImportRecord'] };
  ImportReport: ImportReport;
  ImportUndo: UndoOutcomeModel;
  Int: Scalars['Int']['output'];
  JSON: Scalars['JSON']['output'];
  KindCounts: KindCounts;
  MatchReason: MatchReasonModel;
  MergeResult: Omit<MergeResult, 'entity'> & { entity: ResolversParentTypes['Entity'] };
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  PartialDate: Scalars['PartialDate']['output'];
  Path: PathModel;
  PathList: Omit<PathList, 'paths'> & { paths: Array<ResolversParentTypes['Path']> };
  Query: Record<PropertyKey, never>;
  Relation: RelationModel;
  RelationConnection: Omit<RelationConnection, 'edges'> & { edges: Array<ResolversParentTypes['RelationEdge']> };
  RelationEdge: Omit<RelationEdge, 'node'> & { node: ResolversParentTypes['Relation'] };
  RelationInput: RelationInput;
  RelationTypeCount: RelationTypeCount;
  SearchHit: SearchHitModel;
  Source: SourceParentModel;
  SourceInput: SourceInput;
  String: Scalars['String']['output'];
  StyleHints: StyleHints;
  Subgraph: SubgraphParentModel;
  Support: SourceSupportModel;
  TimelineConnection: Omit<TimelineConnection, 'items'> & { items: Array<ResolversParentTypes['TimelineItem']> };
  TimelineItem: TimelineItemModel;
  TraversalFilter: TraversalFilter;
  TypeCount: TypeCount;
  UndoBlocker: UndoBlocker;
  WriteCounts: WriteCounts;
};

export type ListSizeDirectiveArgs = {
  assumedSize?: Maybe<Scalars['Int']['input']>;
  sizedByParent?: Maybe<Scalars['Boolean']['input']>;
  slicingArguments?: Maybe<Array<Scalars['String']['input']>>;
};

export type ListSizeDirectiveResolver<Result, Parent, ContextType = Context, Args = ListSizeDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type RequiresDirectiveArgs = {
  role: Role;
};

export type RequiresDirectiveResolver<Result, Parent, ContextType = Context, Args = RequiresDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ActorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Actor'] = ResolversParentTypes['Actor']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
};

export type ApiTokenResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ApiToken'] = ResolversParentTypes['ApiToken']> = {
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastUsedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
};

export type AuditActorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditActor'] = ResolversParentTypes['AuditActor']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tokenId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AuditConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditConnection'] = ResolversParentTypes['AuditConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AuditEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type AuditEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditEdge'] = ResolversParentTypes['AuditEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditRecord'], ParentType, ContextType>;
};

export type AuditRecordResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditRecord'] = ResolversParentTypes['AuditRecord']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['AuditActor'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  case?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  detail?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  idCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ids?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  idsOmitted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  seq?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CaseResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Case'] = ResolversParentTypes['Case']> = {
  counts?: Resolver<ResolversTypes['CaseCounts'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  entities?: Resolver<ResolversTypes['EntityConnection'], ParentType, ContextType, RequireFields<CaseEntitiesArgs, 'first'>>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<CaseEntityArgs, 'id'>>;
  exportGraph?: Resolver<ResolversTypes['ExportedFile'], ParentType, ContextType, RequireFields<CaseExportGraphArgs, 'format'>>;
  formats?: Resolver<Array<ResolversTypes['GraphFormatInfo']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  import?: Resolver<Maybe<ResolversTypes['ImportRecord']>, ParentType, ContextType, RequireFields<CaseImportArgs, 'id'>>;
  imports?: Resolver<ResolversTypes['ImportRecordConnection'], ParentType, ContextType, RequireFields<CaseImportsArgs, 'first'>>;
  matchesIn?: Resolver<ResolversTypes['CaseMatchConnection'], ParentType, ContextType, RequireFields<CaseMatchesInArgs, 'case' | 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  neighborhood?: Resolver<ResolversTypes['Subgraph'], ParentType, ContextType, RequireFields<CaseNeighborhoodArgs, 'depth' | 'ids' | 'limit'>>;
  paths?: Resolver<ResolversTypes['PathList'], ParentType, ContextType, RequireFields<CasePathsArgs, 'first' | 'from' | 'maxLength' | 'to'>>;
  relation?: Resolver<Maybe<ResolversTypes['Relation']>, ParentType, ContextType, RequireFields<CaseRelationArgs, 'id'>>;
  relations?: Resolver<ResolversTypes['RelationConnection'], ParentType, ContextType, RequireFields<CaseRelationsArgs, 'first'>>;
  search?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType, RequireFields<CaseSearchArgs, 'first' | 'text'>>;
  shortestPath?: Resolver<Maybe<ResolversTypes['Path']>, ParentType, ContextType, RequireFields<CaseShortestPathArgs, 'from' | 'maxDepth' | 'to'>>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType, RequireFields<CaseSourceArgs, 'id'>>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  subgraph?: Resolver<ResolversTypes['Subgraph'], ParentType, ContextType, RequireFields<CaseSubgraphArgs, 'ids'>>;
  summary?: Resolver<ResolversTypes['GraphSummary'], ParentType, ContextType>;
  timeline?: Resolver<ResolversTypes['TimelineConnection'], ParentType, ContextType, RequireFields<CaseTimelineArgs, 'first'>>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CaseCountsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CaseCounts'] = ResolversParentTypes['CaseCounts']> = {
  entities?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sources?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CaseDeletionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CaseDeletion'] = ResolversParentTypes['CaseDeletion']> = {
  entities?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  relations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sources?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CaseMatchResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CaseMatch'] = ResolversParentTypes['CaseMatch']> = {
  case?: Resolver<ResolversTypes['Case'], ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['MatchReason']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type CaseMatchConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CaseMatchConnection'] = ResolversParentTypes['CaseMatchConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CaseMatchEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CaseMatchEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CaseMatchEdge'] = ResolversParentTypes['CaseMatchEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  matches?: Resolver<Array<ResolversTypes['CaseMatch']>, ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
};

export type CreatedTokenResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreatedToken'] = ResolversParentTypes['CreatedToken']> = {
  secret?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  token?: Resolver<ResolversTypes['ApiToken'], ParentType, ContextType>;
};

export type EntityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Entity'] = ResolversParentTypes['Entity']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  alsoAppearsIn?: Resolver<Array<ResolversTypes['CaseMatch']>, ParentType, ContextType, RequireFields<EntityAlsoAppearsInArgs, 'first'>>;
  degree?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  neighbors?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<EntityNeighborsArgs, 'first'>>;
  properties?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  relationCounts?: Resolver<Array<ResolversTypes['RelationTypeCount']>, ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType, RequireFields<EntityRelationsArgs, 'first'>>;
  style?: Resolver<Maybe<ResolversTypes['StyleHints']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type EntityConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EntityConnection'] = ResolversParentTypes['EntityConnection']> = {
  edges?: Resolver<Array<ResolversTypes['EntityEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EntityEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EntityEdge'] = ResolversParentTypes['EntityEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
};

export type EvidenceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Evidence'] = ResolversParentTypes['Evidence']> = {
  locator?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
};

export type ExportedFileResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ExportedFile'] = ResolversParentTypes['ExportedFile']> = {
  files?: Resolver<Array<ResolversTypes['ExportedFilePart']>, ParentType, ContextType>;
  format?: Resolver<ResolversTypes['GraphFormat'], ParentType, ContextType>;
};

export type ExportedFilePartResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ExportedFilePart'] = ResolversParentTypes['ExportedFilePart']> = {
  content?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fileName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mediaType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export interface FileScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['File'], any> {
  name: 'File';
}

export type GraphFormatResolvers = { CSV: 'csv', CYPHER: 'cypher', CYTOSCAPE: 'cytoscape', FTM: 'ftm', GEXF: 'gexf', GRAPHML: 'graphml', JSON: 'json', UN_SANCTIONS: 'un-sanctions' };

export type GraphFormatInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GraphFormatInfo'] = ResolversParentTypes['GraphFormatInfo']> = {
  canExport?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  canImport?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  extensions?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  format?: Resolver<ResolversTypes['GraphFormat'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type GraphSummaryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GraphSummary'] = ResolversParentTypes['GraphSummary']> = {
  earliest?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  entityCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  entityTypes?: Resolver<Array<ResolversTypes['TypeCount']>, ParentType, ContextType>;
  latest?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  relationCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relationTypes?: Resolver<Array<ResolversTypes['TypeCount']>, ParentType, ContextType>;
  sourceCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ImportJobResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportJob'] = ResolversParentTypes['ImportJob']> = {
  bytesRead?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  case?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dryRun?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  endedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['ImportJobError']>, ParentType, ContextType>;
  files?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  format?: Resolver<Maybe<ResolversTypes['GraphFormat']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  phase?: Resolver<Maybe<ResolversTypes['ImportPhase']>, ParentType, ContextType>;
  records?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  report?: Resolver<Maybe<ResolversTypes['ImportReport']>, ParentType, ContextType>;
  startedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['ImportJobState'], ParentType, ContextType>;
  totalBytes?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type ImportJobErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportJobError'] = ResolversParentTypes['ImportJobError']> = {
  at?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  file?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ImportMappingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportMapping'] = ResolversParentTypes['ImportMapping']> = {
  attribute?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  example?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  file?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  of?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ImportRecordResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportRecord'] = ResolversParentTypes['ImportRecord']> = {
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  case?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  entities?: Resolver<ResolversTypes['WriteCounts'], ParentType, ContextType>;
  file?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  format?: Resolver<Maybe<ResolversTypes['GraphFormat']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  relations?: Resolver<ResolversTypes['WriteCounts'], ParentType, ContextType>;
  sources?: Resolver<ResolversTypes['WriteCounts'], ParentType, ContextType>;
  undoneAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  undoneBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  wholeCase?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ImportRecordConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportRecordConnection'] = ResolversParentTypes['ImportRecordConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ImportRecordEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ImportRecordEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportRecordEdge'] = ResolversParentTypes['ImportRecordEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ImportRecord'], ParentType, ContextType>;
};

export type ImportReportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportReport'] = ResolversParentTypes['ImportReport']> = {
  dryRun?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  entities?: Resolver<ResolversTypes['WriteCounts'], ParentType, ContextType>;
  format?: Resolver<Maybe<ResolversTypes['GraphFormat']>, ParentType, ContextType>;
  importId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  mapping?: Resolver<Maybe<Array<ResolversTypes['ImportMapping']>>, ParentType, ContextType>;
  relations?: Resolver<ResolversTypes['WriteCounts'], ParentType, ContextType>;
  sources?: Resolver<ResolversTypes['WriteCounts'], ParentType, ContextType>;
  warnings?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ImportUndoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportUndo'] = ResolversParentTypes['ImportUndo']> = {
  blockerCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  blockers?: Resolver<Array<ResolversTypes['UndoBlocker']>, ParentType, ContextType>;
  import?: Resolver<ResolversTypes['ImportRecord'], ParentType, ContextType>;
  removed?: Resolver<ResolversTypes['KindCounts'], ParentType, ContextType>;
  restored?: Resolver<ResolversTypes['KindCounts'], ParentType, ContextType>;
  undone?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type KindCountsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['KindCounts'] = ResolversParentTypes['KindCounts']> = {
  entities?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sources?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MatchHowResolvers = { CLOSE: 'close', EXACT: 'exact', NORMALISED: 'normalised', TRANSLITERATED: 'transliterated' };

export type MatchKindResolvers = { IDENTIFIER: 'identifier', NAME: 'name' };

export type MatchReasonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MatchReason'] = ResolversParentTypes['MatchReason']> = {
  here?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hereField?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  how?: Resolver<ResolversTypes['MatchHow'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['MatchKind'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  there?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  thereField?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MergeResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MergeResult'] = ResolversParentTypes['MergeResult']> = {
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  relationsDropped?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relationsMerged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relationsMoved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  cancelImport?: Resolver<ResolversTypes['ImportJob'], ParentType, ContextType, RequireFields<MutationCancelImportArgs, 'id'>>;
  createCase?: Resolver<ResolversTypes['Case'], ParentType, ContextType, RequireFields<MutationCreateCaseArgs, 'input'>>;
  createToken?: Resolver<ResolversTypes['CreatedToken'], ParentType, ContextType, RequireFields<MutationCreateTokenArgs, 'name' | 'role'>>;
  deleteCase?: Resolver<ResolversTypes['CaseDeletion'], ParentType, ContextType, RequireFields<MutationDeleteCaseArgs, 'id'>>;
  deleteEntity?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteEntityArgs, 'id'>>;
  deleteRelation?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteRelationArgs, 'id'>>;
  deleteSource?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteSourceArgs, 'id'>>;
  importFile?: Resolver<ResolversTypes['ImportReport'], ParentType, ContextType, RequireFields<MutationImportFileArgs, 'content' | 'dryRun'>>;
  importGraph?: Resolver<ResolversTypes['ImportReport'], ParentType, ContextType, RequireFields<MutationImportGraphArgs, 'dryRun' | 'graph'>>;
  mergeEntities?: Resolver<ResolversTypes['MergeResult'], ParentType, ContextType, RequireFields<MutationMergeEntitiesArgs, 'keepId' | 'mergeId'>>;
  revokeToken?: Resolver<ResolversTypes['ApiToken'], ParentType, ContextType, RequireFields<MutationRevokeTokenArgs, 'ref'>>;
  startImport?: Resolver<ResolversTypes['ImportJob'], ParentType, ContextType, RequireFields<MutationStartImportArgs, 'dryRun' | 'files'>>;
  undoImport?: Resolver<ResolversTypes['ImportUndo'], ParentType, ContextType, RequireFields<MutationUndoImportArgs, 'id'>>;
  updateCase?: Resolver<ResolversTypes['Case'], ParentType, ContextType, RequireFields<MutationUpdateCaseArgs, 'id' | 'input'>>;
  upsertEntity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType, RequireFields<MutationUpsertEntityArgs, 'input'>>;
  upsertRelation?: Resolver<ResolversTypes['Relation'], ParentType, ContextType, RequireFields<MutationUpsertRelationArgs, 'input'>>;
  upsertSource?: Resolver<ResolversTypes['Source'], ParentType, ContextType, RequireFields<MutationUpsertSourceArgs, 'input'>>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export interface PartialDateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['PartialDate'], any> {
  name: 'PartialDate';
}

export type PathResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Path'] = ResolversParentTypes['Path']> = {
  entities?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType>;
};

export type PathListResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PathList'] = ResolversParentTypes['PathList']> = {
  paths?: Resolver<Array<ResolversTypes['Path']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  auditLog?: Resolver<ResolversTypes['AuditConnection'], ParentType, ContextType, RequireFields<QueryAuditLogArgs, 'first'>>;
  case?: Resolver<ResolversTypes['Case'], ParentType, ContextType, RequireFields<QueryCaseArgs, 'id'>>;
  cases?: Resolver<Array<ResolversTypes['Case']>, ParentType, ContextType>;
  entities?: Resolver<ResolversTypes['EntityConnection'], ParentType, ContextType, RequireFields<QueryEntitiesArgs, 'first'>>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<QueryEntityArgs, 'id'>>;
  exportGraph?: Resolver<ResolversTypes['ExportedFile'], ParentType, ContextType, RequireFields<QueryExportGraphArgs, 'format'>>;
  graphFormats?: Resolver<Array<ResolversTypes['GraphFormatInfo']>, ParentType, ContextType>;
  graphSummary?: Resolver<ResolversTypes['GraphSummary'], ParentType, ContextType>;
  importJob?: Resolver<Maybe<ResolversTypes['ImportJob']>, ParentType, ContextType, RequireFields<QueryImportJobArgs, 'id'>>;
  importJobs?: Resolver<Array<ResolversTypes['ImportJob']>, ParentType, ContextType>;
  me?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  neighborhood?: Resolver<ResolversTypes['Subgraph'], ParentType, ContextType, RequireFields<QueryNeighborhoodArgs, 'depth' | 'ids' | 'limit'>>;
  paths?: Resolver<ResolversTypes['PathList'], ParentType, ContextType, RequireFields<QueryPathsArgs, 'first' | 'from' | 'maxLength' | 'to'>>;
  relation?: Resolver<Maybe<ResolversTypes['Relation']>, ParentType, ContextType, RequireFields<QueryRelationArgs, 'id'>>;
  relations?: Resolver<ResolversTypes['RelationConnection'], ParentType, ContextType, RequireFields<QueryRelationsArgs, 'first'>>;
  relationsAmong?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType, RequireFields<QueryRelationsAmongArgs, 'ids'>>;
  search?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'text'>>;
  shortestPath?: Resolver<Maybe<ResolversTypes['Path']>, ParentType, ContextType, RequireFields<QueryShortestPathArgs, 'from' | 'maxDepth' | 'to'>>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType, RequireFields<QuerySourceArgs, 'id'>>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  subgraph?: Resolver<ResolversTypes['Subgraph'], ParentType, ContextType, RequireFields<QuerySubgraphArgs, 'ids'>>;
  timeline?: Resolver<ResolversTypes['TimelineConnection'], ParentType, ContextType, RequireFields<QueryTimelineArgs, 'first'>>;
  tokens?: Resolver<Array<ResolversTypes['ApiToken']>, ParentType, ContextType>;
};

export type RelationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Relation'] = ResolversParentTypes['Relation']> = {
  date?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  startDate?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['RelationStatus']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RelationConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RelationConnection'] = ResolversParentTypes['RelationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['RelationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RelationEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RelationEdge'] = ResolversParentTypes['RelationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Relation'], ParentType, ContextType>;
};

export type RelationTypeCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RelationTypeCount'] = ResolversParentTypes['RelationTypeCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  direction?: Resolver<ResolversTypes['Direction'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RoleResolvers = { ADMIN: 'admin', EDITOR: 'editor', VIEWER: 'viewer' };

export type SearchHitResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = {
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  matchedAlias?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type SourceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  publisher?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  supports?: Resolver<Array<ResolversTypes['Support']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type StyleHintsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StyleHints'] = ResolversParentTypes['StyleHints']> = {
  color?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  size?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  x?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  y?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type SubgraphResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Subgraph'] = ResolversParentTypes['Subgraph']> = {
  entities?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type SupportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Support'] = ResolversParentTypes['Support']> = {
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  locator?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relation?: Resolver<Maybe<ResolversTypes['Relation']>, ParentType, ContextType>;
};

export type TimelineConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TimelineConnection'] = ResolversParentTypes['TimelineConnection']> = {
  items?: Resolver<Array<ResolversTypes['TimelineItem']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type TimelineItemResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TimelineItem'] = ResolversParentTypes['TimelineItem']> = {
  date?: Resolver<ResolversTypes['PartialDate'], ParentType, ContextType>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  relation?: Resolver<Maybe<ResolversTypes['Relation']>, ParentType, ContextType>;
};

export type TypeCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TypeCount'] = ResolversParentTypes['TypeCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type UndoBlockerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UndoBlocker'] = ResolversParentTypes['UndoBlocker']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type WriteCountsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WriteCounts'] = ResolversParentTypes['WriteCounts']> = {
  created?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  deleted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  Actor?: ActorResolvers<ContextType>;
  ApiToken?: ApiTokenResolvers<ContextType>;
  AuditActor?: AuditActorResolvers<ContextType>;
  AuditConnection?: AuditConnectionResolvers<ContextType>;
  AuditEdge?: AuditEdgeResolvers<ContextType>;
  AuditRecord?: AuditRecordResolvers<ContextType>;
  Case?: CaseResolvers<ContextType>;
  CaseCounts?: CaseCountsResolvers<ContextType>;
  CaseDeletion?: CaseDeletionResolvers<ContextType>;
  CaseMatch?: CaseMatchResolvers<ContextType>;
  CaseMatchConnection?: CaseMatchConnectionResolvers<ContextType>;
  CaseMatchEdge?: CaseMatchEdgeResolvers<ContextType>;
  CreatedToken?: CreatedTokenResolvers<ContextType>;
  Entity?: EntityResolvers<ContextType>;
  EntityConnection?: EntityConnectionResolvers<ContextType>;
  EntityEdge?: EntityEdgeResolvers<ContextType>;
  Evidence?: EvidenceResolvers<ContextType>;
  ExportedFile?: ExportedFileResolvers<ContextType>;
  ExportedFilePart?: ExportedFilePartResolvers<ContextType>;
  File?: GraphQLScalarType;
  GraphFormat?: GraphFormatResolvers;
  GraphFormatInfo?: GraphFormatInfoResolvers<ContextType>;
  GraphSummary?: GraphSummaryResolvers<ContextType>;
  ImportJob?: ImportJobResolvers<ContextType>;
  ImportJobError?: ImportJobErrorResolvers<ContextType>;
  ImportMapping?: ImportMappingResolvers<ContextType>;
  ImportRecord?: ImportRecordResolvers<ContextType>;
  ImportRecordConnection?: ImportRecordConnectionResolvers<ContextType>;
  ImportRecordEdge?: ImportRecordEdgeResolvers<ContextType>;
  ImportReport?: ImportReportResolvers<ContextType>;
  ImportUndo?: ImportUndoResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  KindCounts?: KindCountsResolvers<ContextType>;
  MatchHow?: MatchHowResolvers;
  MatchKind?: MatchKindResolvers;
  MatchReason?: MatchReasonResolvers<ContextType>;
  MergeResult?: MergeResultResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PartialDate?: GraphQLScalarType;
  Path?: PathResolvers<ContextType>;
  PathList?: PathListResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Relation?: RelationResolvers<ContextType>;
  RelationConnection?: RelationConnectionResolvers<ContextType>;
  RelationEdge?: RelationEdgeResolvers<ContextType>;
  RelationTypeCount?: RelationTypeCountResolvers<ContextType>;
  Role?: RoleResolvers;
  SearchHit?: SearchHitResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  StyleHints?: StyleHintsResolvers<ContextType>;
  Subgraph?: SubgraphResolvers<ContextType>;
  Support?: SupportResolvers<ContextType>;
  TimelineConnection?: TimelineConnectionResolvers<ContextType>;
  TimelineItem?: TimelineItemResolvers<ContextType>;
  TypeCount?: TypeCountResolvers<ContextType>;
  UndoBlocker?: UndoBlockerResolvers<ContextType>;
  WriteCounts?: WriteCountsResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = Context> = {
  listSize?: ListSizeDirectiveResolver<any, any, ContextType>;
  requires?: RequiresDirectiveResolver<any, any, ContextType>;
};

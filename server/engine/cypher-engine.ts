/**
 * The port every graph engine implements: run a Cypher statement with parameters inside a read or
 * write transaction and hand back plain JS values. Nothing above it knows which engine runs the
 * query; nothing below it knows GraphQL.
 */
import type { Statement } from './statement.ts';
import type { DurabilityReport } from './commit-counter.ts';

/** A value a statement returns once the adapter has converted it: no driver or engine objects. */
export type PlainValue = null | boolean | number | string | PlainValue[] | { [key: string]: PlainValue };

export type Row = Record<string, PlainValue>;

/** Parameters are plain values too; `undefined` is not allowed so that a missing one is visible. */
export type Params = Record<string, PlainValue>;

/** One open transaction. Every statement run through it commits or rolls back together. */
export interface CypherTransaction {
  run(statement: Statement, params?: Params): Promise<Row[]>;
}

export interface EngineHealth {
  /** `up` when the engine answers a query, `down` when it does not. */
  status: 'up' | 'down';
  engine: 'embedded' | 'neo4j';
  /** Where the data lives: a folder for the embedded engine, a URI and database for Neo4j. */
  location: string;
  /** What failed and what to check, when `status` is `down`. */
  error?: string;
  details?: Record<string, PlainValue>;
  /**
   * Whether every write acknowledged before the last restart was found again (the embedded
   * engine's commit count, commit-counter.ts). Absent where the engine itself guarantees it.
   */
  durability?: DurabilityReport;
}

export interface CypherEngine {
  readonly kind: 'embedded' | 'neo4j';
  /** Runs `work` in a read transaction. The engine may retry it on transient errors. */
  read<T>(work: (tx: CypherTransaction) => Promise<T>): Promise<T>;
  /** Runs `work` in a write transaction: all its statements commit together or none does. */
  write<T>(work: (tx: CypherTransaction) => Promise<T>): Promise<T>;
  /**
   * Creates the constraints and indexes the store's statements rely on, idempotently. The
   * statements differ between engines (full-text indexes, constraint syntax), so each adapter
   * owns its list.
   */
  applySchema(): Promise<void>;
  health(): Promise<EngineHealth>;
  /** Flushes and releases everything; later calls fail. Safe to call twice. */
  close(): Promise<void>;
  /**
   * Optional: loading a large graph into an empty database faster than one transaction of Cypher
   * statements can (the embedded engine's batch API). The store uses it only for large imports
   * into an empty store and keeps them all-or-nothing; an engine without it imports through
   * `write`.
   */
  readonly bulkLoad?: BulkLoader;
  /**
   * Optional: walking relationships through the engine's own adjacency lists instead of a query
   * per hop. The store chooses its traversals by it once, when it opens: native ones when present
   * (the embedded engine), else Cypher ones (Neo4j runs `expand.cypher`).
   */
  readonly adjacency?: Adjacency;
  /**
   * True when every write to the graph goes through this process (the embedded engine, whose
   * files one process holds). Only then may the store keep values derived from the whole graph
   * (the summary, the timeline's order) until its own next write. Absent means false: a database
   * others may write (Neo4j) is asked each time.
   */
  readonly soleWriter?: boolean;
  /**
   * Optional: reads ahead, in the background, what the engine would otherwise load during the
   * first requests (the embedded engine loads its stored records on the first read of each part
   * of them). Resolves once done, or early when the engine closes; requests go on meanwhile.
   */
  warmUp?(): Promise<void>;
}

/** A property map as the store writes it: plain values, no nulls needed. */
export type Properties = Record<string, PlainValue>;

export interface BulkLoader {
  /**
   * True when case `caseId` holds no entity and no source (other cases, tokens and the audit log
   * may be there): the only state a load into it may start from. An unfinished load is cleared
   * back to it.
   */
  isEmpty(caseId: string): Promise<boolean>;
  /**
   * Starts a load into case `caseId` (the rows carry their `caseId`; the session needs it to undo
   * the load). Until `commit`, a crash or an `abort` leaves that case empty again (the adapter marks
   * the load as in progress and clears an unfinished one when it next opens); other cases are left
   * alone.
   */
  begin(caseId: string): Promise<BulkSession>;
}

export interface BulkSession {
  /**
   * Creates one node per row with `labels`. With `key`, remembers each row's `key` property so
   * that `createRelationships` can name the node by it.
   */
  createNodes(labels: string[], rows: Properties[], key?: string): Promise<void>;
  /** Creates relationships of `type` between nodes created with a key in this session. */
  createRelationships(type: string, rows: { from: string; to: string; props: Properties }[]): Promise<void>;
  /**
   * Runs `work` in a write transaction inside the load (the load holds the engine's writes, so
   * `CypherEngine.write` would wait for it): for records the batch API cannot express, such as
   * updates of records written earlier in the same load.
   */
  write<T>(work: (tx: CypherTransaction) => Promise<T>): Promise<T>;
  /**
   * Makes the load durable and final. `finish` runs in the transaction that does so: what it writes
   * (the load's audit record) exists exactly when the load is final.
   */
  commit(finish?: (tx: CypherTransaction) => Promise<unknown>): Promise<void>;
  /** Removes everything the load wrote. */
  abort(): Promise<void>;
}

/** One relationship seen from one of its ends, as engine handles (cheap to list, not yet read). */
export interface AdjacentEdge {
  /** The engine's handle of the relationship. */
  edge: number;
  /** The engine's handle of the node at the other end. */
  neighbor: number;
  /** True when the relationship points away from the node it was listed for. */
  outgoing: boolean;
}

/**
 * Direct access to the graph's topology, without a query per hop. Handles are valid until close.
 * Relationships never cross cases, so walking from a case's nodes stays in it; what starts from
 * ids or scans names its case (the store binds it once: server/store/case-engine.ts).
 */
export interface Adjacency {
  /**
   * Handles of the `Entity` nodes of case `caseId` with these ids (null for an unknown id), in the
   * order asked.
   */
  nodes(caseId: string, ids: readonly string[]): Promise<(number | null)[]>;
  /**
   * The relationships of a node, to other `Entity` nodes, in a stable order, optionally only of
   * some types and one direction.
   */
  edges(node: number, direction: 'OUT' | 'IN' | 'BOTH', types: readonly string[] | null): AdjacentEdge[];
  /**
   * How many relationships `edges(node, 'BOTH', null)` lists, without listing them: the degree every
   * entity on the explorer's canvas shows.
   */
  degree(node: number): number;
  /** Nodes, in the order asked (null for a node that no longer exists). */
  nodeRecords(nodes: readonly number[]): (StoredRecord | null)[];
  /** Type, endpoints and properties of relationships, in the order asked. */
  edgeRecords(
    edges: readonly number[],
  ): ({ type: string; from: number; to: number; props: StoredRecord } | null)[];
  /**
   * Calls `visit` for every relationship and every `Entity` node of case `caseId` with a `spanStart`, in no order,
   * with its handle and its `spanStart` and `spanEnd` as stored: what the store's timeline index is
   * built from (server/store/timeline/timeline-index.ts). One call per record, so that nothing holds them all as objects.
   */
  dated(caseId: string, visit: DatedVisitor): Promise<void>;
  /** Relationships of one case per type, the types that have any; what summary-relations.cypher counts. */
  relationTypes(caseId: string): Promise<{ type: string; count: number }[]>;
}

export type DatedVisitor = (
  kind: 'relation' | 'entity',
  handle: number,
  start: PlainValue,
  end: PlainValue,
) => void;

/**
 * The properties of one node or relationship as they were when it was read, converted on demand.
 * Converting a whole record (the evidence lists and their long quotes) costs about as much as
 * reading it, where a traversal's answer usually needs a few keys: one key alone costs a fraction
 * of that (docs/performance.md).
 */
export interface StoredRecord {
  /** One property; undefined when the record has none of that name. */
  get(key: string): PlainValue | undefined;
  /** Every property. */
  properties(): Properties;
}

/** Raised for a statement the engine refused, with the statement's name to find its file. */
export class EngineError extends Error {
  constructor(
    message: string,
    readonly statement: string,
    options?: { cause?: unknown },
  ) {
    super(`${statement}: ${message}`, options);
    this.name = 'EngineError';
  }
}

/**
 * The engine cannot be reached (down, refusing the credentials, no such database). Its message
 * says what failed and what to check, and never holds a secret, so the API passes it on.
 */
export class EngineUnavailableError extends Error {
  override name = 'EngineUnavailableError';
}

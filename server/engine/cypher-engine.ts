/**
 * The port every graph engine implements: run a Cypher statement with parameters inside a read or
 * write transaction and hand back plain JS values. Nothing above it knows which engine runs the
 * query; nothing below it knows GraphQL.
 */
import type { Statement } from '../store/statements.ts';

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

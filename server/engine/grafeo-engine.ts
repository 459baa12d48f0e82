/**
 * The embedded engine: Grafeo (`@grafeo-db/js`), one database file under the data folder, opened
 * in this process. It is the no-setup default: no server, no Docker.
 *
 * Durability: every commit goes to Grafeo's write-ahead log, so a committed write survives
 * `kill -9`. Checkpoints fold the log into the file; they run on a schedule, when the log grows,
 * and on close, which keeps reopening fast.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import grafeo from '@grafeo-db/js';
import type { GrafeoDB, GrafeoValue, Transaction } from '@grafeo-db/js';
import type { Statement } from '../store/statements.ts';
import {
  EngineError,
  type CypherEngine,
  type CypherTransaction,
  type EngineHealth,
  type Params,
  type PlainValue,
  type Row,
} from './cypher-engine.ts';

export interface GrafeoEngineOptions {
  /**
   * Folder of the database; created if missing. `null` keeps the database in memory (tests).
   * @default './data'
   */
  dataDir: string | null;
  /**
   * Checkpoint at least this often, in milliseconds.
   * @default 60000
   */
  checkpointIntervalMs?: number;
  /**
   * Checkpoint once the write-ahead log holds this many bytes.
   * @default 67108864 (64 MiB)
   */
  checkpointWalBytes?: number;
}

/** Name of the database file inside the data folder. */
export const DATABASE_FILE = 'redstring.grafeo';

/**
 * Constraints and indexes, in Grafeo's dialect. Unique ids make a second entity with an existing
 * id fail loudly rather than duplicate; the others serve the lookups of `cypher/queries`.
 */
const SCHEMA = [
  'CREATE CONSTRAINT entity_id_unique IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT source_id_unique IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE',
  'CREATE INDEX entity_id IF NOT EXISTS FOR (n:Entity) ON (n.id)',
  'CREATE INDEX entity_type IF NOT EXISTS FOR (n:Entity) ON (n.type)',
  'CREATE INDEX source_id IF NOT EXISTS FOR (n:Source) ON (n.id)',
  'CREATE INDEX evidence_subject IF NOT EXISTS FOR (n:Evidence) ON (n.subject)',
  'CREATE INDEX evidence_source IF NOT EXISTS FOR (n:Evidence) ON (n.source)',
];

/** Converts what Grafeo returns into plain JSON-like values (bigint past 2^53 becomes a string). */
export function toPlain(value: GrafeoValue | undefined): PlainValue {
  if (value === null || value === undefined) return null;
  switch (typeof value) {
    case 'boolean':
    case 'string':
      return value;
    case 'number':
      return Number.isFinite(value) ? value : String(value);
    case 'bigint':
      return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  }
  if (value instanceof Date) return value.toISOString();
  if (Buffer.isBuffer(value)) return value.toString('base64');
  if (value instanceof Float32Array) return Array.from(value);
  if (Array.isArray(value)) return value.map(toPlain);
  if ('termType' in value && typeof value.termType === 'string') return String(value.value);
  const out: Record<string, PlainValue> = {};
  for (const [key, inner] of Object.entries(value)) out[key] = toPlain(inner as GrafeoValue);
  return out;
}

export class GrafeoEngine implements CypherEngine {
  readonly kind = 'embedded' as const;
  readonly location: string;
  private db: GrafeoDB | null;
  /** Writes are serialised: one writer at a time avoids MVCC write conflicts between requests. */
  private writeQueue: Promise<unknown> = Promise.resolve();

  private constructor(db: GrafeoDB, location: string) {
    this.db = db;
    this.location = location;
  }

  static open(options: GrafeoEngineOptions): GrafeoEngine {
    if (options.dataDir === null) return new GrafeoEngine(grafeo.GrafeoDB.create(), ':memory:');
    const dir = resolve(options.dataDir);
    mkdirSync(dir, { recursive: true });
    const file = join(dir, DATABASE_FILE);
    const db = existsSync(file) ? grafeo.GrafeoDB.open(file) : grafeo.GrafeoDB.create(file);
    db.setCheckpointTriggers({
      intervalMs: options.checkpointIntervalMs ?? 60_000,
      walBytes: options.checkpointWalBytes ?? 64 * 1024 * 1024,
    });
    return new GrafeoEngine(db, file);
  }

  /** The database handle, for capabilities the port names explicitly (bulk loading). */
  handle(): GrafeoDB {
    if (!this.db) throw new Error('the embedded database is closed');
    return this.db;
  }

  async applySchema(): Promise<void> {
    const db = this.handle();
    for (const text of SCHEMA) await db.executeCypher(text);
  }

  read<T>(work: (tx: CypherTransaction) => Promise<T>): Promise<T> {
    return this.transact(work, 'snapshot');
  }

  write<T>(work: (tx: CypherTransaction) => Promise<T>): Promise<T> {
    const next = this.writeQueue.then(() => this.transact(work, 'serializable'));
    this.writeQueue = next.catch(() => undefined);
    return next;
  }

  private async transact<T>(work: (tx: CypherTransaction) => Promise<T>, isolation: string): Promise<T> {
    const tx = this.handle().beginTransaction(isolation);
    let pending: Promise<unknown> = Promise.resolve();
    const wrapped: CypherTransaction = {
      run: (statement, params) => {
        const result = run(tx, statement, params);
        pending = result.catch(() => undefined);
        return result;
      },
    };
    try {
      const value = await work(wrapped);
      await pending;
      tx.commit();
      return value;
    } catch (error) {
      // A statement may still be running if `work` threw without awaiting it; Grafeo refuses a
      // rollback while a query runs, so wait for it first.
      await pending;
      if (tx.isActive) tx.rollback();
      throw error;
    }
  }

  async health(): Promise<EngineHealth> {
    if (!this.db) return { status: 'down', engine: 'embedded', location: this.location, error: 'closed' };
    try {
      const status = this.db.checkpointStatus();
      return {
        status: 'up',
        engine: 'embedded',
        location: this.location,
        details: {
          version: this.db.version(),
          nodes: this.db.nodeCount(),
          edges: this.db.edgeCount(),
          lastCheckpoint: status.lastCheckpoint ?? null,
          checkpointFailures: status.failures,
        },
      };
    } catch (error) {
      return { status: 'down', engine: 'embedded', location: this.location, error: String(error) };
    }
  }

  async close(): Promise<void> {
    const db = this.db;
    if (!db) return;
    await this.writeQueue;
    this.db = null;
    if (this.location !== ':memory:') db.walCheckpoint();
    db.close();
  }
}

async function run(tx: Transaction, statement: Statement, params: Params = {}): Promise<Row[]> {
  try {
    const result = await tx.executeCypher(statement.text, params);
    return result.toArray().map((row) => {
      const out: Row = {};
      for (const [key, value] of Object.entries(row)) out[key] = toPlain(value);
      return out;
    });
  } catch (error) {
    throw new EngineError(error instanceof Error ? error.message : String(error), statement.name, {
      cause: error,
    });
  }
}

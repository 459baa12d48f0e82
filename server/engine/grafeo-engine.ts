/**
 * The embedded engine: Grafeo (`@grafeo-db/js`), one database file under the data folder, opened
 * in this process. It is the no-setup default: no server, no Docker.
 *
 * Durability: every commit goes to Grafeo's write-ahead log, so a committed write survives
 * `kill -9`. Checkpoints fold the log into the file; they run on a schedule, when the log grows,
 * and on close, which keeps reopening fast.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import grafeo from '@grafeo-db/js';
import type { GrafeoDB, GrafeoValue, JsEdge, JsNode, Transaction } from '@grafeo-db/js';
import { CommitCounter } from './commit-counter.ts';
import { CYPHER_DIR, readStatementFiles, splitCypherStatements } from './cypher-files.ts';
import { IDENTIFIER_PATTERN, withIdentifier, type Statement } from './statement.ts';
import {
  EngineError,
  EngineUnavailableError,
  type Adjacency,
  type AdjacentEdge,
  type BulkLoader,
  type BulkSession,
  type CypherEngine,
  type CypherTransaction,
  type DatedVisitor,
  type EngineHealth,
  type Params,
  type PlainValue,
  type Properties,
  type Row,
  type StoredRecord,
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
  /**
   * Most relationships the adjacency cache of hubs holds, all hubs together; the oldest lists go
   * first. A list per node, direction and type filter would otherwise grow with every new filter
   * until the next write.
   * @default 2000000 (about 110 MB)
   */
  hubCacheEdges?: number;
}

/** Name of the database file inside the data folder. */
export const DATABASE_FILE = 'redstring.grafeo';

/** Constraints and indexes, in Grafeo's dialect (cypher/schema/grafeo.cypher). */
const SCHEMA = splitCypherStatements(readFileSync(join(CYPHER_DIR, 'schema', 'grafeo.cypher'), 'utf8'));

/** The adapter's own statements on the storage layout (cypher/grafeo/), run outside the port. */
const OWN_STATEMENTS = readStatementFiles(join(CYPHER_DIR, 'grafeo'));

/** The adapter's statement in cypher/grafeo/`name`.cypher. */
function own(name: string): Statement {
  const statement = OWN_STATEMENTS.get(name);
  if (!statement) throw new Error(`cypher/grafeo/${name}.cypher is missing`);
  return statement;
}

/**
 * Label of the node that marks a bulk load in progress; an open that finds one clears the load
 * (cypher/grafeo/bulk-load-unfinished.cypher names it too).
 */
const BULK_MARKER = 'RedstringBulkLoad';

/** Rows per batch call: each is one Grafeo transaction, small enough to keep its memory flat. */
const BULK_BATCH = 20_000;

/** Adjacency lists at least this long are kept between requests (until the next write). */
const HUB_DEGREE = 512;
/** Records apart that `warmUp` reads: each part Grafeo loads at once holds tens of thousands. */
const WARM_STEP = 4_096;

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
  /** One process holds the database file (it is locked), so every write goes through it. */
  readonly soleWriter = true;
  readonly location: string;
  private db: GrafeoDB | null;
  /** Writes are serialised: one writer at a time avoids MVCC write conflicts between requests. */
  private writeQueue: Promise<unknown> = Promise.resolve();

  /**
   * Adjacency of high-degree nodes, so that a path search that crosses a hub lists its thousands
   * of relationships once, not per request. Every committed write clears it.
   */
  private readonly hubEdges = new Map<string, AdjacentEdge[]>();
  /** Relationships in `hubEdges`, all lists together. */
  private hubEdgeCount = 0;
  /** Degrees of the nodes with `HUB_DEGREE` relationships or more: counting a hub's list again is the cost. */
  private readonly hubDegrees = new Map<number, number>();
  private readonly checkpointTriggers: { intervalMs: number; walBytes: number } | null;

  private constructor(
    db: GrafeoDB,
    location: string,
    checkpointTriggers: { intervalMs: number; walBytes: number } | null,
    private readonly hubCacheEdges: number,
    /** The count of acknowledged commits; null in memory, where nothing survives anyway. */
    private readonly commits: CommitCounter | null = null,
  ) {
    this.db = db;
    this.location = location;
    this.checkpointTriggers = checkpointTriggers;
  }

  static open(options: GrafeoEngineOptions): GrafeoEngine {
    const hubCacheEdges = options.hubCacheEdges ?? 2_000_000;
    if (options.dataDir === null)
      return new GrafeoEngine(grafeo.GrafeoDB.create(), ':memory:', null, hubCacheEdges);
    const dir = resolve(options.dataDir);
    mkdirSync(dir, { recursive: true });
    const file = join(dir, DATABASE_FILE);
    let db: GrafeoDB;
    try {
      db = existsSync(file) ? grafeo.GrafeoDB.open(file) : grafeo.GrafeoDB.create(file);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      // One process at a time owns the file; the usual cause is a server already running on it.
      if (/cannot be locked/i.test(message))
        throw new EngineUnavailableError(
          `the embedded database ${file} is in use by another process (a running Redstring server?). ` +
            'Stop it, or import through the running server (the Import menu or the importFile mutation).',
          { cause: error },
        );
      throw new EngineUnavailableError(`cannot open the embedded database ${file}: ${message}`, {
        cause: error,
      });
    }
    const triggers = {
      intervalMs: options.checkpointIntervalMs ?? 60_000,
      walBytes: options.checkpointWalBytes ?? 64 * 1024 * 1024,
    };
    db.setCheckpointTriggers(triggers);
    let commits: CommitCounter;
    try {
      commits = CommitCounter.open(dir, db.currentEpoch());
    } catch (error) {
      db.close();
      throw new EngineUnavailableError(
        `cannot keep the commit count in ${dir}: ${error instanceof Error ? error.message : String(error)}`,
        { cause: error },
      );
    }
    return new GrafeoEngine(db, file, triggers, hubCacheEdges, commits);
  }

  /** The database handle, for capabilities the port names explicitly (bulk loading). */
  handle(): GrafeoDB {
    if (!this.db) throw new Error('the embedded database is closed');
    return this.db;
  }

  async applySchema(): Promise<void> {
    const db = this.handle();
    for (const text of SCHEMA) await db.executeCypher(text);
    // A bulk load that did not finish (a crash, a kill) started from an empty case: finishing its
    // all-or-nothing promise means emptying that case again.
    const unfinished = (await db.executeCypher(own('bulk-load-unfinished').text)).toArray();
    for (const { caseId } of unfinished)
      if (typeof caseId === 'string') await clearCase(db, caseId);
      else await clearDatabase(db);
    if (unfinished.length > 0) await db.executeCypher(own('bulk-load-clear-markers').text);
  }

  read<T>(work: (tx: CypherTransaction) => Promise<T>): Promise<T> {
    return this.transact(work, 'snapshot');
  }

  write<T>(work: (tx: CypherTransaction) => Promise<T>): Promise<T> {
    const next = this.writeQueue.then(() =>
      this.transact(work, 'serializable')
        .then((value) => {
          this.acknowledgeCommits();
          return value;
        })
        .finally(() => this.forgetHubs()),
    );
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

  /** Counts the commits made so far as acknowledged: called before a write's caller hears of it. */
  private acknowledgeCommits(): void {
    if (this.db) this.commits?.acknowledge(this.db.currentEpoch());
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
          hubCacheEdges: this.hubEdgeCount,
        },
        ...(this.commits ? { durability: this.commits.report } : {}),
      };
    } catch (error) {
      return { status: 'down', engine: 'embedded', location: this.location, error: String(error) };
    }
  }

  readonly bulkLoad: BulkLoader = {
    isEmpty: async (caseId) => holdsNoGraph(this.handle(), caseId),
    begin: async (caseId) => {
      // Loads are serialised with writes, and hold the write queue until they end.
      let release = () => {};
      const turn = new Promise<void>((resolve) => (release = resolve));
      const previous = this.writeQueue;
      this.writeQueue = previous.then(() => turn);
      await previous;
      try {
        return await this.bulkSession(caseId, () => {
          this.forgetHubs();
          release();
        });
      } catch (error) {
        release();
        throw error;
      }
    },
  };

  private async bulkSession(caseId: string, end: () => void): Promise<BulkSession> {
    const db = this.handle();
    if (!(await holdsNoGraph(db, caseId))) {
      end();
      throw new Error(`a bulk load needs a case without entities or sources; ${caseId} has some`);
    }
    // Checkpoints fold the log into the file; during a load they would rewrite a growing file
    // again and again, so the load turns them off and checkpoints once when it commits.
    if (this.checkpointTriggers) db.setCheckpointTriggers({});
    db.createNode([BULK_MARKER], { startedAt: new Date().toISOString(), caseId });
    const keys = new Map<string, number>();
    let open = true;
    const finish = () => {
      open = false;
      if (this.checkpointTriggers) db.setCheckpointTriggers(this.checkpointTriggers);
      end();
    };
    const check = () => {
      if (!open) throw new Error('the bulk load has ended');
    };
    return {
      createNodes: async (labels, rows, key) => {
        check();
        for (let i = 0; i < rows.length; i += BULK_BATCH) {
          const batch = rows.slice(i, i + BULK_BATCH);
          const ids = await db.batchCreateNodesWithProps(labels, batch);
          if (key) batch.forEach((row, j) => keys.set(String(row[key]), ids[j]!));
        }
      },
      createRelationships: async (type, rows) => {
        check();
        for (let i = 0; i < rows.length; i += BULK_BATCH) {
          const batch = rows.slice(i, i + BULK_BATCH).map((row) => {
            const src = keys.get(row.from);
            const dst = keys.get(row.to);
            if (src === undefined || dst === undefined)
              throw new Error(`bulk load: no node ${JSON.stringify(src === undefined ? row.from : row.to)}`);
            return { src, dst, type, properties: row.props };
          });
          await db.batchCreateEdges(batch);
        }
      },
      write: (work) => {
        check();
        return this.transact(work, 'serializable');
      },
      commit: async (last) => {
        check();
        // The marker goes in the transaction that writes what `last` writes: both or neither. If
        // it fails the load is still open, and the caller's `abort` clears it.
        await this.transact(async (tx) => {
          await last?.(tx);
          await tx.run(own('bulk-load-finish'));
        }, 'serializable');
        try {
          if (this.location !== ':memory:') db.walCheckpoint();
          this.acknowledgeCommits();
        } finally {
          finish();
        }
      },
      abort: async () => {
        if (!open) return;
        try {
          await clearCase(db, caseId);
          await db.executeCypher(own('bulk-load-clear-markers').text);
        } finally {
          finish();
        }
      },
    };
  }

  private forgetHubs(): void {
    this.hubEdges.clear();
    this.hubEdgeCount = 0;
    this.hubDegrees.clear();
  }

  private keepHub(key: string, list: AdjacentEdge[]): void {
    if (list.length > this.hubCacheEdges) return;
    // Maps iterate in insertion order: the first keys are the oldest lists.
    for (const [oldKey, old] of this.hubEdges) {
      if (this.hubEdgeCount + list.length <= this.hubCacheEdges) break;
      this.hubEdges.delete(oldKey);
      this.hubEdgeCount -= old.length;
    }
    this.hubEdges.set(key, list);
    this.hubEdgeCount += list.length;
  }

  /**
   * See `Adjacency.dated`. One scan per relationship type: a query's result is held whole in the
   * engine until read, 115 MiB for one scan of the 400 000 dated relationships of the medium bench
   * graph and so about ten times that at 5M; the largest type is a seventh of it. Rows are read
   * one at a time (`get`): `rows()` made one array of them all and doubled the peak.
   */
  private async datedRecords(caseId: string, visit: DatedVisitor): Promise<void> {
    const db = this.handle();
    const scan = async (kind: 'relation' | 'entity', query: string) => {
      const result = await db.executeCypher(query, { caseId });
      for (let i = 0; i < result.length; i++) {
        const row = result.get(i);
        visit(kind, Number(row.handle), toPlain(row.start), toPlain(row.end));
      }
    };
    const types = await relationshipTypes(db);
    // A type that is not a plain identifier (written by hand) cannot be spliced in: one scan then.
    if (types.every((type) => IDENTIFIER_PATTERN.test(type)))
      for (const type of types) await scan('relation', ofType('dated-relations-of-type', type).text);
    else await scan('relation', own('dated-relations').text);
    await scan('entity', own('dated-entities').text);
  }

  /**
   * See `Adjacency.relationTypes`. Grouping every relationship by `type(r)` in one query ran past
   * Grafeo's 30 s limit at 5M relationships; a count per type takes 0.1 s, 2 s for all twenty.
   */
  private async relationTypeCounts(caseId: string): Promise<{ type: string; count: number }[]> {
    const db = this.handle();
    const counts: { type: string; count: number }[] = [];
    for (const type of await relationshipTypes(db)) {
      const result = IDENTIFIER_PATTERN.test(type)
        ? await db.executeCypher(ofType('relation-count-of-type', type).text, { caseId })
        : await db.executeCypher(own('relation-count-by-name').text, { type, caseId });
      const count = Number(result.toArray()[0]?.count ?? 0);
      if (count > 0) counts.push({ type, count });
    }
    return counts;
  }

  readonly adjacency: Adjacency = {
    dated: (caseId, visit) => this.datedRecords(caseId, visit),
    relationTypes: (caseId) => this.relationTypeCounts(caseId),
    nodes: async (caseId, ids) => {
      if (ids.length === 0) return [];
      const result = await this.handle().executeCypher(own('entity-handles').text, {
        caseId,
        ids: [...ids],
      });
      const byId = new Map(result.toArray().map((row) => [String(row.id), Number(row.node)]));
      return ids.map((id) => byId.get(id) ?? null);
    },
    edges: (node, direction, types) => {
      const key = `${node}:${direction}:${types ? types.join(',') : ''}`;
      const cached = this.hubEdges.get(key);
      if (cached) return cached;
      const db = this.handle();
      const list = (dir: 'out' | 'in') =>
        db.getNodeEdges(node, types ? { direction: dir, edgeTypes: [...types] } : { direction: dir });
      const out: AdjacentEdge[] = [];
      if (direction !== 'IN')
        for (const [neighbor, edge] of list('out'))
          out.push({ edge: edge!, neighbor: neighbor!, outgoing: true });
      if (direction !== 'OUT')
        for (const [neighbor, edge] of list('in'))
          // A self-loop is listed both ways; keep it once, as (n)-[r]-(n) matches it once.
          if (!(direction === 'BOTH' && neighbor === node))
            out.push({ edge: edge!, neighbor: neighbor!, outgoing: false });
      // Creation order, whichever way the relationship points: stable between calls.
      out.sort((a, b) => a.edge - b.edge);
      if (out.length >= HUB_DEGREE) this.keepHub(key, out);
      return out;
    },
    // The engine's own list, counted: `edges` would build and sort an object per relationship,
    // which made the degrees of a canvas's 500 entities cost as much as the walk that found them.
    // A self-loop is listed once both ways, as `edges` keeps it once.
    degree: (node) => {
      const known = this.hubDegrees.get(node) ?? this.hubEdges.get(`${node}:BOTH:`)?.length;
      if (known !== undefined) return known;
      const degree = this.handle().getNodeEdges(node, { direction: 'both' }).length;
      if (degree >= HUB_DEGREE) this.hubDegrees.set(node, degree);
      return degree;
    },
    nodeRecords: (nodes) => {
      const db = this.handle();
      return nodes.map((id) => {
        const node = db.getNode(id);
        return node ? new SnapshotRecord(node) : null;
      });
    },
    edgeRecords: (edges) => {
      const db = this.handle();
      return edges.map((id) => {
        const edge = db.getEdge(id);
        return edge ? new SnapshotEdge(edge) : null;
      });
    },
  };

  /**
   * One record in every `WARM_STEP`, with a turn of the event loop between reads. Grafeo loads
   * its stored records a part at a time, on the first read by handle that falls in a part: at 5M
   * relationships that is 6.5 s and 3.3 GiB in all, up to 100 ms a read, and without this the
   * first requests pay it (an entity's details 1-3 s, a canvas's relations 5 s; then 10 ms). Read
   * here, the same load happens right after the open (docs/performance.md, "Cold reads").
   */
  async warmUp(): Promise<void> {
    const turn = () => new Promise((resolve) => setImmediate(resolve));
    const last = async (query: string) => {
      const db = this.db;
      return db ? Number((await db.executeCypher(query)).toArray()[0]?.last ?? -1) : -1;
    };
    const parts = [
      {
        last: await last(own('last-relationship-handle').text),
        read: (h: number) => this.db?.getEdge(h),
      },
      { last: await last(own('last-node-handle').text), read: (h: number) => this.db?.getNode(h) },
    ];
    for (const { last: end, read } of parts)
      for (let handle = 0; handle <= end; handle += WARM_STEP) {
        if (!this.db) return;
        read(handle);
        await turn();
      }
  }

  async close(): Promise<void> {
    const db = this.db;
    if (!db) return;
    await this.writeQueue;
    this.db = null;
    if (this.location !== ':memory:') db.walCheckpoint();
    this.commits?.close(db.currentEpoch());
    db.close();
  }
}

/**
 * A node or relationship as `getNode`/`getEdge` returned it: Grafeo copies the record when it is
 * read (a later write does not change it), so keys read now and keys read later, when the API
 * asks for a field, come from the same version of the record.
 */
class SnapshotRecord implements StoredRecord {
  constructor(private readonly item: JsNode | JsEdge) {}

  get(key: string): PlainValue | undefined {
    const value = this.item.get(key);
    return value === undefined ? undefined : toPlain(value as GrafeoValue);
  }

  properties(): Properties {
    return toPlain(this.item.properties() as GrafeoValue) as Properties;
  }
}

/**
 * A relationship as `getEdge` returned it, its type and ends read when first asked: each is a call
 * into the engine (together 4 µs, half the read itself), and a caller that listed the relationship
 * from one of its ends already knows them (native-walk.ts, `adjacencyAmong`).
 */
class SnapshotEdge {
  readonly props: SnapshotRecord;
  private kind: string | undefined;
  private source: number | undefined;
  private target: number | undefined;

  constructor(private readonly edge: JsEdge) {
    this.props = new SnapshotRecord(edge);
  }

  get type(): string {
    return (this.kind ??= this.edge.edgeType);
  }

  get from(): number {
    return (this.source ??= this.edge.sourceId);
  }

  get to(): number {
    return (this.target ??= this.edge.targetId);
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

/** `name` with its `__TYPE__` replaced by a relationship type that passed the identifier rule. */
function ofType(name: string, type: string): Statement {
  return withIdentifier(own(name), '__TYPE__', type, 'relation type');
}

async function relationshipTypes(db: GrafeoDB): Promise<string[]> {
  const result = await db.executeCypher(own('relationship-types').text);
  return result.toArray().map((row) => String(row.type));
}

/** Whether case `caseId` holds no entity and no source. */
async function holdsNoGraph(db: GrafeoDB, caseId: string): Promise<boolean> {
  const result = await db.executeCypher(own('case-node-count').text, { caseId });
  return result.toArray().every((row) => Number(row.count ?? 0) === 0);
}

/** Deletes one case's entities and sources with their relationships, in batches (see clearDatabase). */
async function clearCase(db: GrafeoDB, caseId: string): Promise<void> {
  for (;;) {
    const result = await db.executeCypher(own('clear-case-batch').text, { caseId });
    if (Number(result.toArray()[0]?.count ?? 0) === 0) break;
  }
}

/**
 * Deletes every entity and source with their relationships (cases, tokens and the audit log
 * stay), in batches so that no transaction holds the whole graph.
 */
async function clearDatabase(db: GrafeoDB): Promise<void> {
  for (;;) {
    const result = await db.executeCypher(own('clear-batch').text);
    if (Number(result.toArray()[0]?.count ?? 0) === 0) break;
  }
}

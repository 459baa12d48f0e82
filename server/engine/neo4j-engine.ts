/**
 * The Neo4j engine: Neo4j 5 through the official driver, the production and scale-out path.
 *
 * One driver per engine, shared by every request; each read or write is one session with the
 * database name set (never the server's default) running one managed transaction, so the driver
 * retries it on transient errors (deadlocks, leader changes, a connection lost mid-way). Sessions
 * share one bookmark manager, so a read always sees the writes this server committed before it,
 * in a cluster too.
 *
 * Neo4j being down or refusing the credentials is a state, not a crash: nothing here remembers a
 * failure. Every transaction asks the driver's pool for a connection, which reconnects once Neo4j
 * answers again; until then reads and writes fail with a Neo4jUnavailableError that says what to
 * check, and `health()` reports `down` with the same message.
 */
import neo4j from 'neo4j-driver';
import type { BookmarkManager, Driver, ManagedTransaction, Record as Neo4jRecord } from 'neo4j-driver';
import type { Statement } from '../store/statements.ts';
import {
  EngineError,
  EngineUnavailableError,
  type CypherEngine,
  type CypherTransaction,
  type EngineHealth,
  type Row,
} from './cypher-engine.ts';
import { neo4jSchemaStatements } from './cypher-script.ts';
import { fromNeo4j, toNeo4jParams } from './neo4j-values.ts';

export interface Neo4jEngineOptions {
  /** `bolt://host:7687` for one server, `neo4j://host:7687` for a cluster; `+s` for TLS. */
  uri: string;
  user: string;
  password: string;
  /**
   * Always sent with every session, so the server's default database never decides where data goes.
   * @default 'neo4j'
   */
  database?: string;
  /**
   * How long to wait for a TCP connection (and TLS) before giving up on one attempt.
   * @default 5000
   */
  connectionTimeoutMs?: number;
  /**
   * How long the driver keeps retrying a transaction that failed for a transient reason. Below the
   * server's request timeout, so that a request fails with Neo4j's reason rather than a timeout.
   * @default 8000
   */
  maxTransactionRetryTimeMs?: number;
  /**
   * How long a transaction waits for a connection from the pool.
   * @default 10000
   */
  connectionAcquisitionTimeoutMs?: number;
  /**
   * How long `health()` waits for Neo4j's answer before reporting it down.
   * @default 5000
   */
  healthTimeoutMs?: number;
}

/** Why Neo4j could not be used, each with its own advice. */
export type Neo4jFailure = 'unreachable' | 'credentials' | 'database';

/** Neo4j is down, unreachable, refuses the credentials or lacks the database: not a bad statement. */
export class Neo4jUnavailableError extends EngineUnavailableError {
  constructor(
    message: string,
    readonly reason: Neo4jFailure,
    readonly uri: string,
    readonly database: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'Neo4jUnavailableError';
  }
}

/** The statement `health()` runs: cheap (Neo4j answers both counts from its count store). */
export const NEO4J_HEALTH_STATEMENT: Statement = {
  name: 'neo4j-health',
  text: 'RETURN COUNT { MATCH (n) } AS nodes, COUNT { MATCH ()-[r]->() } AS relationships',
};

const UNREACHABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired']);
const CREDENTIAL_CODES = new Set([
  'Neo.ClientError.Security.Unauthorized',
  'Neo.ClientError.Security.AuthenticationRateLimit',
  'Neo.ClientError.Security.CredentialsExpired',
  'Neo.ClientError.Security.TokenExpired',
]);
const DATABASE_CODES = new Set([
  'Neo.ClientError.Database.DatabaseNotFound',
  'Neo.ClientError.Database.DatabaseUnavailable',
]);

function errorCode(error: unknown): string | null {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : null;
}

/** The part of a driver message that says what happened, without its generic advice. */
function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const cause = /Caused by: (.*)$/s.exec(message)?.[1];
  return (cause ?? message).trim().replace(/\s+/g, ' ');
}

/** Classifies a failure to reach or use Neo4j; null when the failure is about a statement. */
export function describeNeo4jFailure(
  error: unknown,
  target: { uri: string; user: string; database: string },
): Neo4jUnavailableError | null {
  const code = errorCode(error);
  if (code === null) return null;
  const { uri, user, database } = target;
  const reason = reasonOf(error);
  if (UNREACHABLE_CODES.has(code))
    return new Neo4jUnavailableError(
      `Neo4j at ${uri} is not reachable: ${reason}. Check that Neo4j is running and that NEO4J_URI points ` +
        `to it (with docker compose: bolt://neo4j:7687 from the app container, bolt://localhost:7687 from ` +
        `the host). Redstring connects as soon as it answers.`,
      'unreachable',
      uri,
      database,
      { cause: error },
    );
  if (CREDENTIAL_CODES.has(code))
    return new Neo4jUnavailableError(
      `Neo4j at ${uri} refused the credentials of user "${user}": ${reason}. Check NEO4J_USER and ` +
        `NEO4J_PASSWORD; Neo4j keeps the password its data volume was created with, whatever NEO4J_AUTH ` +
        `says later (docker compose: NEO4J_PASSWORD, default redstring-dev).`,
      'credentials',
      uri,
      database,
      { cause: error },
    );
  if (DATABASE_CODES.has(code))
    return new Neo4jUnavailableError(
      `Neo4j at ${uri} cannot serve database "${database}": ${reason}. Check NEO4J_DATABASE; ` +
        `Community edition has a single database, "neo4j".`,
      'database',
      uri,
      database,
      { cause: error },
    );
  return null;
}

/** Fails after `ms` with `message`, unless `promise` settles first. */
async function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function protocolOf(version: { getMajor(): number; getMinor(): number } | undefined): string | null {
  return version ? `${version.getMajor()}.${version.getMinor()}` : null;
}

function toRow(record: Neo4jRecord): Row {
  const row: Row = {};
  for (const key of record.keys) row[String(key)] = fromNeo4j(record.get(key));
  return row;
}

export class Neo4jEngine implements CypherEngine {
  readonly kind = 'neo4j' as const;
  readonly uri: string;
  readonly database: string;
  /** Where the data lives, for health and logs: the URI and database, never the credentials. */
  readonly location: string;
  private readonly user: string;
  private readonly healthTimeoutMs: number;
  private readonly bookmarks: BookmarkManager;
  private driver: Driver | null;
  private closing: Promise<void> | null = null;

  private constructor(driver: Driver, options: Neo4jEngineOptions) {
    this.driver = driver;
    this.uri = options.uri;
    this.user = options.user;
    this.database = options.database ?? 'neo4j';
    this.location = `${options.uri} (database "${this.database}")`;
    this.healthTimeoutMs = options.healthTimeoutMs ?? 5_000;
    this.bookmarks = neo4j.bookmarkManager();
  }

  /**
   * Creates the driver. It connects lazily, so this succeeds whether or not Neo4j is up: the
   * first statement (the schema, when the store opens) or `health()` finds out.
   */
  static open(options: Neo4jEngineOptions): Neo4jEngine {
    let driver: Driver;
    try {
      driver = neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password), {
        connectionTimeout: options.connectionTimeoutMs ?? 5_000,
        maxTransactionRetryTime: options.maxTransactionRetryTimeMs ?? 8_000,
        connectionAcquisitionTimeout: options.connectionAcquisitionTimeoutMs ?? 10_000,
        userAgent: 'redstring',
      });
    } catch (error) {
      throw new Error(
        `NEO4J_URI ${JSON.stringify(options.uri)} is not a Neo4j URI (${reasonOf(error)}): use ` +
          'bolt://host:7687 for one server or neo4j://host:7687 for a cluster, with +s for TLS.',
        { cause: error },
      );
    }
    return new Neo4jEngine(driver, options);
  }

  private target() {
    return { uri: this.uri, user: this.user, database: this.database };
  }

  private handle(): Driver {
    if (!this.driver) throw new Error(`the Neo4j engine for ${this.location} is closed`);
    return this.driver;
  }

  read<T>(work: (tx: CypherTransaction) => Promise<T>): Promise<T> {
    return this.transact('READ', work);
  }

  write<T>(work: (tx: CypherTransaction) => Promise<T>): Promise<T> {
    return this.transact('WRITE', work);
  }

  private async transact<T>(mode: 'READ' | 'WRITE', work: (tx: CypherTransaction) => Promise<T>): Promise<T> {
    const session = this.handle().session({
      database: this.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      bookmarkManager: this.bookmarks,
    });
    // Errors of a statement travel up unchanged, so that the driver can tell a transient one and
    // retry; which statement failed is noted here and named once the driver has given up.
    const failedStatements = new WeakMap<object, string>();
    const unit = (tx: ManagedTransaction) => work(wrap(tx, failedStatements));
    try {
      return mode === 'READ' ? await session.executeRead(unit) : await session.executeWrite(unit);
    } catch (error) {
      throw this.explain(error, failedStatements);
    } finally {
      await session.close().catch(() => undefined);
    }
  }

  private explain(error: unknown, failedStatements: WeakMap<object, string>): unknown {
    const unavailable = describeNeo4jFailure(error, this.target());
    if (unavailable) return unavailable;
    const statement = error !== null && typeof error === 'object' ? failedStatements.get(error) : undefined;
    if (statement !== undefined)
      return new EngineError(error instanceof Error ? error.message : String(error), statement, {
        cause: error,
      });
    // Anything else was thrown by the caller's own work (a StoreInputError, say): keep it as it is.
    return error;
  }

  /**
   * Applies cypher/schema/neo4j.cypher, one statement per transaction (Neo4j does not mix schema
   * and data changes in one). Every statement is `IF NOT EXISTS`, so this is a no-op once done.
   */
  async applySchema(): Promise<void> {
    // One attempt first: a Neo4j that is down or refuses the credentials is reported at once,
    // rather than after the driver has retried the first statement for maxTransactionRetryTimeMs.
    try {
      await this.handle().verifyConnectivity({ database: this.database });
    } catch (error) {
      throw describeNeo4jFailure(error, this.target()) ?? error;
    }
    const statements = neo4jSchemaStatements();
    for (const [index, text] of statements.entries()) {
      await this.write((tx) => tx.run({ name: `schema/neo4j.cypher statement ${index + 1}`, text }));
    }
  }

  async health(): Promise<EngineHealth> {
    const base = { engine: 'neo4j' as const, location: this.location };
    if (!this.driver || this.closing) return { ...base, status: 'down', error: 'closed' };
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    try {
      // An auto-commit query: one attempt, no retries, so health answers within its timeout.
      const result = await withTimeout(
        Promise.resolve(session.run(NEO4J_HEALTH_STATEMENT.text)),
        this.healthTimeoutMs,
        `Neo4j at ${this.uri} did not answer within ${this.healthTimeoutMs} ms`,
      );
      const row = result.records[0] ? toRow(result.records[0]) : {};
      return {
        ...base,
        status: 'up',
        details: {
          server: result.summary.server.agent ?? null,
          address: result.summary.server.address ?? null,
          protocolVersion: protocolOf(result.summary.server.protocolVersion),
          nodes: row.nodes ?? null,
          relationships: row.relationships ?? null,
        },
      };
    } catch (error) {
      const unavailable = describeNeo4jFailure(error, this.target());
      return {
        ...base,
        status: 'down',
        error: unavailable?.message ?? `Neo4j at ${this.uri}: ${reasonOf(error)}`,
      };
    } finally {
      // Not awaited: after a timeout the query may never end, and closing would wait for it.
      void session.close().catch(() => undefined);
    }
  }

  close(): Promise<void> {
    const driver = this.driver;
    if (!driver) return this.closing ?? Promise.resolve();
    this.closing ??= driver.close().finally(() => {
      this.driver = null;
    });
    return this.closing;
  }
}

function wrap(tx: ManagedTransaction, failedStatements: WeakMap<object, string>): CypherTransaction {
  return {
    async run(statement, params = {}) {
      try {
        const result = await tx.run(statement.text, toNeo4jParams(params));
        return result.records.map(toRow);
      } catch (error) {
        if (error !== null && typeof error === 'object') failedStatements.set(error, statement.name);
        throw error;
      }
    },
  };
}

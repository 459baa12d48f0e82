/**
 * The Neo4j engine: Neo4j 5 through the official driver, the production and scale-out path.
 *
 * One driver per engine, shared by every request; each read or write is one session with the
 * database name set (never the server's default) running one managed transaction, so the driver
 * retries it on transient errors (deadlocks, leader changes, a connection lost mid-way). Sessions
 * share one bookmark manager, so a read always sees the writes this server committed before it,
 * in a cluster too.
 *
 * Neo4j being down or refusing the credentials is a state, not a crash: nothing refuses to try
 * because of an earlier failure. Every transaction asks the driver's pool for a connection, which
 * reconnects once Neo4j answers again; until then reads and writes fail with a Neo4jUnavailableError
 * that says what to check, and `health()` reports `down` with the same message. A transaction loses
 * at most `giveUpAfterMs` to Neo4j (connecting, the driver's pauses between retries, attempts Neo4j
 * failed), 1 s while Neo4j is known to be down, so a request fails with that message within the
 * server's time budget. `onAvailabilityChange` hears when Neo4j stops answering and when it answers
 * again, once each, for the log.
 */
import neo4j from 'neo4j-driver';
import type { BookmarkManager, Driver, ManagedTransaction, Record as Neo4jRecord } from 'neo4j-driver';
import type { Statement } from './statement.ts';
import {
  EngineError,
  EngineUnavailableError,
  type CypherEngine,
  type CypherTransaction,
  type EngineHealth,
  type Row,
} from './cypher-engine.ts';
import { neo4jSchemaStatements } from './cypher-files.ts';
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
   * How long a transaction waits for Neo4j in all — for a connection, in the driver's pauses
   * between retries, and in attempts that Neo4j failed — before it fails with a
   * Neo4jUnavailableError. The time its statements run does not count, so a long import is never
   * cut short. Below the server's request budget, so a request to a Neo4j that is down or shutting
   * down fails with that error, not a timeout. At most 1 s while Neo4j is known not to answer
   * (from the last transaction or health check), until it answers again.
   * @default 5000
   */
  giveUpAfterMs?: number;
  /**
   * Called when a read, write or health check finds Neo4j no longer answering (or failing for
   * another reason than before), and when it answers again after that: once per change, not per
   * request. Never called for the first success.
   */
  onAvailabilityChange?: (change: Neo4jAvailabilityChange) => void;
  /**
   * How long `health()` waits for Neo4j's answer before reporting it down.
   * @default 5000
   */
  healthTimeoutMs?: number;
}

/** Why Neo4j could not be used, each with its own advice. */
export type Neo4jFailure = 'unreachable' | 'credentials' | 'database';

export interface Neo4jAvailabilityChange {
  status: 'up' | 'down';
  /** What failed and what to check (`down`), or that Neo4j answers again (`up`): one line. */
  message: string;
}

/** Neo4j is down, unreachable, refuses the credentials or lacks the database: not a bad statement. */
export class Neo4jUnavailableError extends EngineUnavailableError {
  /**
   * Neo4j refused the login itself (not a lock-out): trying again with the same settings only
   * succeeds once something changes, and each failure counts against the user, whom Neo4j locks
   * out for every client after a few failures in a row.
   */
  readonly loginRefused: boolean;

  constructor(
    message: string,
    readonly reason: Neo4jFailure,
    readonly uri: string,
    readonly database: string,
    options?: { cause?: unknown; loginRefused?: boolean },
  ) {
    super(message, options);
    this.name = 'Neo4jUnavailableError';
    this.loginRefused = options?.loginRefused ?? false;
  }
}

/** How long a transaction waits for a Neo4j that was last found not answering. */
const OUTAGE_GIVE_UP_MS = 1_000;

/** The statement `health()` runs: cheap (Neo4j answers both counts from its count store). */
export const NEO4J_HEALTH_STATEMENT: Statement = {
  name: 'neo4j-health',
  text: 'RETURN COUNT { MATCH (n) } AS nodes, COUNT { MATCH ()-[r]->() } AS relationships',
};

const UNREACHABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  // What Neo4j answers while it starts or shuts down; transient, so the driver retries it first.
  'Neo.TransientError.General.DatabaseUnavailable',
]);
const RATE_LIMIT_CODE = 'Neo.ClientError.Security.AuthenticationRateLimit';
const CREDENTIAL_CODES = new Set([
  'Neo.ClientError.Security.Unauthorized',
  RATE_LIMIT_CODE,
  'Neo.ClientError.Security.CredentialsExpired',
  'Neo.ClientError.Security.TokenExpired',
]);
const DATABASE_CODES = new Set([
  'Neo.ClientError.Database.DatabaseNotFound',
  'Neo.ClientError.Database.DatabaseUnavailable',
]);

/**
 * How the driver words a connection that failed or was lost (neo4j-driver-bolt-connection's
 * node-channel.js); the code is ServiceUnavailable or SessionExpired.
 */
const CONNECTION_LOST =
  /^(Failed to connect to server|Connection was closed by server|Connection lost\. Server didn't respond|Failed to establish connection in)/;

/**
 * When a connection fails while the driver logs in (as it does while Neo4j shuts down), the
 * request that opened it gets the ServiceUnavailable, and any other request waiting on that
 * connection a ProtocolError with the same message (BoltProtocol._onLoginError): a lost
 * connection too, not a bug in the protocol.
 */
function isConnectionLostAtLogin(code: string, error: unknown): boolean {
  return code === 'ProtocolError' && error instanceof Error && CONNECTION_LOST.test(error.message);
}

function errorCode(error: unknown): string | null {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : null;
}

/** The part of a driver message that says what happened, without its generic advice. */
function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const cause = /Caused by: (.*)$/s.exec(message)?.[1];
  // Without its final full stop: the messages below go on after it.
  return (cause ?? message).trim().replace(/\s+/g, ' ').replace(/\.+$/, '');
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

function unreachable(
  target: { uri: string; database: string },
  reason: string,
  triedMs: number | undefined,
  cause?: unknown,
): Neo4jUnavailableError {
  // How long the driver retried, when it did: not for a failure of the first attempt.
  const tried = triedMs === undefined || triedMs < 1_000 ? '' : ` (retried for ${seconds(triedMs)})`;
  return new Neo4jUnavailableError(
    // Nothing about connecting later: the server does (and its log says so), the CLI does not.
    `Neo4j at ${target.uri} is not reachable${tried}: ${reason}. Check that Neo4j is running and that ` +
      `NEO4J_URI points to it (with docker compose: bolt://neo4j:7687 from the app container, ` +
      `bolt://localhost:7687 from the host).`,
    'unreachable',
    target.uri,
    target.database,
    { cause },
  );
}

/**
 * Classifies a failure to reach or use Neo4j; null when the failure is about a statement.
 * `triedMs`, when given, is how long the transaction tried (the driver retrying) before this.
 */
export function describeNeo4jFailure(
  error: unknown,
  target: { uri: string; user: string; database: string },
  triedMs?: number,
): Neo4jUnavailableError | null {
  const code = errorCode(error);
  if (code === null) return null;
  const { uri, user, database } = target;
  const reason = reasonOf(error);
  if (UNREACHABLE_CODES.has(code) || isConnectionLostAtLogin(code, error))
    return unreachable(target, reason, triedMs, error);
  if (CREDENTIAL_CODES.has(code))
    return new Neo4jUnavailableError(
      `Neo4j at ${uri} refused the credentials of user "${user}": ${reason}. Check NEO4J_USER and ` +
        `NEO4J_PASSWORD; Neo4j keeps the password its data volume was created with, whatever NEO4J_AUTH ` +
        `says later (docker compose: NEO4J_PASSWORD, default redstring-dev).`,
      'credentials',
      uri,
      database,
      // A lock-out after too many failures ends by itself, and may be another client's doing.
      { cause: error, loginRefused: code !== RATE_LIMIT_CODE },
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

class HealthTimeout extends Error {}

/** Fails after `ms` with `message`, unless `promise` settles first. */
async function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new HealthTimeout(message)), ms);
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
  /** Others may write the same database (Neo4j Browser, other servers, scripts). */
  readonly soleWriter = false;
  readonly uri: string;
  readonly database: string;
  /** Where the data lives, for health and logs: the URI and database, never the credentials. */
  readonly location: string;
  private readonly user: string;
  private readonly healthTimeoutMs: number;
  private readonly giveUpAfterMs: number;
  private readonly onAvailabilityChange: ((change: Neo4jAvailabilityChange) => void) | undefined;
  private readonly bookmarks: BookmarkManager;
  private driver: Driver | null;
  private closing: Promise<void> | null = null;
  /**
   * What was last said through onAvailabilityChange. It only shortens how long a transaction waits
   * for Neo4j during an outage: every transaction still tries Neo4j.
   */
  private reported: { status: 'up' } | { status: 'down'; reason: Neo4jFailure } | null = null;

  private constructor(driver: Driver, options: Neo4jEngineOptions) {
    this.driver = driver;
    this.uri = options.uri;
    this.user = options.user;
    this.database = options.database ?? 'neo4j';
    this.location = `${options.uri} (database "${this.database}")`;
    this.healthTimeoutMs = options.healthTimeoutMs ?? 5_000;
    this.giveUpAfterMs = options.giveUpAfterMs ?? 5_000;
    this.onAvailabilityChange = options.onAvailabilityChange;
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
    const started = performance.now();
    // Errors of a statement travel up unchanged, so that the driver can tell a transient one and
    // retry; which statement failed is noted here and named once the driver has given up.
    const failedStatements = new WeakMap<object, string>();
    let lastFailure: unknown = null;
    // What the work threw when it declined a retry, before running anything (the store does for
    // an import read from a stream, which cannot be read twice).
    let declined: unknown = undefined;
    let gaveUp: (error: unknown) => void = () => undefined;
    const givingUp = new Promise<never>((_, reject) => (gaveUp = reject));
    // Once Neo4j has been found not answering, and until it answers again, a transaction is given
    // little time: requests fail fast during an outage (a request may make several transactions
    // in a row), and each still tries, so the first one after Neo4j is back succeeds.
    const limitMs =
      this.reported?.status === 'down' ? Math.min(OUTAGE_GIVE_UP_MS, this.giveUpAfterMs) : this.giveUpAfterMs;
    const patience = new Patience(limitMs, () =>
      gaveUp(lastFailure ?? unreachable(this.target(), 'no answer', performance.now() - started)),
    );
    const unit = async (tx: ManagedTransaction): Promise<T> => {
      // A retry the driver starts after this transaction gave up must not run (nor write) anything.
      if (patience.over) throw new Error('abandoned: the transaction gave up waiting for Neo4j');
      patience.attempt();
      let ran = false;
      try {
        const result = await work(wrap(tx, failedStatements, () => (ran = true)));
        // A read's commit is immediate; a write's may be long (a large import), and giving up on
        // it would report a failure for what may still commit, so it is not timed.
        if (mode === 'READ') patience.waiting();
        return result;
      } catch (error) {
        if (!ran && lastFailure !== null && describeNeo4jFailure(lastFailure, this.target()))
          declined = error;
        else lastFailure = error;
        // A statement's own failure (a deadlock, say) is retried within the driver's limits; one
        // of Neo4j's counts against this transaction's patience.
        if (describeNeo4jFailure(error, this.target())) patience.lostAttempt();
        throw error;
      }
    };
    patience.waiting();
    try {
      const done = mode === 'READ' ? session.executeRead(unit) : session.executeWrite(unit);
      const result = await Promise.race([done, givingUp]);
      this.report(null);
      return result;
    } catch (error) {
      // A retry the work declined fails for what made it needed: Neo4j not answering.
      const failure = error === declined ? lastFailure : error;
      const explained = this.explain(failure, failedStatements, performance.now() - started);
      if (explained instanceof Neo4jUnavailableError) this.report(explained);
      throw explained;
    } finally {
      patience.stop();
      // After giving up the driver may still be connecting, and closing would wait for it.
      const closing = session.close().catch(() => undefined);
      if (!patience.over) await closing;
    }
  }

  private explain(error: unknown, failedStatements: WeakMap<object, string>, triedMs: number): unknown {
    if (error instanceof Neo4jUnavailableError) return error;
    const unavailable = describeNeo4jFailure(error, this.target(), triedMs);
    if (unavailable) return unavailable;
    const statement = error !== null && typeof error === 'object' ? failedStatements.get(error) : undefined;
    if (statement !== undefined)
      return new EngineError(error instanceof Error ? error.message : String(error), statement, {
        cause: error,
      });
    // Anything else was thrown by the caller's own work (a StoreInputError, say): keep it as it is.
    return error;
  }

  /** Tells onAvailabilityChange when Neo4j stops answering (`failure`) or answers again (null). */
  private report(failure: Neo4jUnavailableError | null): void {
    const previous = this.reported;
    if (failure === null) {
      this.reported = { status: 'up' };
      if (previous?.status === 'down')
        this.onAvailabilityChange?.({ status: 'up', message: `Neo4j at ${this.uri} answers again` });
      return;
    }
    this.reported = { status: 'down', reason: failure.reason };
    if (previous?.status !== 'down' || previous.reason !== failure.reason)
      this.onAvailabilityChange?.({ status: 'down', message: failure.message });
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
        `no answer within ${seconds(this.healthTimeoutMs)}`,
      );
      const row = result.records[0] ? toRow(result.records[0]) : {};
      this.report(null);
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
      const unavailable =
        describeNeo4jFailure(error, this.target()) ??
        (error instanceof HealthTimeout ? unreachable(this.target(), error.message, undefined, error) : null);
      if (unavailable) this.report(unavailable);
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

/**
 * Bounds the time a transaction loses to Neo4j: waiting for a connection, the driver's pauses
 * between retries, and attempts that Neo4j failed (down, shutting down). The time an attempt runs
 * does not count while it runs, so a long import is never cut short. Once `limitMs` add up, it
 * calls `giveUp` once and is `over`.
 */
class Patience {
  over = false;
  private spentMs = 0;
  private waitingSince: number | null = null;
  private attemptSince: number | null = null;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly limitMs: number,
    private readonly giveUp: () => void,
  ) {}

  /** Waiting for Neo4j: for a connection, a retry or a read's commit. */
  waiting(): void {
    if (this.over || this.waitingSince !== null) return;
    this.waitingSince = performance.now();
    this.timer = setTimeout(
      () => {
        this.over = true;
        this.giveUp();
      },
      Math.max(0, this.limitMs - this.spentMs),
    );
  }

  /** An attempt of the work starts. */
  attempt(): void {
    if (this.waitingSince !== null) {
      clearTimeout(this.timer);
      this.spentMs += performance.now() - this.waitingSince;
      this.waitingSince = null;
    }
    this.attemptSince = performance.now();
  }

  /** Neo4j failed the attempt: its time was lost to Neo4j too, and the driver will retry. */
  lostAttempt(): void {
    if (this.attemptSince !== null) this.spentMs += performance.now() - this.attemptSince;
    this.attemptSince = null;
    this.waiting();
  }

  stop(): void {
    clearTimeout(this.timer);
  }
}

function wrap(
  tx: ManagedTransaction,
  failedStatements: WeakMap<object, string>,
  running: () => void,
): CypherTransaction {
  return {
    async run(statement, params = {}) {
      running();
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

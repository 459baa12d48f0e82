/**
 * The engine every contract and API suite runs against: the embedded engine in memory, or Neo4j.
 * `npm test` runs those suites twice, once per engine (vitest.config.ts, one project each), and
 * REDSTRING_TEST_ENGINE says which one this process is for; without it, NEO4J_URI set means Neo4j.
 * Neo4j is reached with NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD and NEO4J_DATABASE, as the server
 * reads them.
 *
 * Isolation on Neo4j. Community edition has one database and cannot create more, and the store's
 * labels (:Entity, :Source) and unique ids are global to a database, so a test cannot fence its
 * data off with an extra label. The unit of isolation is therefore Redstring's own data in that
 * database, which the tests delete and nothing else: nodes labelled :Entity or :Source, cases
 * (:RedstringCase), imports (:RedstringImport, :RedstringImportPart), API tokens
 * (:RedstringToken), the audit log (:RedstringAudit and its counter, :RedstringAuditSequence), and
 * the :Evidence nodes of the earlier layout (those whose subject names an entity or a relation).
 * Whatever else the database holds stays as it is (tests/support/foreign-graph.ts checks it).
 * - They refuse a database holding Redstring data that no test run put there (someone's case),
 *   unless REDSTRING_TEST_ALLOW_WIPE=1;
 * - on first use they claim the database with one marker node, :RedstringTestDatabase, so that
 *   later runs may delete what earlier ones left behind (after a crash, say);
 * - each engine starts with no Redstring data and `cleanup()` deletes it again (the marker stays);
 * - one engine at a time: a lock in the temp folder makes a second test process wait for the first
 *   one's cleanup, so parallel test files cannot delete each other's data.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readConfig } from '../../server/config.ts';
import type { CypherEngine } from '../../server/engine/cypher-engine.ts';
import { GrafeoEngine } from '../../server/engine/grafeo-engine.ts';
import { Neo4jEngine, type Neo4jEngineOptions } from '../../server/engine/neo4j-engine.ts';
import type { Statement } from '../../server/engine/statement.ts';

export interface TestEngine {
  engine: CypherEngine;
  /** Releases the engine and whatever it holds (for Neo4j: deletes Redstring’s data, frees the lock). */
  cleanup(): Promise<void>;
}

export type TestEngineKind = 'embedded' | 'neo4j';

/** Which engine `openTestEngine` returns in this process. */
export function testEngineKind(env: NodeJS.ProcessEnv = process.env): TestEngineKind {
  const named = env.REDSTRING_TEST_ENGINE;
  if (named === 'embedded' || named === 'neo4j') return named;
  if (named) throw new Error(`REDSTRING_TEST_ENGINE=${named}: use embedded or neo4j`);
  return env.NEO4J_URI ? 'neo4j' : 'embedded';
}

/** The label of the node that marks a database as one the tests may wipe. */
export const TEST_DATABASE_LABEL = 'RedstringTestDatabase';

/**
 * Redstring's own nodes, as a predicate on `n`: what the tests may delete. Legacy :Evidence nodes
 * count only with a subject in Redstring's form ('entity:<id>' or 'relation:<id>').
 */
const REDSTRING_NODE =
  "(n:Entity OR n:Source OR n:RedstringCase OR n:RedstringToken OR n:RedstringAudit OR n:RedstringAuditSequence OR n:RedstringImport OR n:RedstringImportPart OR (n:Evidence AND (n.subject STARTS WITH 'entity:' OR n.subject STARTS WITH 'relation:')))";

/** The statements the Neo4j test support sends; tests/cypher/lint.test.ts checks them too. */
export const NEO4J_TEST_STATEMENTS = {
  census: {
    name: 'test-database-census',
    text:
      'RETURN COUNT { MATCH (m:RedstringTestDatabase) } AS markers, ' +
      `COUNT { MATCH (n) WHERE ${REDSTRING_NODE} } AS redstring`,
  },
  claim: {
    name: 'test-database-claim',
    text: 'MERGE (m:RedstringTestDatabase {id: 1}) ON CREATE SET m.claimedAt = $claimedAt RETURN m.claimedAt AS claimedAt',
  },
  wipe: {
    name: 'test-database-wipe',
    text: `MATCH (n) WHERE ${REDSTRING_NODE} WITH n LIMIT $batch DETACH DELETE n RETURN count(*) AS deleted`,
  },
} satisfies Record<string, Statement>;

/** Nodes deleted per transaction when wiping, so that a large leftover cannot exhaust memory. */
const WIPE_BATCH = 10_000;
/** How long a test process waits for another one's Neo4j engine; below vitest's hook timeout. */
const LOCK_WAIT_MS = 50_000;

export async function openTestEngine(env: NodeJS.ProcessEnv = process.env): Promise<TestEngine> {
  if (testEngineKind(env) === 'embedded') {
    const engine = GrafeoEngine.open({ dataDir: null });
    return { engine, cleanup: () => engine.close() };
  }
  return openNeo4jTestEngine(env);
}

async function openNeo4jTestEngine(env: NodeJS.ProcessEnv): Promise<TestEngine> {
  const { neo4j } = readConfig(env);
  const options: Neo4jEngineOptions = { ...neo4j };
  const where = `database "${neo4j.database}" at ${neo4j.uri}`;
  const release = await acquireLock(`${neo4j.uri}\u0000${neo4j.database}`, where);
  const engine = Neo4jEngine.open(options);
  try {
    const health = await engine.health();
    if (health.status === 'down')
      throw new Error(`NEO4J_URI is set, so the tests use Neo4j, but: ${health.error}`);
    const [census] = await engine.read((tx) => tx.run(NEO4J_TEST_STATEMENTS.census));
    const redstring = Number(census?.redstring ?? 0);
    if (Number(census?.markers ?? 0) === 0 && redstring > 0 && env.REDSTRING_TEST_ALLOW_WIPE !== '1')
      throw new Error(
        `The tests delete Redstring's data in the Neo4j database they run against, and ${where} holds ` +
          `${redstring} Redstring nodes that no test run put there (a case?). Point NEO4J_URI or NEO4J_DATABASE ` +
          'at another database, or set REDSTRING_TEST_ALLOW_WIPE=1 to let the tests delete them.',
      );
    await wipe(engine);
    await engine.write((tx) => tx.run(NEO4J_TEST_STATEMENTS.claim, { claimedAt: new Date().toISOString() }));
  } catch (error) {
    await engine.close();
    release();
    throw error;
  }
  return {
    engine,
    async cleanup() {
      // The suite may have closed the engine through its store: wipe with a fresh one.
      await engine.close();
      const wiper = Neo4jEngine.open(options);
      try {
        await wipe(wiper);
      } finally {
        await wiper.close();
        release();
      }
    },
  };
}

async function wipe(engine: CypherEngine): Promise<void> {
  for (;;) {
    const [row] = await engine.write((tx) => tx.run(NEO4J_TEST_STATEMENTS.wipe, { batch: WIPE_BATCH }));
    if (Number(row?.deleted ?? 0) < WIPE_BATCH) return;
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes the lock of one Neo4j database for this process, in turn: each waiter first puts a ticket
 * in a queue folder (named by the time it asked, so tickets sort in arrival order), and only the
 * oldest live ticket may take the lock, a directory created atomically that holds the owner's pid.
 * A process that releases the lock and asks again at once gets a new ticket behind those already
 * waiting, so test files that alternate quickly cannot starve one another. Tickets and locks of
 * processes that died are cleared.
 */
async function acquireLock(key: string, where: string): Promise<() => void> {
  const hash = createHash('sha256').update(key).digest('hex').slice(0, 16);
  const dir = join(tmpdir(), `redstring-neo4j-test-${hash}.lock`);
  const queue = join(tmpdir(), `redstring-neo4j-test-${hash}.queue`);
  const ownerFile = join(dir, 'pid');
  mkdirSync(queue, { recursive: true });
  const ticket = `${String(Date.now()).padStart(15, '0')}-${String(process.hrtime.bigint() % 1_000_000n).padStart(6, '0')}-${process.pid}`;
  writeFileSync(join(queue, ticket), '');
  const leave = () => rmSync(join(queue, ticket), { force: true });
  const deadline = Date.now() + LOCK_WAIT_MS;
  try {
    for (;;) {
      const ahead = readdirSync(queue)
        .sort()
        .filter((other) => other < ticket)
        .filter((other) => {
          if (processAlive(Number(other.split('-').pop()))) return true;
          rmSync(join(queue, other), { force: true });
          return false;
        });
      if (ahead.length === 0) {
        try {
          mkdirSync(dir);
          writeFileSync(ownerFile, String(process.pid));
          leave();
          return () => rmSync(dir, { recursive: true, force: true });
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        }
        let owner = Number.NaN;
        try {
          owner = Number(readFileSync(ownerFile, 'utf8'));
        } catch {
          // The owner is between mkdir and writing its pid; wait for it like for any owner.
        }
        if (owner === process.pid)
          throw new Error(
            `a Neo4j test engine for ${where} is already open in this process: call cleanup() on it before opening another`,
          );
        if (Number.isInteger(owner) && !processAlive(owner)) {
          rmSync(dir, { recursive: true, force: true });
          continue;
        }
      }
      if (Date.now() > deadline)
        throw new Error(
          `waited ${LOCK_WAIT_MS / 1000} s for the Neo4j test engine for ${where}, held by other test processes ` +
            `(the lock is ${dir}, the queue ${queue}; delete both if no test process is running)`,
        );
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } catch (error) {
    leave();
    throw error;
  }
}

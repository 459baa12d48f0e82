/**
 * The engine every contract and API suite runs against: the embedded engine in memory by default,
 * Neo4j whenever NEO4J_URI is set (with NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE as the server
 * reads them).
 *
 * Isolation on Neo4j. Community edition has one database and cannot create more, and the store's
 * labels (:Entity, :Source) and unique ids are global to a database, so a test cannot
 * fence its data off with an extra label the way an application-level suite might. The honest
 * unit of isolation is therefore the whole database, which the tests wipe:
 * - they refuse a database holding data no test run put there, unless REDSTRING_TEST_ALLOW_WIPE=1;
 * - on first use they claim the (empty) database with one marker node, :RedstringTestDatabase, so
 *   that later runs may wipe what earlier ones left behind (after a crash, say);
 * - each engine starts from an empty database and `cleanup()` empties it again (the marker stays);
 * - one engine at a time: a lock in the temp folder makes a second test process wait for the first
 *   one's cleanup, so parallel test files cannot wipe each other's data. Run Neo4j suites with
 *   `--no-file-parallelism` so that files do not queue behind that lock.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readConfig } from '../../server/config.ts';
import type { CypherEngine } from '../../server/engine/cypher-engine.ts';
import { GrafeoEngine } from '../../server/engine/grafeo-engine.ts';
import { Neo4jEngine, type Neo4jEngineOptions } from '../../server/engine/neo4j-engine.ts';
import type { Statement } from '../../server/store/statements.ts';

export interface TestEngine {
  engine: CypherEngine;
  /** Releases the engine and whatever it holds (for Neo4j: empties the database, frees the lock). */
  cleanup(): Promise<void>;
}

/** Which engine `openTestEngine` returns in this process. */
export function testEngineKind(env: NodeJS.ProcessEnv = process.env): 'embedded' | 'neo4j' {
  return env.NEO4J_URI ? 'neo4j' : 'embedded';
}

/** The label of the node that marks a database as one the tests may wipe. */
export const TEST_DATABASE_LABEL = 'RedstringTestDatabase';

/** The statements the Neo4j test support sends; tests/cypher/lint.test.ts checks them too. */
export const NEO4J_TEST_STATEMENTS = {
  census: {
    name: 'test-database-census',
    text:
      'RETURN COUNT { MATCH (m:RedstringTestDatabase) } AS markers, ' +
      'COUNT { MATCH (n) WHERE NOT n:RedstringTestDatabase } AS others',
  },
  claim: {
    name: 'test-database-claim',
    text: 'MERGE (m:RedstringTestDatabase {id: 1}) ON CREATE SET m.claimedAt = $claimedAt RETURN m.claimedAt AS claimedAt',
  },
  wipe: {
    name: 'test-database-wipe',
    text: 'MATCH (n) WHERE NOT n:RedstringTestDatabase WITH n LIMIT $batch DETACH DELETE n RETURN count(*) AS deleted',
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
    const others = Number(census?.others ?? 0);
    if (Number(census?.markers ?? 0) === 0 && others > 0 && env.REDSTRING_TEST_ALLOW_WIPE !== '1')
      throw new Error(
        `The tests wipe the Neo4j database they run against, and ${where} holds ${others} nodes that no ` +
          'Redstring test run put there. Point NEO4J_URI or NEO4J_DATABASE at a disposable database, or set ' +
          'REDSTRING_TEST_ALLOW_WIPE=1 to let the tests delete everything in this one.',
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
 * Takes the lock of one Neo4j database for this process: a directory (created atomically) holding
 * the owner's pid. A lock whose owner died is taken over; a live owner is waited for.
 */
async function acquireLock(key: string, where: string): Promise<() => void> {
  const hash = createHash('sha256').update(key).digest('hex').slice(0, 16);
  const dir = join(tmpdir(), `redstring-neo4j-test-${hash}.lock`);
  const ownerFile = join(dir, 'pid');
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      mkdirSync(dir);
      writeFileSync(ownerFile, String(process.pid));
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
    if (Date.now() > deadline)
      throw new Error(
        `another test process (pid ${owner}) has held the Neo4j test engine for ${where} for ` +
          `${LOCK_WAIT_MS / 1000} s; run Neo4j suites with vitest --no-file-parallelism (the lock is ${dir}; ` +
          'delete it if no test process is running)',
      );
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

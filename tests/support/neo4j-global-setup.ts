/**
 * Global setup of the suites' Neo4j run (vitest.config.ts, project `neo4j`).
 *
 * - Without NEO4J_URI, starts a local Neo4j 5.26 (`npm run neo4j` on a free port, in a fresh
 *   temporary folder) for this run and stops it at the end; with NEO4J_URI (as .ci/run sets it),
 *   uses that server.
 * - Puts the foreign graph (tests/support/foreign-graph.ts) into the database and writes its
 *   fingerprint to a file that `tests/neo4j/untouched.afterwards.ts` compares with the database
 *   once every suite has run. Vitest ignores errors thrown by a global teardown, so the comparison
 *   is a test of its own, in a project that runs after the others.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readConfig } from '../../server/config.ts';
import { Neo4jEngine } from '../../server/engine/neo4j-engine.ts';
import { fingerprint, loadForeignGraph } from './foreign-graph.ts';
import { startLocalNeo4j, type LocalNeo4j } from './local-neo4j.ts';

/** Where the setup leaves the foreign graph's fingerprint for the check that runs last. */
export const FOREIGN_FINGERPRINT_ENV = 'REDSTRING_TEST_FOREIGN_FINGERPRINT';

export default async function setup(): Promise<() => Promise<void>> {
  let local: LocalNeo4j | null = null;
  if (!process.env.NEO4J_URI) {
    local = await startLocalNeo4j();
    // The test processes start after this and inherit the environment.
    process.env.NEO4J_URI = local.uri;
    process.env.NEO4J_USER = 'neo4j';
    process.env.NEO4J_PASSWORD = local.password;
  }
  const engine = Neo4jEngine.open(readConfig(process.env).neo4j);
  const folder = await mkdtemp(join(tmpdir(), 'redstring-foreign-'));
  try {
    const health = await engine.health();
    if (health.status === 'down') throw new Error(`the Neo4j suites cannot run: ${health.error}`);
    await loadForeignGraph(engine);
    const file = join(folder, 'fingerprint.json');
    await writeFile(file, JSON.stringify(await fingerprint(engine)));
    process.env[FOREIGN_FINGERPRINT_ENV] = file;
  } finally {
    await engine.close();
  }
  return async () => {
    await rm(folder, { recursive: true, force: true });
    await local?.destroy();
  };
}

/**
 * The browser suite (`npm run test:e2e`): real server, real headless Chromium. Files run one after
 * another; each starts its own server on a free port with a fresh data folder.
 *
 * On the embedded store by default. With REDSTRING_STORE=neo4j the servers run on Neo4j (NEO4J_URI,
 * or a local Neo4j that the global setup starts), beside a graph that Redstring did not create and
 * that a last file checks is unchanged, as in `npm test`'s Neo4j run.
 */
import { defineConfig } from 'vitest/config';
import { AfterwardsLast } from './tests/support/afterwards-last.ts';

const onNeo4j = process.env.REDSTRING_STORE === 'neo4j';

export default defineConfig({
  test: {
    name: onNeo4j ? 'e2e-neo4j' : 'e2e',
    include: ['tests/e2e/**/*.e2e.ts', ...(onNeo4j ? ['tests/neo4j/*.afterwards.ts'] : [])],
    globalSetup: onNeo4j ? ['tests/support/neo4j-global-setup.ts'] : [],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    fileParallelism: false,
    // A flow is a sequence of steps on one page: later steps build on earlier ones.
    sequence: { concurrent: false, sequencer: AfterwardsLast },
  },
});

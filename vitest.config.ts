import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

/**
 * The suites that ask nothing of their engine but what the port promises: `npm test` runs them
 * twice, on the embedded engine and on Neo4j (tests/support/engines.ts reads which from
 * REDSTRING_TEST_ENGINE). The rest run once: they test one engine's own parts, or start what they
 * need themselves.
 */
const ON_BOTH_ENGINES = [
  'tests/store/store-contract.test.ts',
  'tests/store/audit-log.test.ts',
  'tests/store/case-upgrade.test.ts',
  'tests/api/*.test.ts',
  'tests/formats/*.test.ts',
  'tests/case/kursk-stored.test.ts',
  'tests/cypher/lint.test.ts',
  'tests/cypher/seed.test.ts',
];

export default defineConfig({
  resolve: {
    // graphql 16 ships index.js and index.mjs without an "exports" map. Node loads index.js for
    // everyone; Vite would hand our sources index.mjs while yoga keeps index.js, and two copies
    // break `instanceof GraphQLError`. Resolve it the way Node does.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    projects: [
      {
        extends: true,
        test: {
          name: 'embedded',
          include: ['tests/**/*.test.ts', 'server/**/*.test.ts', 'client/**/*.test.ts'],
          exclude: ['tests/e2e/**', 'node_modules/**'],
          env: { REDSTRING_TEST_ENGINE: 'embedded' },
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'neo4j',
          include: ON_BOTH_ENGINES,
          env: { REDSTRING_TEST_ENGINE: 'neo4j' },
          // Starts a local Neo4j unless NEO4J_URI names one, and puts a graph of someone else's
          // beside Redstring's data for the check below.
          globalSetup: ['tests/support/neo4j-global-setup.ts'],
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          // After every suite above has written, imported, merged and deleted on Neo4j: the graph
          // that Redstring did not create is still there, unchanged.
          name: 'neo4j-afterwards',
          include: ['tests/neo4j/*.afterwards.ts'],
          env: { REDSTRING_TEST_ENGINE: 'neo4j' },
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});

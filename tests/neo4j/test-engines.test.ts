/**
 * The test engine factory (tests/support/engines.ts): embedded by default; with NEO4J_URI set it
 * insists on that Neo4j, says why when it cannot use it, and gives its lock back when it fails.
 */
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { openTestEngine, testEngineKind } from '../support/engines.ts';

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (!address || typeof address === 'string') throw new Error('no port');
  return address.port;
}

describe('openTestEngine', () => {
  it('opens the embedded engine in memory when NEO4J_URI is not set', async () => {
    expect(testEngineKind({})).toBe('embedded');
    const { engine, cleanup } = await openTestEngine({});
    try {
      expect(engine.kind).toBe('embedded');
      const rows = await engine.write((tx) =>
        tx.run({ name: 'probe', text: "CREATE (n:Entity {id: 'probe'}) RETURN n.id AS id" }),
      );
      expect(rows).toEqual([{ id: 'probe' }]);
    } finally {
      await cleanup();
    }
    const again = await openTestEngine({});
    try {
      // A new engine is a new, empty database.
      expect(
        await again.engine.read((tx) =>
          tx.run({ name: 'count', text: 'MATCH (n) RETURN count(n) AS count' }),
        ),
      ).toEqual([{ count: 0 }]);
    } finally {
      await again.cleanup();
    }
  });

  it('with NEO4J_URI set, fails with the reason rather than falling back, and frees its lock', async () => {
    const env = { NEO4J_URI: `bolt://127.0.0.1:${await closedPort()}`, NEO4J_DATABASE: 'redstring-test' };
    expect(testEngineKind(env)).toBe('neo4j');
    await expect(openTestEngine(env)).rejects.toThrow(
      /NEO4J_URI is set, so the tests use Neo4j, but: Neo4j at bolt/,
    );
    // The same again: had the first attempt kept its lock, this one would say the engine is already open.
    await expect(openTestEngine(env)).rejects.toThrow(/is not reachable/);
  });
});

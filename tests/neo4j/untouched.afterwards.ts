/**
 * Runs after every suite of the Neo4j run has written, imported, merged and deleted (vitest.config.ts,
 * project `neo4j-afterwards`): the graph that Redstring did not create, which the global setup put
 * into the same database, is still there, node for node and property for property.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readConfig } from '../../server/config.ts';
import { Neo4jEngine } from '../../server/engine/neo4j-engine.ts';
import { fingerprint, type Fingerprint } from '../support/foreign-graph.ts';
import { FOREIGN_FINGERPRINT_ENV } from '../support/neo4j-global-setup.ts';

describe('data that Redstring did not create, after the whole Neo4j run', () => {
  it('is still there, unchanged', async () => {
    const file = process.env[FOREIGN_FINGERPRINT_ENV];
    if (!file)
      throw new Error(`${FOREIGN_FINGERPRINT_ENV} is not set: run this with the neo4j project (npm test)`);
    const before = JSON.parse(readFileSync(file, 'utf8')) as Fingerprint;
    expect(before.nodes).toBeGreaterThanOrEqual(10);
    expect(before.relationships).toBeGreaterThanOrEqual(8);
    const engine = Neo4jEngine.open(readConfig(process.env).neo4j);
    try {
      expect(await fingerprint(engine)).toEqual(before);
    } finally {
      await engine.close();
    }
  });
});

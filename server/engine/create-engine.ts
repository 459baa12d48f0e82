/**
 * Picks the engine the configuration names. The only place that knows both adapters exist.
 */
import type { Config } from '../config.ts';
import type { CypherEngine } from './cypher-engine.ts';
import { GrafeoEngine } from './grafeo-engine.ts';

export async function createEngine(config: Config): Promise<CypherEngine> {
  if (config.store === 'neo4j') {
    throw new Error('REDSTRING_STORE=neo4j: the Neo4j adapter is not built yet');
  }
  return GrafeoEngine.open({ dataDir: config.dataDir });
}

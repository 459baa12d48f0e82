/**
 * Picks the engine the configuration names. The only place that knows both adapters exist.
 */
import type { Config } from '../config.ts';
import type { CypherEngine } from './cypher-engine.ts';
import { GrafeoEngine } from './grafeo-engine.ts';
import { Neo4jEngine } from './neo4j-engine.ts';

export async function createEngine(config: Config): Promise<CypherEngine> {
  if (config.store === 'neo4j') {
    // The driver connects lazily: this succeeds with Neo4j down. The first statement (the
    // schema, when the store opens) fails with a Neo4jUnavailableError naming the URI, what failed
    // and what to check; the server retries and reports it on /health meanwhile.
    return Neo4jEngine.open({
      uri: config.neo4j.uri,
      user: config.neo4j.user,
      password: config.neo4j.password,
      database: config.neo4j.database,
    });
  }
  return GrafeoEngine.open({ dataDir: config.dataDir });
}

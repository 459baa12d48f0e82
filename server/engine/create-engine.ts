/**
 * Picks the engine the configuration names. The only place that knows both adapters exist.
 */
import type { Config } from '../config.ts';
import type { CypherEngine } from './cypher-engine.ts';
import { GrafeoEngine } from './grafeo-engine.ts';
import { Neo4jEngine, Neo4jUnavailableError } from './neo4j-engine.ts';

export interface EngineHooks {
  /**
   * Hears when an engine that can be unavailable (Neo4j) stops answering and when it answers
   * again: once per change, with one line saying what failed and what to check.
   */
  onAvailabilityChange?: (change: { status: 'up' | 'down'; message: string }) => void;
}

export async function createEngine(config: Config, hooks: EngineHooks = {}): Promise<CypherEngine> {
  if (config.store === 'neo4j') {
    // The driver connects lazily: this succeeds with Neo4j down. The first statement (the
    // schema, when the store opens) fails with a Neo4jUnavailableError naming the URI, what failed
    // and what to check; the server retries and reports it on /health meanwhile.
    return Neo4jEngine.open({
      uri: config.neo4j.uri,
      user: config.neo4j.user,
      password: config.neo4j.password,
      database: config.neo4j.database,
      // A request to a Neo4j that does not answer fails with Neo4j's reason, well within the
      // request's time budget (which would otherwise answer first, with no word of Neo4j).
      giveUpAfterMs: Math.max(100, Math.min(5_000, Math.floor(config.requestTimeoutMs / 2))),
      onAvailabilityChange: hooks.onAvailabilityChange,
    });
  }
  return GrafeoEngine.open({ dataDir: config.dataDir });
}

/**
 * How long to wait before opening the store again after it failed with `error`. A refused login
 * is retried only every minute: it succeeds only once a password changes, and Neo4j locks the user
 * out, for every client, after three failed logins in a row (any success in between resets that).
 */
export function retryDelayMs(error: unknown, usualMs: number): number {
  return error instanceof Neo4jUnavailableError && error.loginRefused ? Math.max(usualMs, 60_000) : usualMs;
}

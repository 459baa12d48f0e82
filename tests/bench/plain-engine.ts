/**
 * The embedded engine without its optional capabilities (bulk loading, adjacency): what the store
 * does with Cypher alone, which is also what it does on Neo4j. `--plain` runs the benchmark on it
 * to show what the capabilities are worth.
 */
import type { CypherEngine } from '../../server/engine/cypher-engine.ts';

export function withoutCapabilities(engine: CypherEngine): CypherEngine {
  return {
    kind: engine.kind,
    read: (work) => engine.read(work),
    write: (work) => engine.write(work),
    applySchema: () => engine.applySchema(),
    health: () => engine.health(),
    close: () => engine.close(),
  };
}

/** Set by run.ts for its child processes. */
export const PLAIN = process.env.REDSTRING_BENCH_PLAIN === '1';

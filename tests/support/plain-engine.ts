/**
 * The embedded engine without its optional capabilities (bulk loading, adjacency): what the store
 * does with Cypher alone, which is also what it does on Neo4j. Store tests use it to cover that
 * path on the embedded engine; the benchmark's `--plain` runs on it to show what the capabilities
 * are worth.
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

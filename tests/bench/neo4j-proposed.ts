/**
 * Statements proposed for cypher/queries/, measured before they are adopted: an engine that runs
 * the text of tests/bench/neo4j-proposed/<name>.cypher wherever the store sends the statement
 * <name>, and everything else unchanged. The store, the API and the answers are the real ones.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CypherEngine, CypherTransaction } from '../../server/engine/cypher-engine.ts';

const DIR = fileURLToPath(new URL('./neo4j-proposed/', import.meta.url));

/** The proposed statements by name. */
export function proposedStatements(): Map<string, string> {
  return new Map(
    readdirSync(DIR)
      .filter((file) => file.endsWith('.cypher'))
      .map((file) => [basename(file, '.cypher'), readFileSync(join(DIR, file), 'utf8')]),
  );
}

export function withProposedStatements(engine: CypherEngine): CypherEngine {
  const proposed = proposedStatements();
  const swap = (tx: CypherTransaction): CypherTransaction => ({
    run: (statement, params) => {
      const text = proposed.get(statement.name);
      return tx.run(text === undefined ? statement : { name: statement.name, text }, params);
    },
  });
  return {
    kind: engine.kind,
    read: (work) => engine.read((tx) => work(swap(tx))),
    write: (work) => engine.write((tx) => work(swap(tx))),
    applySchema: () => engine.applySchema(),
    health: () => engine.health(),
    close: () => engine.close(),
  };
}

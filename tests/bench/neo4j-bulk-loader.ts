/**
 * A prototype of the port's `bulkLoad` capability for Neo4j, for the benchmark only: the Neo4j
 * adapter has none, so `importChunks` puts a whole stream in one write transaction. On the local
 * Neo4j that holds 500 000 relations at 1 800 to 3 500 relations/s and 2.6 GiB of transaction
 * state until the commit; five million would outlast its 10-minute transaction timeout and need
 * a heap this machine does not have. With this capability the store's own bulk path
 * (server/store/bulk-import.ts: same checks, same mapping functions, same report) writes each
 * batch in a transaction of its own.
 *
 * All or nothing as the port asks, the way the embedded adapter does it: a marker node is written
 * first and deleted last, and an abort deletes everything (exact: a bulk load starts from an empty
 * database). What this prototype leaves out is clearing an unfinished load when the store next
 * opens (the embedded adapter does it on open).
 */
import type { BulkLoader, BulkSession, CypherEngine, Properties } from '../../server/engine/cypher-engine.ts';
import { IDENTIFIER_PATTERN } from '../../server/engine/statement.ts';
import { withoutCapabilities } from '../support/plain-engine.ts';

/** Rows per transaction: large enough to amortise a commit, small enough for a modest heap. */
const ROWS_PER_TRANSACTION = 10_000;

const MARKER = 'RedstringBulkLoad';

function identifier(value: string, what: string): string {
  if (!IDENTIFIER_PATTERN.test(value))
    throw new Error(`${what} ${JSON.stringify(value)} is not an identifier`);
  return `\`${value}\``;
}

function batches<T>(rows: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += ROWS_PER_TRANSACTION)
    out.push(rows.slice(i, i + ROWS_PER_TRANSACTION));
  return out;
}

/** `engine` (the Neo4j adapter) with a bulk loader that commits batch by batch. */
export function withNeo4jBulkLoad(engine: CypherEngine): CypherEngine {
  const run = (name: string, text: string, params: Properties = {}) =>
    engine.write((tx) => tx.run({ name: `bench bulk load: ${name}`, text }, params));

  const bulkLoad: BulkLoader = {
    async isEmpty() {
      const rows = await engine.read((tx) =>
        tx.run({ name: 'bench bulk load: empty', text: 'MATCH (n) RETURN 1 AS one LIMIT 1' }),
      );
      return rows.length === 0;
    },
    async begin(): Promise<BulkSession> {
      await run('begin', `CREATE (:${MARKER})`);
      // Relationships name their ends by the key of the nodes created with one (the entities' id).
      let keyed: { label: string; key: string } | null = null;
      return {
        async createNodes(labels, rows, key) {
          if (key) keyed = { label: identifier(labels[0]!, 'label'), key: identifier(key, 'key') };
          const text = `UNWIND $rows AS row CREATE (n:${labels.map((l) => identifier(l, 'label')).join(':')}) SET n = row`;
          for (const batch of batches(rows)) await run('nodes', text, { rows: batch });
        },
        async createRelationships(type, rows) {
          if (!keyed) throw new Error('createRelationships before any node was created with a key');
          const { label, key } = keyed;
          const text =
            `UNWIND $rows AS row MATCH (a:${label} {${key}: row.from}) MATCH (b:${label} {${key}: row.to}) ` +
            `CREATE (a)-[r:${identifier(type, 'relationship type')}]->(b) SET r = row.props`;
          for (const batch of batches(rows)) await run('relationships', text, { rows: batch });
        },
        write: (work) => engine.write(work),
        async commit() {
          await run('commit', `MATCH (m:${MARKER}) DELETE m`);
        },
        async abort() {
          // Batch by batch: `CALL { } IN TRANSACTIONS` cannot run inside a managed transaction.
          for (;;) {
            const rows = await run(
              'abort',
              // Only what a load writes: the database may hold other applications' data.
              `MATCH (n) WHERE n:Entity OR n:Source OR n:${MARKER} WITH n LIMIT 10000 DETACH DELETE n RETURN count(*) AS deleted`,
            );
            if (Number(rows[0]?.deleted ?? 0) === 0) return;
          }
        },
      };
    },
  };
  return { ...withoutCapabilities(engine), bulkLoad };
}

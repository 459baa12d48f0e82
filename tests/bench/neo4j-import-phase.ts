/**
 * Child process of the Neo4j benchmark: imports the generated graph into an empty Neo4j through
 * Redstring's own import path (`GraphStore.importChunks` over the Neo4j engine, what `redstring
 * import` does with REDSTRING_STORE=neo4j), then closes.
 *
 * - `transaction`: the Neo4j adapter as it is. It has no bulk loader, so the stream goes in as one
 *   write transaction, all or nothing, as it would from the CLI.
 * - `bulk`: the same call with a prototype bulk loader for Neo4j (neo4j-bulk-loader.ts), which the
 *   store's bulk path uses as it uses the embedded engine's: a transaction per batch.
 *
 *   neo4j-import-phase.ts <size> <seed> <bolt uri> <transaction|bulk>
 */
import { readConfig } from '../../server/config.ts';
import { createEngine } from '../../server/engine/create-engine.ts';
import { GraphStore } from '../../server/store/graph-store.ts';
import { GraphGenerator, SIZES, type GraphSize } from '../support/generate.ts';
import { withNeo4jBulkLoad } from './neo4j-bulk-loader.ts';
import { neo4jEnv } from './neo4j-workload.ts';

export interface Neo4jImportResult {
  type: 'neo4j-import';
  entities: number;
  relations: number;
  evidence: number;
  /** Wall time of `importChunks` (one transaction, its commit included), the generator's time included. */
  importMs: number;
  /** Time the generator took to make the records, inside `importMs`. */
  generateMs: number;
  /** The store's open before the import (schema statements, an empty search index). */
  openMs: number;
  /** Peak resident memory of this process (the importer; Neo4j's JVM is measured by the parent). */
  peakRssBytes: number;
}

async function main() {
  const [sizeName, seed, uri, mode] = process.argv.slice(2);
  const size = SIZES[sizeName as GraphSize['name']];
  if (!size || !seed || !uri || (mode !== 'transaction' && mode !== 'bulk'))
    throw new Error('usage: neo4j-import-phase.ts <size> <seed> <bolt uri> <transaction|bulk>');
  const gen = new GraphGenerator(size, Number(seed));
  const t0 = performance.now();
  const engine = await createEngine(readConfig(neo4jEnv(uri)));
  const store = await GraphStore.open(mode === 'bulk' ? withNeo4jBulkLoad(engine) : engine);
  const openMs = performance.now() - t0;
  if (!(await store.isEmpty()))
    throw new Error(`the Neo4j at ${uri} is not empty: the import wants a fresh one`);
  let evidence = 0;
  let generateMs = 0;
  let chunkCount = 0;
  const started = performance.now();
  // The generator runs inside the import's loop; its time is measured and taken out of the rate.
  function* counted() {
    const chunks = gen.chunks();
    for (;;) {
      const t = performance.now();
      const next = chunks.next();
      generateMs += performance.now() - t;
      if (next.done) return;
      if (++chunkCount % 25 === 0)
        console.error(
          `[bench] neo4j import: ${chunkCount} chunks in ${((performance.now() - started) / 1000).toFixed(0)} s, ` +
            `importer resident ${(process.memoryUsage.rss() / 2 ** 30).toFixed(2)} GiB`,
        );
      for (const record of [...next.value.entities, ...next.value.relations])
        evidence += record.evidence.length;
      yield next.value;
    }
  }
  const t1 = performance.now();
  const report = await store.importChunks(counted(), { file: `generated ${size.name} graph`, bulk: true });
  const importMs = performance.now() - t1;
  await store.close();
  const result: Neo4jImportResult = {
    type: 'neo4j-import',
    entities: report.entities.created,
    relations: report.relations.created,
    evidence,
    importMs,
    generateMs,
    openMs,
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
  };
  process.send?.(result);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);

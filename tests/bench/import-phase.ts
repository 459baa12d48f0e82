/**
 * Child process of the benchmark: imports a generated graph into an empty embedded store through
 * the store's own import path (`GraphStore.importChunks`, what `redstring import` calls), then
 * closes it. Runs alone so that its peak resident memory is the import's, not the benchmark's.
 */
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { GrafeoEngine } from '../../server/engine/grafeo-engine.ts';
import { GraphStore } from '../../server/store/graph-store.ts';
import { GraphGenerator, SIZES, type GraphSize } from '../support/generate.ts';
import { withoutCapabilities } from '../support/plain-engine.ts';
import { PLAIN } from './plain-flag.ts';

export interface ImportResult {
  type: 'import';
  entities: number;
  relations: number;
  evidence: number;
  /** Wall time of `importChunks`, the generator's time included. */
  importMs: number;
  /** Time the generator took to make the records, inside `importMs`. */
  generateMs: number;
  closeMs: number;
  peakRssBytes: number;
  diskBytes: number;
}

export function diskUsage(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(path).reduce((sum, name) => sum + diskUsage(join(path, name)), 0);
}

async function main() {
  const [sizeName, seed, dir] = process.argv.slice(2);
  const size = SIZES[sizeName as GraphSize['name']];
  if (!size || !seed || !dir) throw new Error('usage: import-phase.ts <size> <seed> <dir>');
  rmSync(dir, { recursive: true, force: true });
  const gen = new GraphGenerator(size, Number(seed));
  const engine = GrafeoEngine.open({ dataDir: dir });
  const store = await GraphStore.open(PLAIN ? withoutCapabilities(engine) : engine);
  let evidence = 0;
  let generateMs = 0;
  // The generator runs inside the import's loop; its time is measured and taken out of the rate,
  // which is the store's (a file importer spends its own time parsing instead).
  let chunkCount = 0;
  const started = performance.now();
  function* counted() {
    const chunks = gen.chunks();
    for (;;) {
      const t = performance.now();
      const next = chunks.next();
      generateMs += performance.now() - t;
      if (next.done) return;
      if (++chunkCount % 50 === 0)
        console.error(
          `[bench] import: ${chunkCount} chunks in ${((performance.now() - started) / 1000).toFixed(0)} s, ` +
            `resident ${(process.memoryUsage.rss() / 2 ** 30).toFixed(2)} GiB`,
        );
      for (const record of [...next.value.entities, ...next.value.relations])
        evidence += record.evidence.length;
      yield next.value;
    }
  }
  const t0 = performance.now();
  const report = await store.importChunks(counted(), { file: `generated ${size.name} graph`, bulk: true });
  const importMs = performance.now() - t0;
  const t1 = performance.now();
  await store.close();
  const closeMs = performance.now() - t1;
  const result: ImportResult = {
    type: 'import',
    entities: report.entities.created,
    relations: report.relations.created,
    evidence,
    importMs,
    generateMs,
    closeMs,
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
    diskBytes: diskUsage(dir),
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

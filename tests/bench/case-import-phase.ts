/**
 * Child process of the case-scoping benchmark (case-scoping.ts): imports a generated graph into
 * one named case of an embedded store, creating the case when it is missing, through the path
 * `redstring import --case` takes (`CaseStore.importChunks`). It runs alone, as import-phase.ts
 * does, so that its peak memory and time are this import's only.
 *
 *   case-import-phase.ts <dir> <case id> <entities> <relations> <seed> <bulk|transaction> [fresh]
 *
 * `fresh` empties `dir` first. Whether the import could take the bulk loader is read before it
 * starts (the loader needs a database without any entity or source, whatever their case).
 */
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { GrafeoEngine } from '../../server/engine/grafeo-engine.ts';
import { GraphStore } from '../../server/store/graph-store.ts';
import { GraphGenerator } from '../support/generate.ts';
import type { ImportResult } from './import-phase.ts';

export interface CaseImportResult extends Omit<ImportResult, 'type'> {
  type: 'case-import';
  caseId: string;
  /** Which path the store took: the bulk loader, or one transaction for the whole stream. */
  path: 'bulk' | 'one transaction';
  /** Opening the store before the import (schema, every case's search index). */
  storeOpenMs: number;
}

// import-phase.ts has one, but importing a phase's file would run that phase.
function diskUsage(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(path).reduce((sum, name) => sum + diskUsage(join(path, name)), 0);
}

async function main() {
  const [dir, caseId, entities, relations, seed, mode, fresh] = process.argv.slice(2);
  if (!dir || !caseId || !entities || !relations || !seed || (mode !== 'bulk' && mode !== 'transaction'))
    throw new Error(
      'usage: case-import-phase.ts <dir> <case id> <entities> <relations> <seed> <bulk|transaction> [fresh]',
    );
  if (fresh === 'fresh') rmSync(dir, { recursive: true, force: true });
  // The size's name only labels the import; the counts are what the generator makes.
  const gen = new GraphGenerator(
    { name: 'medium', entities: Number(entities), relations: Number(relations) },
    Number(seed),
  );
  const engine = GrafeoEngine.open({ dataDir: dir });
  const t0 = performance.now();
  const store = await GraphStore.open(engine);
  const storeOpenMs = performance.now() - t0;
  if (!(await store.getCase(caseId))) await store.createCase({ id: caseId, name: caseId });
  const target = await store.inCase(caseId);
  const path = mode === 'bulk' && (await engine.bulkLoad.isEmpty(caseId)) ? 'bulk' : 'one transaction';
  let evidence = 0;
  let generateMs = 0;
  function* counted() {
    const chunks = gen.chunks();
    for (;;) {
      const t = performance.now();
      const next = chunks.next();
      generateMs += performance.now() - t;
      if (next.done) return;
      for (const record of [...next.value.entities, ...next.value.relations])
        evidence += record.evidence.length;
      yield next.value;
    }
  }
  const t1 = performance.now();
  const report = await target.importChunks(counted(), {
    file: `generated graph of ${entities} entities`,
    bulk: mode === 'bulk',
  });
  const importMs = performance.now() - t1;
  const t2 = performance.now();
  await store.close();
  const closeMs = performance.now() - t2;
  const result: CaseImportResult = {
    type: 'case-import',
    caseId,
    path,
    storeOpenMs,
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

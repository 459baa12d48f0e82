/**
 * The bulk import path (server/store/bulk-import.ts) keeps the promises of the transactional one:
 * the same stored graph and report, updates of records the load wrote earlier, all or nothing on
 * a failure and after a crash. The graphs come from the benchmark's generator: small, but above
 * the threshold that turns the bulk path on.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import grafeo from '@grafeo-db/js';
import { afterEach, describe, expect, it } from 'vitest';
import { GrafeoEngine } from '../../server/engine/grafeo-engine.ts';
import type { GraphFile } from '../../server/model/case-format.ts';
import { BULK_THRESHOLD } from '../../server/store/bulk-import.ts';
import { loadKurskCase } from '../../server/seed/kursk.ts';
import { KURSK_CASE } from '../../server/store/cases/upgrade.ts';
import { GraphStore } from '../../server/store/graph-store.ts';
import { GraphGenerator } from '../support/generate.ts';
import { withoutCapabilities } from '../support/plain-engine.ts';

const gen = new GraphGenerator({ name: 'small', entities: 2_000, relations: BULK_THRESHOLD + 2_000 }, 11);

function chunks(): GraphFile[] {
  const all = [...gen.chunks({ entitiesPerChunk: 1_000, relationsPerChunk: 8_000 })];
  // Ids that come back in a later chunk: an entity renamed, a relation restated, one moved.
  all.push({
    sources: [],
    entities: [{ ...gen.entity(3), name: 'Renamed Entity' }],
    relations: [
      { ...gen.relation(5), status: 'denied' },
      gen.relation(6),
      { ...gen.relation(7), from: gen.entityId(10), to: gen.entityId(11) },
    ],
  });
  return all;
}

const canonical = (graph: GraphFile) =>
  JSON.stringify({
    sources: graph.sources,
    entities: [...graph.entities].sort((a, b) => a.id.localeCompare(b.id)),
    relations: [...graph.relations].sort((a, b) => a.id.localeCompare(b.id)),
  });

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'redstring-bulk-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** An embedded engine that counts its bulk loads, so a test knows the bulk path ran (not the transactional one twice). */
function countingLoads(dir: string): { engine: GrafeoEngine; loads: () => number } {
  const engine = GrafeoEngine.open({ dataDir: dir });
  const loader = engine.bulkLoad!;
  const begin = loader.begin.bind(loader);
  let loads = 0;
  loader.begin = (caseId) => {
    loads++;
    return begin(caseId);
  };
  return { engine, loads: () => loads };
}

describe('bulk import into an empty embedded store', () => {
  it('stores what the transactional path stores, with the same report, and survives a reopen', async () => {
    const dir = tempDir();
    const { engine, loads } = countingLoads(dir);
    const bulk = await GraphStore.open(engine);
    const plain = await GraphStore.open(withoutCapabilities(GrafeoEngine.open({ dataDir: null })));
    const bulkReport = await bulk.importChunks(chunks(), { bulk: true });
    const plainReport = await plain.importChunks(chunks());
    expect(loads()).toBe(1);
    // Each import has its own record.
    expect({ ...bulkReport, importId: null }).toEqual({ ...plainReport, importId: null });
    expect(bulkReport.relations.created).toBe(gen.size.relations);
    // A sample rather than the whole graph: exporting everything pages through all relations.
    const sample = [...Array.from({ length: 300 }, (_, i) => gen.entityId(i * 6)), gen.entityId(3)];
    const expected = canonical(await plain.exportGraph(sample));
    expect(canonical(await bulk.exportGraph(sample))).toBe(expected);
    expect(await bulk.summary()).toEqual(await plain.summary());
    const relationIds = ['r5', 'r6', 'r7', 'r100', 'r2000'].map(
      (id) => gen.relation(parseInt(id.slice(1), 36)).id,
    );
    expect(await bulk.getRelations(relationIds)).toEqual(await plain.getRelations(relationIds));
    expect((await bulk.search('Renamed Entity'))[0]?.entity.id).toBe(gen.entityId(3));
    await bulk.close();
    await plain.close();

    const reopened = await GraphStore.open(GrafeoEngine.open({ dataDir: dir }));
    expect(canonical(await reopened.exportGraph(sample))).toBe(expected);
    await reopened.close();
  }, 120_000);

  it('leaves nothing behind when a chunk fails, and clears a load a crash interrupted', async () => {
    const dir = tempDir();
    const store = await GraphStore.open(GrafeoEngine.open({ dataDir: dir }));
    const broken = [
      ...chunks(),
      { sources: [], entities: [], relations: [{ ...gen.relation(1), id: 'bad', to: 'nobody' }] },
    ];
    await expect(store.importChunks(broken, { bulk: true })).rejects.toThrow(/unknown entity "nobody"/);
    const summary = await store.summary();
    expect([summary.entityCount, summary.relationCount, summary.sourceCount]).toEqual([0, 0, 0]);
    expect(await store.search('Ivan')).toEqual([]);
    await store.close();

    // What a crash in the middle of a load leaves: data and the marker the load writes first.
    const db = grafeo.GrafeoDB.open(join(dir, 'redstring.grafeo'));
    await db.executeCypher("CREATE (:Entity:Person {id: 'half', type: 'Person', name: 'Half'})");
    db.createNode(['RedstringBulkLoad'], { startedAt: '2024-01-01' });
    db.walCheckpoint();
    db.close();
    const recovered = await GraphStore.open(GrafeoEngine.open({ dataDir: dir }));
    expect((await recovered.summary()).entityCount).toBe(0);
    await recovered.close();
  }, 120_000);

  it('audits the load in the transaction that finishes it, and keeps the log through a load and its recovery', async () => {
    const dir = tempDir();
    const { engine, loads } = countingLoads(dir);
    const store = await GraphStore.open(engine);
    // A store whose graph was emptied still has its log: it is empty for a bulk load all the same.
    await store.upsertEntity({ ...gen.entity(0), id: 'gone' });
    await store.deleteEntities(['gone']);
    const cli = { name: 'cli:tester', role: 'admin' as const, tokenId: null };
    const report = await store.importChunks(chunks(), { bulk: true, actor: cli, file: 'generated' });
    expect(loads()).toBe(1);
    const log = (await store.auditLog()).items;
    expect(log.map((r) => r.action)).toEqual([
      'graph.import',
      'entities.delete',
      'entity.upsert',
      'case.create',
    ]);
    expect(log[0]!.actor).toEqual(cli);
    // Every record the chunks hold, repeats included, counted; the first ones listed.
    const held = chunks().flatMap((c) => [...c.sources, ...c.entities, ...c.relations]);
    expect(log[0]!.idCount).toBe(held.length);
    expect(log[0]!.ids).toEqual(held.slice(0, 100).map((r) => r.id));
    expect(log[0]!.detail).toMatchObject({ 'relations.created': report.relations.created });
    await store.close();

    // A crash in the middle of a later load: recovery clears the graph, not the log.
    const db = grafeo.GrafeoDB.open(join(dir, 'redstring.grafeo'));
    db.createNode(['RedstringBulkLoad'], { startedAt: '2024-01-01' });
    db.walCheckpoint();
    db.close();
    const recovered = await GraphStore.open(GrafeoEngine.open({ dataDir: dir }));
    expect((await recovered.summary()).entityCount).toBe(0);
    expect((await recovered.auditLog()).items).toEqual(log);
    await recovered.close();
  }, 180_000);

  it('loads into an empty case beside another, and a failed or interrupted load empties its own case only', async () => {
    const dir = tempDir();
    const { engine, loads } = countingLoads(dir);
    const store = await GraphStore.open(engine, {}, { firstCase: KURSK_CASE });
    const kursk = await store.inCase('kursk');
    await kursk.importGraph(loadKurskCase());
    const kurskBefore = JSON.stringify(await kursk.exportGraph());

    await store.createCase({ id: 'generated', name: 'Generated' });
    const generated = await store.inCase('generated');
    const report = await generated.importChunks(chunks(), { bulk: true });
    expect(loads()).toBe(1);
    expect((await store.caseCounts('generated')).relations).toBe(gen.size.relations);
    expect(report.entities.created).toBe(gen.size.entities);

    await store.createCase({ id: 'broken', name: 'Broken' });
    const broken = [
      ...chunks(),
      { sources: [], entities: [], relations: [{ ...gen.relation(1), id: 'bad', to: 'nobody' }] },
    ];
    await expect((await store.inCase('broken')).importChunks(broken, { bulk: true })).rejects.toThrow(
      /unknown entity "nobody"/,
    );
    expect(loads()).toBe(2);
    expect(await store.caseCounts('broken')).toEqual({ entities: 0, relations: 0, sources: 0 });
    expect((await store.caseCounts('generated')).entities).toBe(gen.size.entities);
    expect(JSON.stringify(await kursk.exportGraph())).toBe(kurskBefore);
    await store.close();

    // A crash in the middle of a load into "generated": reopening empties that case alone.
    const db = grafeo.GrafeoDB.open(join(dir, 'redstring.grafeo'));
    db.createNode(['RedstringBulkLoad'], { startedAt: '2024-01-01', caseId: 'generated' });
    db.walCheckpoint();
    db.close();
    const recovered = await GraphStore.open(GrafeoEngine.open({ dataDir: dir }));
    expect(await recovered.caseCounts('generated')).toEqual({ entities: 0, relations: 0, sources: 0 });
    expect(JSON.stringify(await (await recovered.inCase('kursk')).exportGraph())).toBe(kurskBefore);
    await recovered.close();
  }, 180_000);

  it('undoes a load whole: the case is emptied, unless something was written to it since', async () => {
    const { engine, loads } = countingLoads(tempDir());
    const store = await GraphStore.open(engine);
    const report = await store.importChunks(chunks(), { bulk: true, file: 'generated.json', format: 'json' });
    expect(loads()).toBe(1);
    const loaded = await store.only();
    expect(await loaded.getImport(report.importId!)).toMatchObject({
      wholeCase: true,
      file: 'generated.json',
      format: 'json',
      relations: report.relations,
    });
    // A new name is not a change of the graph: it does not block.
    await store.updateCase(loaded.id, { name: 'Generated' });
    const edit = { ...gen.entity(0), name: 'Edited by hand' };
    await loaded.upsertEntity(edit);
    const blocked = await loaded.undoImport(report.importId!);
    expect(blocked).toMatchObject({ undone: false, blockerCount: 1 });
    expect(blocked.blockers[0]).toMatchObject({
      kind: 'write',
      reason: expect.stringMatching(/^entity\.upsert by local at \S+ wrote to the case after this import$/),
    });
    expect((await loaded.summary()).entityCount).toBe(gen.size.entities);
    await store.close();

    const again = await GraphStore.open(countingLoads(tempDir()).engine);
    const second = await again.importChunks(chunks(), { bulk: true });
    const undone = await (await again.only()).undoImport(second.importId!);
    expect(undone).toMatchObject({
      undone: true,
      removed: {
        entities: gen.size.entities,
        relations: gen.size.relations,
        sources: second.sources.created,
      },
    });
    const summary = await again.summary();
    expect([summary.entityCount, summary.relationCount]).toEqual([0, 0]);
    expect(await again.search(gen.entity(1).name)).toEqual([]);
    await again.close();
  }, 180_000);
});

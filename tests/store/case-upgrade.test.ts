/**
 * A store written before cases opens with its graph as a case and nothing lost.
 *
 * - tests/fixtures/upgrade/grafeo-data: a data folder written by main before cases (1d5ce5b): the
 *   seeded Kursk case, miserables.graphml imported on top, and a token; export-before.json is what
 *   that code exported from it.
 * - tests/fixtures/upgrade/kursk-before-cases.cypher: that code's Cypher seed script, which writes
 *   its layout on either engine.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { splitCypherStatements } from '../../server/engine/cypher-files.ts';
import { GrafeoEngine } from '../../server/engine/grafeo-engine.ts';
import { loadKurskCase } from '../../server/seed/kursk.ts';
import { KURSK_CASE } from '../../server/store/cases/upgrade.ts';
import { GraphStore } from '../../server/store/graph-store.ts';
import { openTestEngine, testEngineKind } from '../support/engines.ts';

const FIXTURES = new URL('../fixtures/upgrade/', import.meta.url);
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe('upgrade to cases', () => {
  it.runIf(testEngineKind() === 'embedded')(
    'opens a data folder of the code before cases: its graph is the Kursk case, exported as that code exported it',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'redstring-upgrade-'));
      cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
      cpSync(new URL('grafeo-data', FIXTURES), dir, { recursive: true });
      const before = readFileSync(new URL('export-before.json', FIXTURES), 'utf8');

      const store = await GraphStore.open(GrafeoEngine.open({ dataDir: dir }));
      expect((await store.listCases()).map((c) => c.id)).toEqual(['kursk']);
      expect(JSON.stringify(await (await store.inCase('kursk')).exportGraph())).toBe(before);
      expect((await store.tokens.list()).map((t) => t.name)).toEqual(['kept-token']);
      const upgrade = (await store.auditLog({ action: 'case.upgrade' })).items;
      expect(upgrade).toHaveLength(1);
      expect(upgrade[0]).toMatchObject({ case: 'kursk', ids: ['kursk'] });
      const earlier = (await store.auditLog({ action: 'graph.import' })).items;
      expect(earlier.map((r) => r.case)).toEqual([null, null]);
      await store.close();

      // Opening it again finds nothing to move, and the case works as any other.
      const again = await GraphStore.open(GrafeoEngine.open({ dataDir: dir }));
      expect((await again.auditLog({ action: 'case.upgrade' })).items).toHaveLength(1);
      expect((await again.search('Valjean')).map((h) => h.entity.name)).toContain('Valjean');
      expect((await again.search('Shoigu')).map((h) => h.entity.name)).toContain('Sergei Shoigu');
      await again.close();
    },
  );

  it('moves a graph written in the layout before cases into a case, on either engine', async () => {
    const opened = await openTestEngine();
    cleanups.push(opened.cleanup);
    const script = splitCypherStatements(
      readFileSync(new URL('kursk-before-cases.cypher', FIXTURES), 'utf8'),
    );
    // The data statements only: each engine applies its own schema when the store opens.
    for (const [index, text] of script.entries())
      if (!/^\s*(CREATE|DROP) (CONSTRAINT|INDEX|FULLTEXT)/.test(text))
        await opened.engine.write((tx) => tx.run({ name: `old seed statement ${index + 1}`, text }));
    const store = await GraphStore.open(opened.engine);
    expect((await store.listCases()).map((c) => [c.id, c.name])).toEqual([[KURSK_CASE.id, KURSK_CASE.name]]);
    const kursk = loadKurskCase();
    const exported = await (await store.inCase('kursk')).exportGraph();
    expect(exported.entities).toHaveLength(kursk.entities.length);
    expect(exported.relations).toHaveLength(kursk.relations.length);
    expect(exported.sources).toHaveLength(kursk.sources.length);
    // Same ids in a new case do not meet the upgraded ones.
    await store.createCase({ id: 'fresh', name: 'Fresh' });
    const fresh = await store.inCase('fresh');
    await fresh.importGraph(kursk);
    expect(await fresh.exportGraph()).toEqual(exported);
    expect((await store.caseCounts('kursk')).relations).toBe(kursk.relations.length);
  });
});

/**
 * Input and export hygiene on both engines: CSV export neutralises formulas and reads its own
 * output back unchanged; a record the text rules refuse stops the whole import, which leaves the
 * store as it was. The probes against the real server are in tests/security/input.test.ts.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { exportGraphAs } from '../../server/formats/export-file.ts';
import { importFiles } from '../../server/formats/import-file.ts';
import type { EntityInput } from '../../server/model/case-format.ts';
import { closeStore, openStore } from './helpers.ts';

afterEach(closeStore);

const entities: EntityInput[] = [
  {
    id: 'f-eq',
    type: 'Person',
    name: '=HYPERLINK("http://evil.example","x")',
    aliases: [],
    properties: {},
    evidence: [],
  },
  { id: 'f-at', type: 'Person', name: '@SUM(1+1)', aliases: ['+cmd|calc'], properties: {}, evidence: [] },
  { id: 'f-dash', type: 'Person', name: '-Dash', aliases: [], properties: { delta: -3.5 }, evidence: [] },
  {
    id: 'f-quote',
    type: 'Person',
    name: "'=quoted",
    aliases: [],
    properties: { note: "''+x" },
    evidence: [],
  },
];

describe('CSV export and the text rules', () => {
  it('neutralise formulas in the export, and the export reads back as it was', async () => {
    const store = await openStore();
    await store.importGraph({ sources: [], entities, relations: [] });
    const parts = await exportGraphAs(await store.only(), 'csv', { ids: entities.map((e) => e.id) });
    const csv = parts.find((p) => p.fileName === 'entities.csv')!.content;
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
    expect(csv).toContain("'@SUM(1+1)");
    expect(csv).toContain("'-Dash,");
    expect(csv).toContain(',-3.5');
    expect(csv).not.toMatch(/(^|,)[=+@]/m);

    const fresh = await openStore();
    await importFiles(fresh, [{ content: csv, name: 'entities.csv' }]);
    const back = await fresh.getEntities(entities.map((e) => e.id));
    expect(back.map((e) => e && { name: e.name, aliases: e.aliases, properties: e.properties })).toEqual(
      entities.map((e) => ({ name: e.name, aliases: e.aliases, properties: e.properties })),
    );
  }, 60_000);

  it('refuse a control character with its line and field, and the import writes nothing', async () => {
    const store = await openStore();
    const before = await store.summary();
    const csv = 'id,name,type\nh-1,Fine,Person\nh-2,Bad\u001bName,Person\n';
    await expect(importFiles(store, [{ content: csv, name: 'bad.csv' }])).rejects.toThrow(
      /bad\.csv: line 3, field name: contains the control character U\+001B/,
    );
    expect(await store.summary()).toEqual(before);
    expect(await store.getEntities(['h-1'])).toEqual([null]);
  }, 60_000);
});

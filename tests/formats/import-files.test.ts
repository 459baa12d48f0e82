/**
 * Every real file in shared/data imports as it is, with the counts the files hold, keeps what
 * matters of each, and imports a second time without changing anything.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { importFiles } from '../../server/formats/import-file.ts';
import type { GraphStore } from '../../server/store/graph-store.ts';
import { UN_CUT, UN_LIST, closeStore, counts, dataFile, openStore } from './helpers.ts';

let store: GraphStore;
afterEach(closeStore);

async function importTwice(path: string) {
  store = await openStore();
  const first = await importFiles(store, [{ path }]);
  const stored = await counts(store);
  const second = await importFiles(store, [{ path }]);
  expect(second.entities.created + second.entities.updated).toBe(0);
  expect(second.relations.created + second.relations.updated).toBe(0);
  expect(second.entities.unchanged).toBe(stored.entities);
  expect(second.relations.unchanged).toBe(stored.relations);
  expect(await counts(store)).toEqual(stored);
  return { first, stored };
}

const entity = async (id: string) => (await store.getEntity(id))!;
const relation = async (id: string) => (await store.getRelations([id]))[0]!;

describe('GEXF', () => {
  it('les_miserables.gexf: 77 nodes, 254 edges, typed attributes and viz data', async () => {
    const { first, stored } = await importTwice(dataFile('gexf/les_miserables.gexf'));
    expect(first.format).toBe('gexf');
    expect(stored).toEqual({ entities: 77, relations: 254, sources: 0 });
    const myriel = await entity('0.0');
    expect(myriel).toMatchObject({ name: 'Myriel', type: 'Node' });
    expect(myriel.properties).toMatchObject({
      Authority: 0.01880342,
      Hub: 0.01880342,
      vizSize: 22.714287,
      vizColor: 'rgb(216,72,45)',
      vizX: 268.72385,
      // The file's y="91.18155", flipped: Gephi's y points up, the canvas's down.
      vizY: -91.18155,
    });
  });

  it('mixed.gexf: a directed graph with one undirected edge and an edge label', async () => {
    const { stored } = await importTwice(dataFile('gexf/mixed.gexf'));
    expect(stored).toEqual({ entities: 3, relations: 3, sources: 0 });
    expect((await relation('3')).properties.directed).toBe(false);
    expect((await relation('1')).properties.directed).toBeUndefined();
    expect(await relation('2')).toMatchObject({
      type: 'NICE_EDGE',
      from: '2',
      to: '3',
      properties: { label: 'Nice edge', weight: 4.56 },
    });
    expect((await relation('1')).type).toBe('RELATED_TO');
  });
});

describe('GraphML', () => {
  it('miserables.graphml: 77 nodes, 254 undirected edges, typed keys', async () => {
    const { stored, first } = await importTwice(dataFile('graphml/miserables.graphml'));
    expect(stored).toEqual({ entities: 77, relations: 254, sources: 0 });
    expect(first.warnings).toContain('attribute "Modularity Class" is stored as property "Modularity_Class"');
    // Gephi's x, y, size and r, g, b keys are style hints (docs/formats.md).
    expect(await entity('11')).toMatchObject({
      name: 'Valjean',
      properties: { Modularity_Class: 1, vizColor: 'rgb(245,91,91)', vizSize: 100 },
    });
    const page = await store.listRelations({ first: 500 });
    expect(page.items.every((r) => r.properties.directed === false)).toBe(true);
    expect(page.items.every((r) => typeof r.properties.weight === 'number')).toBe(true);
  });

  it('mixed_multigraph.graphml: defaults, mixed directions and a parallel pair', async () => {
    const { stored } = await importTwice(dataFile('graphml/mixed_multigraph.graphml'));
    expect(stored).toEqual({ entities: 6, relations: 8, sources: 0 });
    // A colour key is a style hint; n1 has the key's default.
    expect((await entity('n1')).properties.vizColor).toBe('yellow');
    expect((await entity('n0')).properties.vizColor).toBe('green');
    expect((await relation('e3')).properties.directed).toBeUndefined();
    expect((await relation('e6')).properties).toEqual({ weight: 1.1 });
    expect((await relation('e0')).properties).toEqual({ weight: 1, directed: false });
    const parallel = await store.getRelations(['e4', 'e7']);
    expect(parallel.map((r) => [r?.from, r?.to])).toEqual([
      ['n2', 'n4'],
      ['n2', 'n4'],
    ]);
  });
});

describe('Cytoscape JSON', () => {
  it('genemania-export.cyjs.json: 31 nodes, 255 edges, list-valued attributes', async () => {
    const { stored } = await importTwice(dataFile('cytoscape/genemania-export.cyjs.json'));
    expect(stored).toEqual({ entities: 31, relations: 255, sources: 0 });
    const node = await entity('296');
    // Cytoscape's name column holds GeneMANIA's node code; the gene's name is the name.
    expect(node).toMatchObject({ name: 'MED6', type: 'Result' });
    expect(node.aliases).toEqual(['H__sapiens__1_-Hs:5285773', 'NY-REN-28']);
    expect(node.properties).toMatchObject({ shared_name: 'H__sapiens__1_-Hs:5285773', SUID: 296 });
    expect(node.properties.vizX).toBeCloseTo(147.454345703125);
    const edge = await relation('343');
    expect(edge).toMatchObject({ from: '296', to: '87', type: 'PREDICTED' });
    expect(edge.properties.networks).toEqual([
      'I2D-BioGRID-Yeast2Human',
      'I2D-Krogan-Greenblatt-2006-Core-Yeast2Human',
    ]);
  });

  it('cose-bilkent-compound.json: 28 nodes, 35 edges, compound parents kept', async () => {
    const { stored } = await importTwice(dataFile('cytoscape/cose-bilkent-compound.json'));
    expect(stored).toEqual({ entities: 28, relations: 35, sources: 0 });
    const page = await store.listEntities({ first: 100 });
    expect(page.items.filter((e) => typeof e.properties.parent === 'string')).toHaveLength(19);
    expect((await entity('n0:n1')).properties.parent).toBe('n0');
  });
});

describe('FollowTheMoney', () => {
  it('donations.ijson: 474 entities, of which the 290 Payments become relations', async () => {
    const { stored } = await importTwice(dataFile('ftm/donations.ijson'));
    expect(stored).toEqual({ entities: 184, relations: 290, sources: 0 });
    const summary = await store.summary();
    expect(summary.relationTypes).toEqual([{ type: 'PAYMENT', count: 290 }]);
    expect(Object.fromEntries(summary.entityTypes.map((t) => [t.type, t.count]))).toEqual({
      Address: 89,
      Company: 56,
      Person: 22,
      Organization: 17,
    });
    expect(await entity('6d03aec76fdeec8f9697d8b19954ab6fc2568bc8')).toMatchObject({
      name: 'MLPD',
      type: 'Organization',
    });
    const payment = (await store.listRelations({ first: 1 })).items[0]!;
    expect(payment.date ?? payment.startDate).toMatch(/^\d{4}/);
    expect(payment.properties.amountEur).toBeDefined();
  });

  it('turns sourceUrl and publisher into sources and evidence, and aliases into aliases', async () => {
    store = await openStore();
    const lines = [
      {
        id: 'p1',
        schema: 'Person',
        properties: {
          name: ['Ri Won Ho'],
          alias: ['Ri Wonho'],
          weakAlias: ['Ri'],
          sourceUrl: ['https://example.org/list'],
          publisher: ['UN'],
        },
      },
      { id: 'o1', schema: 'Organization', properties: { name: ['KOMID'] } },
      {
        id: 'm1',
        schema: 'Membership',
        properties: { member: ['p1'], organization: ['o1'], startDate: ['2016-11-30'], role: ['official'] },
      },
      { id: 'u1', schema: 'UnknownLink', properties: { subject: ['p1'], object: ['x9'] } },
    ];
    const report = await importFiles(store, [
      { content: lines.map((l) => JSON.stringify(l)).join('\n'), name: 'people.ftm' },
    ]);
    expect(report.sources.created).toBe(1);
    expect(await entity('p1')).toMatchObject({ name: 'Ri Won Ho', aliases: ['Ri Wonho', 'Ri'] });
    expect(await relation('m1')).toMatchObject({
      type: 'MEMBERSHIP',
      from: 'p1',
      to: 'o1',
      startDate: '2016-11-30',
      properties: { role: 'official' },
    });
    const [evidence] = await store.evidenceFor(['entity:p1']);
    expect(evidence![0]!.source).toMatchObject({
      url: 'https://example.org/list',
      publisher: 'UN',
      kind: 'dataset',
    });
    // x9 is named by an edge but declared nowhere: a placeholder, said so in the report.
    expect(await entity('x9')).toMatchObject({ type: 'Thing', properties: { placeholder: true } });
    expect(report.warnings.join('\n')).toMatch(/"x9".*placeholder/s);
  });
});

describe('UN Security Council Consolidated List', () => {
  it('the 2022-09-15 list: 699 individuals and 253 entities, 155 of them DPRK entries', async () => {
    const { stored } = await importTwice(UN_LIST);
    const summary = await store.summary();
    const types = Object.fromEntries(summary.entityTypes.map((t) => [t.type, t.count]));
    expect(types.Person).toBe(699);
    expect(types.Organization).toBe(253);
    expect(stored.sources).toBe(1);
    const dprk = await store.relationsOf(
      ['un-sc-committee-1718'],
      { relationTypes: ['DESIGNATED_BY'], direction: 'IN' },
      500,
    );
    expect(dprk[0]).toHaveLength(155);
  });

  it('entries with aliases and listing data, linked to the 1718 Committee and the DPRK regime', async () => {
    store = await openStore();
    await importFiles(store, [{ path: UN_CUT }]);
    const ri = await entity('un-KPi.033');
    expect(ri).toMatchObject({ type: 'Person', name: 'RI WON HO' });
    expect(ri.description).toMatch(/Ministry of State Security/);
    expect(ri.properties).toMatchObject({
      referenceNumber: 'KPi.033',
      listedOn: '2016-11-30',
      datesOfBirth: ['1964-07-17'],
      nationality: ["Democratic People's Republic of Korea"],
    });
    expect((await entity('un-KPi.037')).aliases).toContain('Jang Chang Ha');
    expect(await relation('un-KPi.033-designated-by')).toMatchObject({
      to: 'un-sc-committee-1718',
      date: '2016-11-30',
    });
    expect(await relation('un-KPi.033-listed-under')).toMatchObject({ to: 'un-sanctions-kp' });
    expect(await entity('un-sc-committee-1718')).toMatchObject({
      type: 'GovernmentBody',
      aliases: ['1718 Committee'],
    });
    const [source] = await store.getSources(['un-sc-consolidated-list-2022-09-15']);
    expect(source).toMatchObject({ publishedAt: '2022-09-15', kind: 'dataset' });
    const [evidence] = await store.evidenceFor(['relation:un-KPi.033-designated-by']);
    expect(evidence![0]!.locator).toBe('KPi.033 (DATAID 6908555)');
  });
});

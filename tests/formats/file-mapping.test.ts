/**
 * Imports keep what the file says: names from label and name attributes (not codes), types from
 * type-like attributes, relation types from `interaction` or a label, positions, colours and sizes
 * as style hints (`vizX`, `vizY`, `vizSize`, `vizColor`), and a report of which attribute gave
 * what. On the real files of shared/data, one per format (CSV has none there: an inline file), and
 * on six stations of a railway network (tests/fixtures/formats/railway-stations.cyjs.json). That
 * one is written by hand in the shape of a Cytoscape desktop export as issue 16 describes the
 * railway file it tried (station codes in `name`, Japanese names in `station_name`, line codes in
 * `interaction`), because that file is not among the shared data.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { importFiles, type FileImportReport } from '../../server/formats/import-file.ts';
import type { ImportMappingEntry } from '../../server/formats/import-mapping.ts';
import type { GraphStore } from '../../server/store/graph-store.ts';
import { FIXTURES, UN_CUT, closeStore, dataFile, openStore } from './helpers.ts';

let store: GraphStore;
afterEach(closeStore);

const RAILWAY = `${FIXTURES}railway-stations.cyjs.json`;

async function load(path: string): Promise<FileImportReport> {
  store = await openStore();
  return importFiles(store, [{ path }]);
}

/** The report's mapping as `of field <- attribute: count`, the example left out. */
const lines = (report: FileImportReport) =>
  report.mapping.map((m: ImportMappingEntry) => `${m.of} ${m.field} <- ${m.attribute}: ${m.count}`);

const entity = async (id: string) => (await store.getEntity(id))!;
const relation = async (id: string) => (await store.getRelations([id]))[0]!;
const typeCounts = async () => {
  const summary = await store.summary();
  return {
    entities: Object.fromEntries(summary.entityTypes.map((t) => [t.type, t.count])),
    relations: Object.fromEntries(summary.relationTypes.map((t) => [t.type, t.count])),
  };
};

describe('Cytoscape desktop exports', () => {
  it('stations are named by their Japanese names, not their codes, and found by them', async () => {
    const report = await load(RAILWAY);
    const tokyo = await entity('101');
    expect(tokyo).toMatchObject({ name: '東京', type: 'Node', aliases: ['9934001'] });
    expect(tokyo.properties).toMatchObject({ station_cd: 9934001, station_name_k: 'とうきょう' });
    expect(typeof tokyo.properties.vizX).toBe('number');
    expect(typeof tokyo.properties.vizY).toBe('number');
    expect((await store.search('新橋')).map((h) => h.entity.id)).toEqual(['103']);
    // The code is an alias: a user who knows the station by its code finds it too.
    expect((await store.search('9934003')).map((h) => h.entity.id)).toContain('103');
    expect(report.mapping).toContainEqual({
      file: 'railway-stations.cyjs.json',
      of: 'entity',
      attribute: 'station_name',
      field: 'name',
      count: 6,
      example: '東京',
    });
    expect(lines(report)).toEqual(
      expect.arrayContaining([
        'entity aliases <- name: 6',
        'entity properties.vizX <- position.x: 6',
        'entity properties.vizY <- position.y: 6',
      ]),
    );
  });

  it('a line code in `interaction` makes no relation type: the edge keeps it and is RELATED_TO', async () => {
    const report = await load(RAILWAY);
    expect((await typeCounts()).relations).toEqual({ RELATED_TO: 5 });
    expect((await relation('107')).properties).toMatchObject({ interaction: '99301', line_name: 'JR山手線' });
    expect(report.warnings.join('\n')).toMatch(
      /edge attribute "interaction" \("99301"\) makes no relation type/,
    );
  });

  it('GeneMANIA: gene names, node types from node_type, relation types from data_type', async () => {
    const report = await load(dataFile('cytoscape/genemania-export.cyjs.json'));
    const types = await typeCounts();
    expect(types.entities).toEqual({ Result: 20, Query: 11 });
    expect(types.relations).toEqual({
      PHYSICAL_INTERACTIONS: 75,
      CO_EXPRESSION: 62,
      SHARED_PROTEIN_DOMAINS: 46,
      PREDICTED: 32,
      CO_LOCALIZATION: 30,
      PATHWAY: 10,
    });
    expect((await store.search('MED6'))[0]?.entity.id).toBe('296');
    expect(lines(report)).toEqual(
      expect.arrayContaining([
        'entity type <- node_type: 31',
        'entity name <- gene_name: 31',
        'relation type <- data_type: 255',
      ]),
    );
  });

  it('relation types come from `interaction` when it is a word', async () => {
    store = await openStore();
    const report = await importFiles(store, [
      {
        name: 'sif.cyjs',
        content: JSON.stringify({
          elements: {
            nodes: [{ data: { id: 'a', name: 'TP53' } }, { data: { id: 'b', name: 'MDM2' } }],
            edges: [{ data: { id: 'e', source: 'a', target: 'b', interaction: 'pp', color: '#FF0000' } }],
          },
        }),
      },
    ]);
    expect(await relation('e')).toMatchObject({ type: 'PP', properties: { vizColor: 'rgb(255,0,0)' } });
    expect(lines(report)).toContain('relation type <- interaction: 1');
  });
});

describe('GEXF', () => {
  it('les_miserables.gexf keeps viz positions, colours and sizes as numbers and CSS colours', async () => {
    const report = await load(dataFile('gexf/les_miserables.gexf'));
    // <viz:size value="45.0"/><viz:color b="217" g="240" r="254"/><viz:position x="-8.81755" y="-60.480377" z="0.0"/>
    expect((await entity('11.0')).properties).toEqual({
      Authority: 0.06324787,
      Hub: 0.06324787,
      vizSize: 45,
      vizColor: 'rgb(254,240,217)',
      vizX: -8.81755,
      // y="-60.480377" flipped: Gephi's y points up, the canvas's down.
      vizY: 60.480377,
      vizZ: 0,
    });
    expect(lines(report)).toEqual(
      expect.arrayContaining([
        'entity name <- label: 77',
        'entity properties.vizX <- viz:position x: 77',
        'entity properties.vizColor <- viz:color: 77',
        'entity properties.vizSize <- viz:size: 77',
      ]),
    );
  });

  it('mixed.gexf: the labelled edge gets its type from the label, the others are RELATED_TO', async () => {
    const report = await load(dataFile('gexf/mixed.gexf'));
    expect((await typeCounts()).relations).toEqual({ RELATED_TO: 2, NICE_EDGE: 1 });
    expect(lines(report)).toEqual(['entity name <- label: 3', 'relation type <- label: 1']);
  });
});

describe('GraphML', () => {
  it("miserables.graphml: names from the label key, Gephi's x, y, size and r, g, b as style hints", async () => {
    const report = await load(dataFile('graphml/miserables.graphml'));
    const valjean = await entity('11');
    expect(valjean.name).toBe('Valjean');
    expect(valjean.properties).toEqual({
      Modularity_Class: 1,
      vizX: -87.93029,
      // Flipped, as in GEXF: Gephi's y points up.
      vizY: -6.8120565,
      vizSize: 100,
      vizColor: 'rgb(245,91,91)',
    });
    expect(lines(report)).toEqual([
      'entity name <- label: 77',
      'entity properties.vizY <- y, flipped: 77',
      'entity properties.vizX <- x: 77',
      'entity properties.vizSize <- size: 77',
      'entity properties.vizColor <- r,g,b: 77',
    ]);
    // A number in "Modularity Class" is no type, and not worth a warning.
    expect(report.warnings.join('\n')).not.toMatch(/makes no entity type/);
  });

  it('mixed_multigraph.graphml: the colour key (and its default) is a style hint', async () => {
    const report = await load(dataFile('graphml/mixed_multigraph.graphml'));
    expect((await entity('n3')).properties).toEqual({ vizColor: 'red' });
    expect((await entity('n4')).properties).toEqual({ vizColor: 'yellow' });
    expect(lines(report)).toEqual(['entity properties.vizColor <- color: 6']);
  });

  it("yEd: a node's geometry gives its centre and size, its fill its colour", async () => {
    store = await openStore();
    const report = await importFiles(store, [
      {
        name: 'yed.graphml',
        content: `<?xml version="1.0"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
  <key for="node" id="d6" yfiles.type="nodegraphics"/>
  <key for="node" id="d1" attr.name="Category" attr.type="string"/>
  <graph edgedefault="directed">
    <node id="n0"><data key="d1">shell company</data><data key="d6"><y:ShapeNode><y:Geometry height="30.0" width="60.0" x="100.0" y="200.0"/><y:Fill color="#FFCC00" transparent="false"/><y:NodeLabel>Acme</y:NodeLabel></y:ShapeNode></data></node>
  </graph>
</graphml>`,
      },
    ]);
    expect(await entity('n0')).toMatchObject({
      name: 'Acme',
      type: 'ShellCompany',
      properties: { vizX: 130, vizY: 215, vizSize: 60, vizColor: 'rgb(255,204,0)' },
    });
    expect(lines(report)).toEqual(
      expect.arrayContaining(['entity type <- Category: 1', 'entity properties.vizColor <- y:Fill color: 1']),
    );
  });
});

describe('CSV', () => {
  it('the report names the column that gave each field', async () => {
    store = await openStore();
    const report = await importFiles(store, [
      { name: 'people.csv', content: 'node_id,label,category\np1,Ri Won Ho,person\np2,KOMID,company\n' },
      { name: 'links.csv', content: 'source,target,relationship\np1,p2,works for\n' },
    ]);
    expect(await entity('p1')).toMatchObject({ name: 'Ri Won Ho', type: 'Person' });
    expect(lines(report)).toEqual([
      'entity name <- label: 2',
      'entity type <- category: 2',
      'relation type <- relationship: 1',
    ]);
  });
});

describe('FollowTheMoney and the UN list keep their fixed mappings', () => {
  it('donations.ijson: schemata give the types, payer and beneficiary the ends', async () => {
    const report = await load(dataFile('ftm/donations.ijson'));
    expect(await typeCounts()).toEqual({
      entities: { Address: 89, Company: 56, Person: 22, Organization: 17 },
      relations: { PAYMENT: 290 },
    });
    expect(lines(report)).toEqual(
      expect.arrayContaining([
        'entity type <- schema: 184',
        'relation type <- schema: 290',
        'relation from <- payer: 290',
        'relation to <- beneficiary: 290',
      ]),
    );
  });

  it('the UN list: names from the name parts, aliases, the listing date', async () => {
    const report = await load(UN_CUT);
    expect(await entity('un-KPi.033')).toMatchObject({ type: 'Person', name: 'RI WON HO' });
    expect(report.mapping.find((m) => m.field === 'name' && m.of === 'entity')).toMatchObject({
      attribute: 'FIRST_NAME+SECOND_NAME',
      example: expect.any(String),
    });
    expect(lines(report).some((l) => l.startsWith('relation date <- LISTED_ON:'))).toBe(true);
  });
});

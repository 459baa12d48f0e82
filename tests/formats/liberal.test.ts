/**
 * Files as they are found in the wild: other versions, no namespaces, tool-specific extras, other
 * column names. Tiny inline files, one feature each.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importFiles } from '../../server/formats/import-file.ts';
import { mapId, toEntityType, toRelationType } from '../../server/formats/naming.ts';
import type { GraphFormat } from '../../server/formats/types.ts';
import { ID_PATTERN } from '../../server/model/case-format.ts';
import type { GraphStore } from '../../server/store/graph-store.ts';
import { closeStore, counts, openStore } from './helpers.ts';

let store: GraphStore;
afterEach(closeStore);

/** Imports into the store the test opened (every test that loads opens its own first). */
async function load(
  content: string,
  name: string,
  options: { format?: GraphFormat; dryRun?: boolean; csvColumns?: Record<string, string> } = {},
) {
  return importFiles(store, [{ content, name }], options);
}
const entity = async (id: string) => (await store.getEntity(id))!;
const relation = async (id: string) => (await store.getRelations([id]))[0]!;

describe('naming rules', () => {
  it('maps ids that fail the id pattern to stable valid ids', () => {
    const id = mapId('Jean Valjean / 24601');
    expect(id).toMatch(ID_PATTERN);
    expect(id).toMatch(/^Jean-Valjean-24601-[0-9a-f]{10}$/);
    expect(mapId('Jean Valjean / 24601')).toBe(id);
    expect(mapId('Jean Valjean  24601')).not.toBe(id);
    expect(mapId('n0:n1')).toBe('n0:n1');
    expect(mapId('Ким')).toMatch(/^id-[0-9a-f]{10}$/);
  });

  it('maps types to PascalCase and UPPER_SNAKE', () => {
    expect(toEntityType('military unit')).toBe('MilitaryUnit');
    expect(toEntityType('person')).toBe('Person');
    expect(toEntityType('1st')).toBe('Type1st');
    expect(toRelationType('worksFor')).toBe('WORKS_FOR');
    expect(toRelationType('Nice edge')).toBe('NICE_EDGE');
    expect(toRelationType('  ')).toBeNull();
  });
});

describe('GraphML', () => {
  beforeEach(async () => {
    store = await openStore();
  });

  it('yFiles extras: node labels as names, graphics ignored, sourceId for odd ids', async () => {
    const text = `<?xml version="1.0"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
  <key for="node" id="d6" yfiles.type="nodegraphics"/>
  <key for="node" id="d1" attr.name="type" attr.type="string"/>
  <graph edgedefault="directed">
    <node id="Acme Ltd"><data key="d1">company</data><data key="d6"><y:ShapeNode><y:Geometry x="1" y="2"/><y:NodeLabel>Acme Limited</y:NodeLabel></y:ShapeNode></data></node>
    <node id="b"><data key="d6"><y:ShapeNode><y:NodeLabel>Bob</y:NodeLabel></y:ShapeNode></data></node>
    <edge source="Acme Ltd" target="b"><data key="d9">42</data></edge>
  </graph>
</graphml>`;
    const report = await load(text, 'yed.graphml');
    const acme = await entity(mapId('Acme Ltd'));
    expect(acme).toMatchObject({
      name: 'Acme Limited',
      type: 'Company',
      properties: { sourceId: 'Acme Ltd' },
    });
    expect((await entity('b')).name).toBe('Bob');
    expect(report.warnings.join('\n')).toMatch(/data key "d9" is not declared/);
    const [edge] = (await store.listRelations({ first: 5 })).items;
    expect(edge).toMatchObject({ type: 'RELATED_TO', from: acme.id, to: 'b', properties: { d9: '42' } });
  });

  it('nested graphs keep the enclosing node as parent; unreadable typed values are kept as text', async () => {
    const text = `<graphml><key id="w" for="node" attr.name="weight" attr.type="double"/>
      <graph edgedefault="undirected"><node id="outer"><graph><node id="inner"><data key="w">heavy</data></node></graph></node></graph></graphml>`;
    const report = await load(text, 'nested.graphml');
    expect((await entity('inner')).properties).toEqual({ parent: 'outer', weight: 'heavy' });
    expect(report.warnings.join('\n')).toMatch(/"heavy" is not a double/);
  });

  it('an edge to an undeclared node creates a placeholder and says so; a dry run writes nothing', async () => {
    const text = '<graphml><graph><node id="a"/><edge id="e" source="a" target="ghost"/></graph></graphml>';
    const dry = await load(text, 'dangling.graphml', { dryRun: true });
    expect(dry).toMatchObject({ dryRun: true, entities: { created: 2 }, relations: { created: 1 } });
    expect(await counts(store)).toEqual({ entities: 0, relations: 0, sources: 0 });
    const report = await load(text, 'dangling.graphml');
    expect(report.entities.created).toBe(2);
    expect(report.warnings.join('\n')).toMatch(/"ghost".*placeholder/);
    expect(await entity('ghost')).toMatchObject({ type: 'Node', properties: { placeholder: true } });
  });
});

describe('GEXF', () => {
  beforeEach(async () => {
    store = await openStore();
  });

  it('without a namespace, with a 1.3 kind, list values, defaults and a node hierarchy', async () => {
    const text = `<gexf version="1.3"><graph defaultedgetype="undirected">
      <attributes class="node"><attribute id="0" title="type" type="string"/><attribute id="1" title="tags" type="liststring"><default>[a, b]</default></attribute></attributes>
      <nodes><node id="g" label="Group"><attvalues><attvalue for="0" value="group"/></attvalues>
        <nodes><node id="m" label="Member"><attvalues><attvalue for="1" value="x|y"/></attvalues></node></nodes></node>
        <node id="p" label="Person" pid="g"/></nodes>
      <edges><edge id="e" source="m" target="p" kind="knows"/></edges></graph></gexf>`;
    await load(text, 'plain.gexf');
    expect(await entity('g')).toMatchObject({ type: 'Group', properties: { tags: ['a', 'b'] } });
    expect((await entity('m')).properties).toEqual({ tags: ['x', 'y'], parent: 'g' });
    expect((await entity('p')).properties.parent).toBe('g');
    expect(await relation('e')).toMatchObject({ type: 'KNOWS', properties: { directed: false } });
  });
});

describe('Cytoscape JSON', () => {
  it('the {nodes, edges} shape, edges before nodes in a flat array, nested data as JSON text', async () => {
    store = await openStore();
    await load(
      JSON.stringify({ nodes: [{ data: { id: 'a', label: 'A', meta: { x: 1 } } }], edges: [] }),
      'shape.json',
      { format: 'cytoscape' },
    );
    expect((await entity('a')).properties.meta).toBe('{"x":1}');
    await load(
      JSON.stringify([
        { data: { id: 'e', source: 'b', target: 'c', interaction: 'pp' } },
        { data: { id: 'b' } },
        { data: { id: 'c' } },
      ]),
      'flat.json',
    );
    expect(await relation('e')).toMatchObject({ type: 'PP', from: 'b', to: 'c' });
    expect((await entity('b')).properties.placeholder).toBeUndefined();
  });
});

describe('CSV', () => {
  beforeEach(async () => {
    store = await openStore();
  });

  it('Neo4j admin headers and typed columns', async () => {
    await load(
      'personId:ID,name,:LABEL,born:int,tags:string[]\np1,Ann,Person,1970,a;b\np2,Bo,person,,\n',
      'people.csv',
    );
    await load(':START_ID,:END_ID,:TYPE,since\np1,p2,knows,2020\n', 'knows.csv');
    expect(await entity('p1')).toMatchObject({
      type: 'Person',
      name: 'Ann',
      properties: { born: 1970, tags: ['a', 'b'] },
    });
    expect((await entity('p2')).properties).toEqual({});
    const [edge] = (await store.listRelations({ first: 5 })).items;
    expect(edge).toMatchObject({ type: 'KNOWS', from: 'p1', to: 'p2', properties: { since: '2020' } });
  });

  it('a column mapping for files that use other names; semicolon-separated files', async () => {
    await load('Key;Who\nk1;Kim\nk2;Lee\n', 'e.csv', { csvColumns: { id: 'Key', name: 'Who' } });
    await load('A;B;Rel;When\nk1;k2;met;2024-10\n', 'r.csv', {
      csvColumns: { from: 'A', to: 'B', type: 'Rel', date: 'When' },
    });
    expect((await entity('k1')).name).toBe('Kim');
    const [edge] = (await store.listRelations({ first: 5 })).items;
    expect(edge).toMatchObject({ type: 'MET', from: 'k1', to: 'k2', date: '2024-10' });
  });

  it('one import of an entities file and a relations file, relations first', async () => {
    const report = await importFiles(store, [
      { content: 'from,to,type\nx,y,owns\n', name: 'relations.csv' },
      { content: 'id,name,type\nx,X Corp,Company\ny,Y Ltd,Company\n', name: 'entities.csv' },
    ]);
    expect(report).toMatchObject({ entities: { created: 2 }, relations: { created: 1 } });
    expect(report.warnings).toEqual([]);
  });
});

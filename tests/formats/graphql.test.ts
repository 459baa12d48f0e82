/**
 * The import and export API the client's dialog and export menu use: real Requests through
 * `createApp(...).fetch` on a real store, on the engine of the run (tests/formats/helpers.ts).
 */
import { readFileSync } from 'node:fs';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { loadKurskCase } from '../../server/seed/kursk.ts';
import type { GraphStore } from '../../server/store/graph-store.ts';
import { graphqlClient } from '../support/graphql.ts';
import { closeStore, counts, dataFile, openStore } from './helpers.ts';

let store: GraphStore;
let gql: ReturnType<typeof graphqlClient>;
beforeEach(async () => {
  store = await openStore();
  await store.importGraph(loadKurskCase(), { file: 'kursk-case.json' });
  const app = createApp({ store, config: { requestTimeoutMs: 10_000 }, logger: pino({ level: 'silent' }) });
  gql = graphqlClient((request) => app.fetch(request), 'http://localhost/graphql');
});
afterEach(closeStore);

const IMPORT = /* GraphQL */ `
  mutation Import($format: GraphFormat, $fileName: String, $content: String!, $dryRun: Boolean) {
    importFile(format: $format, fileName: $fileName, content: $content, dryRun: $dryRun) {
      dryRun
      format
      entities {
        created
        updated
        unchanged
        deleted
      }
      relations {
        created
        updated
        unchanged
        deleted
      }
      sources {
        created
      }
      warnings
      mapping {
        file
        of
        attribute
        field
        count
        example
      }
    }
  }
`;

interface ImportResult {
  importFile: {
    dryRun: boolean;
    format: string;
    entities: { created: number; unchanged: number };
    relations: { created: number };
    warnings: string[];
    mapping: { file: string; of: string; attribute: string; field: string; count: number; example: string }[];
  };
}

describe('importFile', () => {
  it('reports a dry run, then imports; the format is detected from the content', async () => {
    const before = await counts(store);
    const content = readFileSync(dataFile('gexf/mixed.gexf'), 'utf8');
    const dry = await gql.post<ImportResult>(IMPORT, { content, fileName: 'mixed.gexf', dryRun: true });
    expect(dry.errors).toEqual([]);
    expect(dry.data?.importFile).toMatchObject({
      dryRun: true,
      format: 'GEXF',
      entities: { created: 3 },
      relations: { created: 3 },
    });
    // Which attribute gave what: the node labels the names, the edge label a type.
    expect(dry.data?.importFile.mapping).toEqual([
      { file: 'mixed.gexf', of: 'entity', attribute: 'label', field: 'name', count: 3, example: 'one' },
      {
        file: 'mixed.gexf',
        of: 'relation',
        attribute: 'label',
        field: 'type',
        count: 1,
        example: 'Nice edge',
      },
    ]);
    expect(await counts(store)).toEqual(before);
    const done = await gql.post<ImportResult>(IMPORT, { content, fileName: 'mixed.gexf' });
    expect(done.data?.importFile).toMatchObject({ dryRun: false, entities: { created: 3 } });
    expect(await counts(store)).toEqual({
      ...before,
      entities: before.entities + 3,
      relations: before.relations + 3,
    });
  });

  it('gives a canvas the file’s drawing hints (Entity.style), and null where the file gave none', async () => {
    const content = readFileSync(dataFile('gexf/les_miserables.gexf'), 'utf8');
    const done = await gql.post<ImportResult>(IMPORT, { content, fileName: 'les_miserables.gexf' });
    expect(done.errors).toEqual([]);
    const styleOf = async (name: string) => {
      const found = await gql.data<{ search: { entity: { name: string; style: unknown } }[] }>(
        `query ($t: String!) { search(text: $t, first: 20) { entity { name style { x y size color } } } }`,
        { t: name },
      );
      const hit = found.search.find((h) => h.entity.name === name);
      expect(hit, name).toBeDefined();
      return hit?.entity.style;
    };
    // <viz:size value="22.714287"/> <viz:color b="45" g="72" r="216"/> <viz:position x="268.72385" y="91.18155"/>
    expect(await styleOf('Myriel')).toEqual({
      x: 268.72385,
      // The file's y, flipped: Gephi's y points up, a canvas's down.
      y: -91.18155,
      size: 22.714287,
      color: 'rgb(216,72,45)',
    });
    // mixed.gexf draws nothing.
    const mixed = readFileSync(dataFile('gexf/mixed.gexf'), 'utf8');
    expect((await gql.post<ImportResult>(IMPORT, { content: mixed, fileName: 'mixed.gexf' })).errors).toEqual(
      [],
    );
    expect(await styleOf('one')).toBeNull();
  });

  it('refuses a malformed file with the file, place and field, and writes nothing', async () => {
    const before = await counts(store);
    const result = await gql.post<ImportResult>(IMPORT, {
      format: 'GRAPHML',
      fileName: 'broken.graphml',
      content: '<graphml><graph><node id="a"/><edge id="e1" source="a"/></graph></graphml>',
    });
    expect(result.data).toBeNull();
    expect(result.errors[0]).toMatchObject({
      message: 'broken.graphml: <edge id="e1"> (line 1), field target: an <edge> needs a target',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect(await counts(store)).toEqual(before);
  });

  it('refuses a file whose format cannot be told, and a format it cannot read, as bad input', async () => {
    const before = await counts(store);
    const unknown = await gql.post<ImportResult>(IMPORT, { fileName: 'notes.txt', content: 'just text' });
    expect(unknown.data).toBeNull();
    expect(unknown.errors).toMatchObject([
      {
        message:
          'cannot tell the format of notes.txt; name it with --format (one of json, ftm, graphml, gexf, cytoscape, csv, un-sanctions)',
        extensions: { code: 'BAD_USER_INPUT' },
      },
    ]);
    // Nothing to point at in the file: no place in the error.
    expect(unknown.errors[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT' });
    const cypher = await gql.post<ImportResult>(IMPORT, { format: 'CYPHER', content: 'CREATE (n)' });
    expect(cypher.errors).toMatchObject([
      {
        message: 'Cypher script for Neo4j can be exported but not imported',
        extensions: { code: 'BAD_USER_INPUT' },
      },
    ]);
    expect(await counts(store)).toEqual(before);
  });
});

describe('exportGraph', () => {
  it('CSV comes as two files; a subgraph only has its entities', async () => {
    const result = await gql.post<{
      exportGraph: { format: string; files: { fileName: string; mediaType: string; content: string }[] };
    }>(
      `{ exportGraph(format: CSV, ids: ["kim-jong-un", "north-korea"]) { format files { fileName mediaType content } } }`,
    );
    expect(result.errors).toEqual([]);
    const { format, files } = result.data!.exportGraph;
    expect(format).toBe('CSV');
    expect(files.map((f) => f.fileName)).toEqual(['entities.csv', 'relations.csv']);
    expect(files[0]!.content.trim().split('\n')).toHaveLength(3);
  });

  it('refuses a format that is only read, as bad input', async () => {
    const result = await gql.post('{ exportGraph(format: UN_SANCTIONS) { format } }');
    expect(result.data).toBeNull();
    expect(result.errors).toMatchObject([
      {
        message: 'UN Security Council Consolidated List (XML) can be imported but not exported',
        extensions: { code: 'BAD_USER_INPUT' },
      },
    ]);
  });

  it('lists the formats for the menus', async () => {
    const result = await gql.post<{
      graphFormats: { format: string; canImport: boolean; canExport: boolean }[];
    }>('{ graphFormats { format label extensions canImport canExport } }');
    const byFormat = Object.fromEntries(result.data!.graphFormats.map((f) => [f.format, f]));
    expect(byFormat.UN_SANCTIONS).toMatchObject({ canImport: true, canExport: false });
    expect(byFormat.CYPHER).toMatchObject({ canImport: false, canExport: true });
    expect(Object.keys(byFormat)).toHaveLength(8);
  });
});

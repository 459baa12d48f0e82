/**
 * A truncated or corrupted file of each format is refused with an error that names the file, the
 * line or element and, where there is one, the field; the store is left exactly as it was.
 */
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportGraphAs } from '../../server/formats/export-file.ts';
import { importFiles } from '../../server/formats/import-file.ts';
import { MAX_WHOLE_FILE_BYTES } from '../../server/formats/input.ts';
import { FormatError, FormatRequestError, type GraphFormat } from '../../server/formats/types.ts';
import { loadKurskCase } from '../../server/seed/kursk.ts';
import type { GraphStore } from '../../server/store/graph-store.ts';
import { UN_CUT, closeStore, counts, dataFile, openStore } from './helpers.ts';

let store: GraphStore;
let before: Awaited<ReturnType<typeof counts>>;
let kursk: Record<string, string>;

beforeAll(async () => {
  store = await openStore();
  await store.importGraph(loadKurskCase(), { file: 'kursk-case.json' });
  before = await counts(store);
  kursk = {};
  for (const format of ['json', 'csv'] as const)
    for (const part of await exportGraphAs(await store.only(), format)) kursk[part.fileName] = part.content;
});
afterAll(closeStore);

const read = (path: string) => readFileSync(path, 'utf8');
/** The first `share` of a text, cut in the middle of a line. */
const truncate = (text: string, share = 0.6) => text.slice(0, Math.floor(text.length * share));

async function refused(content: string, name: string, format?: GraphFormat): Promise<FormatError> {
  const error = await importFiles(store, [{ content, name }], { format: format ?? null }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FormatError);
  expect((error as FormatError).message.startsWith(`${name}: `)).toBe(true);
  expect(await counts(store)).toEqual(before);
  // Nothing half-written: a Kursk entity is as it was and no new id appeared.
  expect((await store.getEntity('kim-jong-un'))?.name).toBe('Kim Jong Un');
  return error as FormatError;
}

describe.each([
  ['gexf', dataFile('gexf/les_miserables.gexf')],
  ['graphml', dataFile('graphml/miserables.graphml')],
  ['un-sanctions', UN_CUT],
  ['ftm', dataFile('ftm/donations.ijson')],
  ['cytoscape', dataFile('cytoscape/genemania-export.cyjs.json')],
] as const)('%s', (format, path) => {
  it('a truncated file', async () => {
    const error = await refused(truncate(read(path)), `cut.${format}`, format);
    expect(error.at).toMatch(/line \d+/);
  });

  it('a corrupted file', async () => {
    const text = read(path);
    const middle = text.indexOf('\n', Math.floor(text.length / 2));
    const error = await refused(
      `${text.slice(0, middle)}\n<<{"oops": ]]\n${text.slice(middle)}`,
      `bad.${format}`,
      format,
    );
    expect(error.at).toMatch(/line \d+/);
  });
});

describe('native JSON', () => {
  it('a truncated file', async () => {
    const error = await refused(truncate(kursk['graph.json']!), 'cut.json', 'json');
    expect(error.at).toMatch(/^line \d+, column \d+$/);
  });

  it('a bad field names the entry and the field', async () => {
    const graph = JSON.parse(kursk['graph.json']!) as { entities: { type: string }[] };
    graph.entities[3]!.type = 'not a type';
    const error = await refused(JSON.stringify(graph), 'bad.json', 'json');
    expect([error.at, error.field]).toEqual(['entities[3]', 'type']);
  });

  it('a relation to an entity that is nowhere', async () => {
    const graph = { relations: [{ id: 'r1', type: 'KNOWS', from: 'kim-jong-un', to: 'nobody' }] };
    const error = await refused(JSON.stringify(graph), 'dangling.json', 'json');
    expect([error.at, error.field]).toEqual(['relations[0]', 'to']);
  });
});

describe('CSV', () => {
  it('a truncated relations file (a short last row)', async () => {
    const text = kursk['relations.csv']!;
    const cut = text.slice(0, text.lastIndexOf(',', text.length - 200));
    const error = await refused(cut, 'cut.csv', 'csv');
    expect(error.message).toMatch(/line \d+: malformed CSV/);
  });

  it('an unclosed quote', async () => {
    const error = await refused(
      `${kursk['entities.csv']!.slice(0, 400)}"never closed,x\n`,
      'quote.csv',
      'csv',
    );
    expect(error.message).toMatch(/malformed CSV/);
  });

  it('a row without an id names the line and the column', async () => {
    const error = await refused('id,name\na,Alpha\n,Nameless\n', 'noid.csv', 'csv');
    expect([error.at, error.field]).toEqual(['line 3', 'id']);
  });
});

describe('elements with a missing field', () => {
  it('GraphML: an edge without a target', async () => {
    const text =
      '<graphml><graph edgedefault="directed"><node id="a"/><edge id="e1" source="a"/></graph></graphml>';
    const error = await refused(text, 'edge.graphml');
    expect([error.at, error.field]).toEqual(['<edge id="e1"> (line 1)', 'target']);
  });

  it('FtM: a line without a schema', async () => {
    const error = await refused(
      '{"id":"a","schema":"Person","properties":{}}\n{"id":"b","properties":{}}\n',
      'x.ijson',
      'ftm',
    );
    expect([error.at, error.field]).toEqual(['line 2', 'schema']);
  });

  it('a file of the wrong format', async () => {
    await refused('<graphml></graphml>', 'wrong.gexf', 'gexf');
  });
});

describe('requests refused before a record is read', () => {
  async function refusal(work: Promise<unknown>): Promise<FormatRequestError> {
    const error = await work.then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(FormatRequestError);
    expect(await counts(store)).toEqual(before);
    return error as FormatRequestError;
  }

  it('a format that cannot be told names the file and the formats to choose from', async () => {
    const error = await refusal(importFiles(store, [{ content: 'just some text', name: 'notes.txt' }]));
    expect([error.kind, error.file, error.format, error.message]).toEqual([
      'undetected',
      'notes.txt',
      null,
      'cannot tell the format of notes.txt; name it with --format (one of json, ftm, graphml, gexf, cytoscape, csv, un-sanctions)',
    ]);
  });

  it('a format that is only written, or only read', async () => {
    const imported = await refusal(
      importFiles(store, [{ content: 'CREATE (n)', name: 'graph.cypher' }], { format: 'cypher' }),
    );
    expect([imported.kind, imported.format, imported.message]).toEqual([
      'not-importable',
      'cypher',
      'Cypher script for Neo4j can be exported but not imported',
    ]);
    const exported = await refusal(exportGraphAs(await store.only(), 'un-sanctions'));
    expect([exported.kind, exported.format, exported.message]).toEqual([
      'not-exportable',
      'un-sanctions',
      'UN Security Council Consolidated List (XML) can be imported but not exported',
    ]);
  });

  it('a JSON file too large to read whole', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'redstring-large-'));
    try {
      // Sparse: as large as the bound says on disk, without writing it.
      const path = join(folder, 'huge.json');
      writeFileSync(path, '');
      truncateSync(path, MAX_WHOLE_FILE_BYTES + 1);
      const error = await refusal(importFiles(store, [{ path }], { format: 'json' }));
      expect([error.kind, error.file]).toEqual(['too-large', 'huge.json']);
      expect(error.message).toBe(
        'huge.json is 537 MB; JSON graph files are read whole and may be at most 536.870912 MB. Split it, or convert it to FollowTheMoney JSON lines or CSV, which stream.',
      );
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

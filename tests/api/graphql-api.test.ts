/**
 * The GraphQL API as an investigator (and an attacker) meets it: real Requests through
 * `createApp(...).fetch`, a real store on the embedded engine loaded with the Kursk case.
 */
import { readFileSync } from 'node:fs';
import { pino } from 'pino';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../server/app.ts';
import { loadKurskCase } from '../../server/seed/kursk.ts';
import { GraphStore } from '../../server/store/graph-store.ts';
import { CountingEngine } from '../support/counting-engine.ts';
import { openTestEngine, testEngineKind } from '../support/engines.ts';
import { graphqlClient, readResult } from '../support/graphql.ts';

const kursk = loadKurskCase();
const article = readFileSync(new URL('../../server/seed/kursk-article.txt', import.meta.url), 'utf8');
const ENDPOINT = 'http://localhost/graphql';
const ARTICLE = 'the-insider-2025-kursk-6000';

interface Harness {
  app: App;
  store: GraphStore;
  engine: CountingEngine;
  gql: ReturnType<typeof graphqlClient>;
  /** Closes the engine and, on Neo4j, empties the database and lets the next test have it. */
  close(): Promise<void>;
}

/**
 * An app on the engine the environment names (embedded by default, Neo4j when NEO4J_URI is set).
 * Neo4j gives one database to one engine at a time, so blocks never hold two harnesses at once.
 */
async function openApp(): Promise<Harness> {
  const { engine: inner, cleanup } = await openTestEngine();
  const engine = new CountingEngine(inner);
  const store = await GraphStore.open(engine);
  await store.importGraph(kursk, { file: 'kursk-case.json' });
  const app = createApp({ store, config: { requestTimeoutMs: 10_000 }, logger: pino({ level: 'silent' }) });
  return {
    app,
    store,
    engine,
    gql: graphqlClient((request) => app.fetch(request), ENDPOINT),
    close: cleanup,
  };
}

/** One app for the read-only blocks that call this; blocks that write open their own. */
let shared: Harness;
function useSharedApp() {
  beforeAll(async () => {
    shared = await openApp();
  });
  afterAll(async () => {
    await shared.close();
  });
}

const sorted = (values: Iterable<string>) => [...values].sort();
const relationsOf = (id: string) => kursk.relations.filter((r) => r.from === id || r.to === id);

/** Undirected breadth-first distance in the case file: what the shortest path must measure. */
function distance(from: string, to: string): number | null {
  const seen = new Map<string, number>([[from, 0]]);
  let frontier = [from];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const id of frontier)
      for (const r of relationsOf(id)) {
        const other = r.from === id ? r.to : r.from;
        if (seen.has(other)) continue;
        seen.set(other, (seen.get(id) ?? 0) + 1);
        next.push(other);
      }
    frontier = next;
  }
  return seen.get(to) ?? null;
}

async function expectSummary(harness: Harness, entityCount: number, relationCount: number) {
  const { graphSummary } = await harness.gql.data<{
    graphSummary: { entityCount: number; relationCount: number };
  }>('{ graphSummary { entityCount relationCount } }');
  expect(graphSummary).toEqual({ entityCount, relationCount });
}

interface Ref {
  id: string;
}
interface EvidenceShape {
  quote: string;
  source: Ref;
}

describe("the issue's questions, asked through GraphQL", () => {
  useSharedApp();
  it('search "DPRK" finds North Korea first, through that alias', async () => {
    const { search } = await shared.gql.data<{
      search: { entity: Ref & { name: string }; matchedAlias: string }[];
    }>('{ search(text: "DPRK") { entity { id name } matchedAlias } }');
    expect(search[0]).toEqual({ entity: { id: 'north-korea', name: 'North Korea' }, matchedAlias: 'DPRK' });
  });

  it("Sergei Shoigu's neighbourhood holds his relations and the entities at their other ends", async () => {
    const { neighborhood } = await shared.gql.data<{
      neighborhood: { entities: Ref[]; relations: { id: string; from: Ref; to: Ref }[]; truncated: boolean };
    }>(
      `{ neighborhood(ids: ["sergei-shoigu"], depth: 1) {
          entities { id } relations { id from { id } to { id } } truncated } }`,
    );
    const own = relationsOf('sergei-shoigu');
    expect(sorted(neighborhood.entities.map((e) => e.id))).toEqual(
      sorted(new Set(['sergei-shoigu', ...own.flatMap((r) => [r.from, r.to])])),
    );
    expect(sorted(neighborhood.relations.map((r) => r.id))).toEqual(
      expect.arrayContaining(sorted(own.map((r) => r.id))),
    );
    const inside = new Set(neighborhood.entities.map((e) => e.id));
    for (const r of neighborhood.relations) expect(inside.has(r.from.id) && inside.has(r.to.id)).toBe(true);
    expect(neighborhood.truncated).toBe(false);
  });

  it('the shortest path from Kim Jong Un to the Kursk Region is as short as the case allows, with evidence', async () => {
    const { shortestPath } = await shared.gql.data<{
      shortestPath: {
        length: number;
        entities: Ref[];
        relations: { id: string; from: Ref; to: Ref; evidence: { quote: string }[] }[];
      };
    }>(
      `{ shortestPath(from: "kim-jong-un", to: "kursk-region") {
          length entities { id } relations { id from { id } to { id } evidence { quote } } } }`,
    );
    expect(shortestPath.length).toBe(distance('kim-jong-un', 'kursk-region'));
    expect(shortestPath.entities[0]?.id).toBe('kim-jong-un');
    expect(shortestPath.entities.at(-1)?.id).toBe('kursk-region');
    shortestPath.relations.forEach((r, i) => {
      expect(sorted([r.from.id, r.to.id])).toEqual(
        sorted([shortestPath.entities[i]!.id, shortestPath.entities[i + 1]!.id]),
      );
      expect(r.evidence.length).toBeGreaterThan(0);
    });
  });

  it('which sources support North Korean troops fighting in Kursk: the relation and each source say the same', async () => {
    const { relations } = await shared.gql.data<{
      relations: { edges: { node: { id: string; from: Ref; to: Ref; evidence: EvidenceShape[] } }[] };
    }>(
      `{ relations(filter: { relationTypes: ["FIGHTS_IN"] }, first: 50) {
          edges { node { id from { id } to { id } evidence { quote source { id } } } } } }`,
    );
    const fighting = relations.edges
      .map((e) => e.node)
      .find((r) => r.from.id === 'north-korean-troops' && r.to.id === 'kursk-region');
    expect(fighting).toBeDefined();
    const inFile = kursk.relations.find((r) => r.id === fighting!.id)!;
    expect(fighting!.evidence.map((ev) => [ev.source.id, ev.quote])).toEqual(
      inFile.evidence.map((ev) => [ev.source, ev.quote]),
    );
    expect(new Set(fighting!.evidence.map((ev) => ev.source.id)).size).toBeGreaterThan(1);

    for (const sourceId of new Set(fighting!.evidence.map((ev) => ev.source.id))) {
      const { source } = await shared.gql.data<{
        source: { supports: { quote: string; relation: Ref | null; entity: Ref | null }[] };
      }>('query($id: ID!) { source(id: $id) { supports { quote relation { id } entity { id } } } }', {
        id: sourceId,
      });
      const forFighting = source.supports.filter((s) => s.relation?.id === fighting!.id).map((s) => s.quote);
      expect(sorted(forFighting), sourceId).toEqual(
        sorted(inFile.evidence.filter((ev) => ev.source === sourceId).map((ev) => ev.quote)),
      );
    }
  });

  it('the 2024 timeline lists exactly what the case dates in 2024, in order', async () => {
    const { timeline } = await shared.gql.data<{
      timeline: { items: { date: string; relation: Ref | null; entity: Ref | null }[] };
    }>(
      '{ timeline(filter: { from: "2024", to: "2024" }, first: 100) { items { date relation { id } entity { id } } } }',
    );
    expect(timeline.items.length).toBeGreaterThan(0);
    for (const item of timeline.items) expect(item.date).toMatch(/^2024/);
    expect([...timeline.items.map((i) => i.date)]).toEqual([...timeline.items.map((i) => i.date)].sort());
    const expected = [
      ...kursk.relations.filter((r) => (r.date ?? r.startDate ?? '').startsWith('2024')).map((r) => r.id),
      ...kursk.entities.filter((e) => String(e.properties.date ?? '').startsWith('2024')).map((e) => e.id),
    ];
    expect(sorted(timeline.items.map((i) => i.relation?.id ?? i.entity?.id ?? '?'))).toEqual(
      sorted(expected),
    );
  });

  it('every evidence quote of every relation appears word for word in the article', async () => {
    const { relations } = await shared.gql.data<{
      relations: { totalCount: number; edges: { node: { id: string; evidence: { quote: string }[] } }[] };
    }>('{ relations(first: 500) { totalCount edges { node { id evidence { quote } } } } }');
    expect(relations.totalCount).toBe(kursk.relations.length);
    expect(relations.edges).toHaveLength(kursk.relations.length);
    const quotes = relations.edges.flatMap((e) => e.node.evidence.map((ev) => ev.quote));
    expect(quotes).toHaveLength(kursk.relations.reduce((n, r) => n + r.evidence.length, 0));
    expect(quotes.filter((q) => !article.includes(q))).toEqual([]);
  });
});

describe('GraphQL over HTTP', () => {
  let own: Harness;
  beforeAll(async () => {
    own = await openApp();
  });
  afterAll(async () => {
    await own.close();
  });
  const searchQuery = '{ search(text: "DPRK") { entity { id } } }';

  it('answers a GET with ?query= (carrying the CSRF header a browser cannot forge)', async () => {
    const url = `${ENDPOINT}?query=${encodeURIComponent(searchQuery)}`;
    const result = await readResult<{ search: { entity: Ref }[] }>(
      await own.app.fetch(new Request(url, { headers: { 'x-graphql-yoga-csrf': '1' } })),
    );
    expect(result.status).toBe(200);
    expect(result.contentType).toMatch(/^application\/(graphql-response\+)?json/);
    expect(result.data?.search[0]?.entity.id).toBe('north-korea');
  });

  it('refuses a mutation sent by GET with 405, and does not run it', async () => {
    const url = `${ENDPOINT}?query=${encodeURIComponent('mutation { deleteEntity(id: "kim-jong-un") }')}`;
    const response = await own.app.fetch(new Request(url, { headers: { 'x-graphql-yoga-csrf': '1' } }));
    expect(response.status).toBe(405);
    expect(await own.store.getEntity('kim-jong-un')).not.toBeNull();
  });

  it('answers a POST with JSON', async () => {
    const result = await own.gql.post<{ search: { entity: Ref }[] }>(searchQuery);
    expect(result.status).toBe(200);
    expect(result.errors).toEqual([]);
    expect(result.data?.search[0]?.entity.id).toBe('north-korea');
  });

  it('answers a syntax error with 400 and an error', async () => {
    const result = await own.gql.post('{ entity(id: "x" { id }', undefined, {
      accept: 'application/graphql-response+json',
    });
    expect(result.status).toBe(400);
    expect(result.errors[0]?.message).toMatch(/Syntax Error/);
    expect(result.data).toBeUndefined();
  });

  it('honours accept: application/graphql-response+json', async () => {
    const result = await own.gql.post(searchQuery, undefined, {
      accept: 'application/graphql-response+json',
    });
    expect(result.status).toBe(200);
    expect(result.contentType).toMatch(/^application\/graphql-response\+json/);
  });

  it('answers malformed variables in a GET as a bad request (400), not as an internal error', async () => {
    const url = `${ENDPOINT}?query=${encodeURIComponent('query($n: Int) { __typename }')}&variables={not-json`;
    const result = await readResult(
      await own.app.fetch(new Request(url, { headers: { 'x-graphql-yoga-csrf': '1' } })),
    );
    expect(result.errors.length).toBeGreaterThan(0);
    expect(result.errors[0]?.extensions?.code).not.toBe('INTERNAL_SERVER_ERROR');
    expect(result.status).toBe(400);
  });

  it('refuses "simple" cross-site POSTs (text/plain, form data, url-encoded): CSRF', async () => {
    const mutation = (id: string) => `mutation { deleteEntity(id: "${id}") }`;
    const form = new FormData();
    form.set('operations', JSON.stringify({ query: mutation('sergei-shoigu') }));
    form.set('map', '{}');
    const attempts: [string, Request][] = [
      [
        'text/plain',
        new Request(ENDPOINT, {
          method: 'POST',
          headers: { 'content-type': 'text/plain' },
          body: JSON.stringify({ query: mutation('kim-jong-un') }),
        }),
      ],
      ['multipart/form-data', new Request(ENDPOINT, { method: 'POST', body: form })],
      [
        'application/x-www-form-urlencoded',
        new Request(ENDPOINT, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: `query=${encodeURIComponent(mutation('vladimir-putin'))}`,
        }),
      ],
    ];
    const statuses: Record<string, number> = {};
    for (const [kind, request] of attempts) statuses[kind] = (await own.app.fetch(request)).status;
    const survivors = await own.store.getEntities(['kim-jong-un', 'sergei-shoigu', 'vladimir-putin']);
    expect(survivors.map((e) => e?.id ?? 'deleted')).toEqual([
      'kim-jong-un',
      'sergei-shoigu',
      'vladimir-putin',
    ]);
    expect(statuses).toEqual({
      'text/plain': 403,
      'multipart/form-data': 403,
      'application/x-www-form-urlencoded': 403,
    });
  });

  it('caps a body sent without a length (chunked) as it caps one with a length', async () => {
    const streamOf = (parts: Uint8Array[]) =>
      new ReadableStream<Uint8Array>({
        pull(controller) {
          const part = parts.shift();
          if (part) controller.enqueue(part);
          else controller.close();
        },
      });
    const chunked = (parts: Uint8Array[]) =>
      own.app.fetch(
        new Request(ENDPOINT, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: streamOf(parts),
          duplex: 'half',
        } as RequestInit),
      );
    const small = new TextEncoder().encode(JSON.stringify({ query: '{ graphSummary { entityCount } }' }));
    const ok = await chunked([small.slice(0, 10), small.slice(10)]);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ data: { graphSummary: { entityCount: kursk.entities.length } } });
    const megabyte = new Uint8Array(1024 * 1024).fill(32);
    const huge = await chunked(Array.from({ length: 40 }, () => megabyte));
    expect(huge.status).toBe(413);
  });

  it('reports the engine up on /health', async () => {
    const response = await own.app.fetch(new Request('http://localhost/health'));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      status: 'ok',
      engine: { status: 'up', engine: testEngineKind() },
    });
  });
});

describe('abuse: every refusal is a clear GraphQL error, and the server answers afterwards', () => {
  useSharedApp();
  afterEach(async () => {
    await expectSummary(shared, kursk.entities.length, kursk.relations.length);
  });

  async function refused(query: string, pattern: RegExp) {
    const result = await shared.gql.post(query);
    expect(result.errors.length, JSON.stringify(result.data)).toBeGreaterThan(0);
    expect(result.errors[0]?.message).toMatch(pattern);
    return result;
  }

  it('a query 20 levels deep', async () => {
    let selection = 'id';
    for (let i = 0; i < 20; i++) selection = `neighbors(first: 2) { ${selection} }`;
    const result = await refused(`{ entity(id: "kim-jong-un") { ${selection} } }`, /limit/i);
    expect(result.errors[0]?.message).toMatch(/depth|cost/i);
  });

  it('500 aliases', async () => {
    const aliases = Array.from({ length: 500 }, (_, i) => `a${i}: id`).join(' ');
    await refused(`{ entity(id: "kim-jong-un") { ${aliases} } }`, /aliases limit/i);
    // Aliases of __typename count too (graphql-armor lets them through by default).
    const typenames = Array.from({ length: 500 }, (_, i) => `t${i}: __typename`).join(' ');
    await refused(`{ ${typenames} }`, /aliases limit/i);
  });

  it('first: 1000000000 on entities, search and relations', async () => {
    // The cost counts such a page at the most the store serves; the store names its own limit.
    const pageLimit = /first must be between 0 and 500, got 1000000000/;
    await refused('{ entities(first: 1000000000) { totalCount } }', pageLimit);
    await refused('{ search(text: "kim", first: 1000000000) { score } }', pageLimit);
    await refused('{ relations(first: 1000000000) { totalCount } }', pageLimit);
  });

  it('a neighbourhood of depth 10 or limit 10^9, paths of length 9', async () => {
    const deep = await refused('{ neighborhood(ids: ["kim-jong-un"], depth: 10) { truncated } }', /depth/);
    expect(deep.errors[0]?.message).toMatch(/between 1 and 3/);
    expect(deep.errors[0]?.extensions?.code).toBe('LIMIT');
    const wide = await refused(
      '{ neighborhood(ids: ["kim-jong-un"], limit: 1000000000) { truncated } }',
      /limit must be between 1 and 2000/,
    );
    expect(wide.errors[0]?.extensions?.code).toBe('LIMIT');
    const long = await refused(
      '{ paths(from: "kim-jong-un", to: "kursk-region", maxLength: 9) { truncated } }',
      /maxLength must be between 1 and 4/,
    );
    expect(long.errors[0]?.extensions?.code).toBe('LIMIT');
  });

  it('injection strings as ids and types are plain values: null, empty, and the graph intact', async () => {
    const result = await shared.gql.post<{
      entity: Ref | null;
      entities: { totalCount: number; edges: unknown[] };
      search: unknown[];
      neighborhood: { entities: Ref[] };
      relations: { totalCount: number };
    }>(
      `query($id: ID!, $text: String!, $type: String!, $relationType: String!) {
        entity(id: $id) { id }
        entities(types: [$type]) { totalCount edges { node { id } } }
        search(text: $text) { score }
        neighborhood(ids: ["kim-jong-un"], filter: { relationTypes: [$relationType], entityTypes: [$type] }) {
          entities { id } }
        relations(filter: { relationTypes: [$relationType] }) { totalCount }
      }`,
      {
        id: "x' OR 1=1",
        text: "x' OR 1=1; MATCH (n) DETACH DELETE n //",
        type: 'Person) DETACH DELETE n //',
        relationType: 'LEADS]->() DETACH DELETE n //',
      },
    );
    expect(result.errors).toEqual([]);
    expect(result.data).toEqual({
      entity: null,
      entities: { totalCount: 0, edges: [] },
      search: [],
      neighborhood: { entities: [{ id: 'kim-jong-un' }] },
      relations: { totalCount: 0 },
    });
    const literal = await shared.gql.post<{ entity: Ref | null; entities: { edges: unknown[] } }>(
      `{ entity(id: "x' OR 1=1") { id } entities(types: ["Person) DETACH DELETE n //"]) { edges { node { id } } } }`,
    );
    expect(literal.errors).toEqual([]);
    expect(literal.data).toEqual({ entity: null, entities: { edges: [] } });
  });

  it('an unknown entity in shortestPath is NOT_FOUND, naming it', async () => {
    const result = await refused(
      '{ shortestPath(from: "kim-jong-un", to: "nobody-here") { length } }',
      /nobody-here/,
    );
    expect(result.errors[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(result.errors[0]?.message).not.toContain('"kim-jong-un"');
  });
});

describe('batching', () => {
  useSharedApp();
  it('a page of 49 entities with degree and evidence costs a handful of statements, not one per entity', async () => {
    const page = async (first: number) => {
      shared.engine.reset();
      const { entities } = await shared.gql.data<{
        entities: { edges: { node: { id: string; degree: number; evidence: { quote: string }[] } }[] };
      }>(
        'query($first: Int) { entities(first: $first) { edges { node { id degree evidence { quote } } } } }',
        {
          first,
        },
      );
      return { entities, statements: shared.engine.statements, names: shared.engine.names.join(', ') };
    };
    const all = await page(49);
    expect(all.entities.edges).toHaveLength(kursk.entities.length);
    expect(all.entities.edges.reduce((n, e) => n + e.node.degree, 0)).toBe(2 * kursk.relations.length);
    expect(all.entities.edges.reduce((n, e) => n + e.node.evidence.length, 0)).toBe(
      kursk.entities.reduce((n, e) => n + e.evidence.length, 0),
    );
    expect(all.statements, all.names).toBeLessThanOrEqual(6);
    // The cost does not grow with the page: 5 entities take as many statements as 49.
    const few = await page(5);
    expect(few.entities.edges).toHaveLength(5);
    expect(all.statements, `${all.names} / ${few.names}`).toBe(few.statements);
  });

  it('a page of 50 relations with both ends and evidence costs a handful of statements too', async () => {
    shared.engine.reset();
    const { relations } = await shared.gql.data<{
      relations: {
        edges: { node: { from: { name: string }; to: { name: string }; evidence: EvidenceShape[] } }[];
      };
    }>(
      '{ relations(first: 50) { edges { node { from { name } to { name } evidence { quote source { id } } } } } }',
    );
    const statements = shared.engine.statements;
    expect(relations.edges).toHaveLength(50);
    expect(
      relations.edges.every((e) => e.node.from.name && e.node.to.name && e.node.evidence.length > 0),
    ).toBe(true);
    expect(statements, shared.engine.names.join(', ')).toBeLessThanOrEqual(6);
  });

  /** Statements a query costs, and what it answered. */
  // The lookup of the case's record (on Neo4j, read again at most once a second) is not what
  // these tests count.
  const cost = async (query: string) => {
    shared.engine.reset();
    const data = await shared.gql.data<Record<string, unknown>>(query);
    const names = shared.engine.names.filter((name) => name !== 'cases-list');
    return { data, statements: names.length, names: names.join(', ') };
  };

  it("a neighbourhood's relations take both ends from the entities it holds: no statement for them", async () => {
    const bare = await cost(
      '{ neighborhood(ids: ["sergei-shoigu"], depth: 2) { entities { id } relations { id } } }',
    );
    const ends = await cost(
      '{ neighborhood(ids: ["sergei-shoigu"], depth: 2) { entities { id } relations { id from { id name } to { id name } } } }',
    );
    const { neighborhood } = ends.data as {
      neighborhood: {
        entities: { id: string }[];
        relations: { from: { name: string }; to: { name: string } }[];
      };
    };
    expect(neighborhood.relations.length).toBeGreaterThan(10);
    expect(neighborhood.relations.every((r) => r.from.name && r.to.name)).toBe(true);
    expect(ends.statements, `${ends.names} / ${bare.names}`).toBe(bare.statements);
  });

  it("an entity page's relations take their ends from the entity and its neighbours: no statement for them", async () => {
    const page = (ends: string) =>
      cost(`{ entity(id: "north-korea") {
        relations(first: 20) { id ${ends} } neighbors(first: 20) { id name } } }`);
    const bare = await page('');
    const ends = await page('from { id name } to { id name }');
    const { entity } = ends.data as {
      entity: { relations: { from: { id: string }; to: { id: string } }[]; neighbors: { id: string }[] };
    };
    expect(entity.relations.length).toBeGreaterThan(5);
    // The other end of each relation is one of the neighbours listed with the same arguments.
    const neighbours = new Set(entity.neighbors.map((n) => n.id));
    for (const r of entity.relations)
      expect(neighbours.has(r.from.id === 'north-korea' ? r.to.id : r.from.id)).toBe(true);
    expect(ends.statements, `${ends.names} / ${bare.names}`).toBe(bare.statements);
  });

  it('the relations a canvas draws name their ends and sources by id without loading them', async () => {
    const ids = JSON.stringify(kursk.entities.map((e) => e.id));
    const among = (ends: string, source: string) =>
      cost(
        `{ relationsAmong(ids: ${ids}) { id from { ${ends} } to { ${ends} } evidence { source { ${source} } } } }`,
      );
    type Answer = {
      relationsAmong: {
        id: string;
        from: { id: string; name?: string };
        to: { id: string; name?: string };
        evidence: { source: { id: string; title?: string } }[];
      }[];
    };
    // What the explorer asks (operations.ts, CanvasRelation), and the same with names and titles.
    const references = await among('id __typename', 'id');
    const loaded = await among('id name', 'id title');
    const bare = (data: Record<string, unknown>) =>
      (data as Answer).relationsAmong.map((r) => ({
        id: r.id,
        from: r.from.id,
        to: r.to.id,
        sources: r.evidence.map((e) => e.source.id),
      }));
    expect(bare(references.data)).toHaveLength(kursk.relations.length);
    expect(bare(references.data)).toEqual(bare(loaded.data));
    const named = (loaded.data as Answer).relationsAmong;
    expect(named.every((r) => r.from.name && r.to.name && r.evidence.every((e) => e.source.title))).toBe(
      true,
    );
    // Loading the ends and the sources is one statement each; references need neither.
    expect(loaded.statements - references.statements, `${loaded.names} / ${references.names}`).toBe(2);
  });

  it('subgraph gives entities by id with the relations among them, and reads the entities only when asked', async () => {
    const ids = JSON.stringify([...kursk.entities.map((e) => e.id), 'nobody']);
    const full = await cost(
      `{ subgraph(ids: ${ids}) { entities { id name } relations { id from { id name } to { id name } } truncated } }`,
    );
    const { subgraph } = full.data as {
      subgraph: {
        entities: { id: string; name: string }[];
        relations: { id: string; from: { id: string; name: string }; to: { name: string } }[];
        truncated: boolean;
      };
    };
    expect(sorted(subgraph.entities.map((e) => e.id))).toEqual(sorted(kursk.entities.map((e) => e.id)));
    expect(sorted(subgraph.relations.map((r) => r.id))).toEqual(sorted(kursk.relations.map((r) => r.id)));
    expect(subgraph.truncated).toBe(false);
    const names = new Map(kursk.entities.map((e) => [e.id, e.name]));
    expect(subgraph.relations.every((r) => r.from.name === names.get(r.from.id) && r.to.name)).toBe(true);
    // The ends' names come from the entities it read: one statement for those, one for the
    // relations, except over the embedded engine's adjacency lists, which read them by handle.
    const relationStatements = shared.engine.adjacency ? [] : ['relations-among'];
    expect(full.names).toBe([...relationStatements, 'entities-by-id'].join(', '));
    const relationsOnly = await cost(
      `{ subgraph(ids: ${ids}) { relations { id from { id } to { id } } truncated } }`,
    );
    expect(relationsOnly.names).toBe(relationStatements.join(', '));
  });

  it('a relation whose ends are given is found through them, not by looking through every relation', async () => {
    const known = kursk.relations.find((r) => r.evidence.length > 1)!;
    const ask = (args: string) =>
      cost(`{ relation(${args}) { id type from { id } to { id } evidence { quote source { id title } } } }`);
    const byId = await ask(`id: "${known.id}"`);
    expect(byId.names).toBe('relations-by-id, sources-by-id');
    const throughEnds = await ask(`id: "${known.id}", from: "${known.from}", to: "${known.to}"`);
    expect(throughEnds.names).toBe('relations-at-endpoints, sources-by-id');
    expect(throughEnds.data).toEqual(byId.data);
    expect((throughEnds.data as { relation: { from: { id: string } } }).relation.from.id).toBe(known.from);
    // Ends that are not its own (reversed): found all the same, by the longer way.
    const wrongEnds = await ask(`id: "${known.id}", from: "${known.to}", to: "${known.from}"`);
    expect(wrongEnds.data).toEqual(byId.data);
    expect(wrongEnds.names).toBe('relations-at-endpoints, relations-by-id, sources-by-id');
    expect((await ask(`id: "nothing", from: "${known.from}", to: "${known.to}"`)).data).toEqual({
      relation: null,
    });
  });

  it('every source with what it supports is one statement for the supports, not one per source', async () => {
    shared.engine.reset();
    const { sources } = await shared.gql.data<{ sources: { id: string; supports: { quote: string }[] }[] }>(
      '{ sources { id supports { quote } } }',
    );
    expect(sources).toHaveLength(kursk.sources.length);
    expect(sources.every((s) => s.supports.length > 0)).toBe(true);
    const supports = shared.engine.names.filter((name) => name === 'source-supports');
    expect(supports, shared.engine.names.join(', ')).toHaveLength(1);
  });
});

describe('mutations', () => {
  let own: Harness;
  beforeEach(async () => {
    own = await openApp();
  });
  afterEach(async () => {
    await own.close();
  });

  it('upsertEntity and upsertRelation write an entity and a relation with evidence', async () => {
    const created = await own.gql.post<{ upsertEntity: unknown }>(
      `mutation($input: EntityInput!) {
        upsertEntity(input: $input) { id type name aliases evidence { quote source { id } } degree } }`,
      {
        input: {
          id: 'test-envoy',
          type: 'Person',
          name: 'Test Envoy',
          aliases: ['The Envoy'],
          evidence: [{ source: ARTICLE, quote: 'Kim Jong Un' }],
        },
      },
    );
    expect(created.errors).toEqual([]);
    expect(created.data?.upsertEntity).toEqual({
      id: 'test-envoy',
      type: 'Person',
      name: 'Test Envoy',
      aliases: ['The Envoy'],
      evidence: [{ quote: 'Kim Jong Un', source: { id: ARTICLE } }],
      degree: 0,
    });

    const related = await own.gql.post<{ upsertRelation: unknown }>(
      `mutation($input: RelationInput!) {
        upsertRelation(input: $input) {
          id type from { id } to { id name } date status properties evidence { quote source { id } } } }`,
      {
        input: {
          id: 'test-envoy.visited.kursk-region',
          type: 'VISITED',
          from: 'test-envoy',
          to: 'kursk-region',
          date: '2025-06',
          status: 'reported',
          properties: { purpose: 'inspection' },
          evidence: [{ source: ARTICLE, quote: 'Kursk Region' }],
        },
      },
    );
    expect(related.errors).toEqual([]);
    expect(related.data?.upsertRelation).toEqual({
      id: 'test-envoy.visited.kursk-region',
      type: 'VISITED',
      from: { id: 'test-envoy' },
      to: { id: 'kursk-region', name: 'Kursk Region' },
      date: '2025-06',
      status: 'reported',
      properties: { purpose: 'inspection' },
      evidence: [{ quote: 'Kursk Region', source: { id: ARTICLE } }],
    });
    const after = await own.gql.data<{ entity: { degree: number }; search: { entity: Ref }[] }>(
      '{ entity(id: "test-envoy") { degree } search(text: "The Envoy") { entity { id } } }',
    );
    expect(after.entity.degree).toBe(1);
    expect(after.search[0]?.entity.id).toBe('test-envoy');
    await expectSummary(own, kursk.entities.length + 1, kursk.relations.length + 1);
  });

  it('deleteRelation deletes once, with its evidence', async () => {
    const id = 'kim-jong-un.leads.north-korea';
    const first = await own.gql.data<{ deleteRelation: boolean }>(
      'mutation($id: ID!) { deleteRelation(id: $id) }',
      { id },
    );
    expect(first.deleteRelation).toBe(true);
    const second = await own.gql.data<{ deleteRelation: boolean }>(
      'mutation($id: ID!) { deleteRelation(id: $id) }',
      { id },
    );
    expect(second.deleteRelation).toBe(false);
    const after = await own.gql.data<{
      relation: Ref | null;
      source: { supports: { relation: Ref | null }[] };
    }>(
      `query($id: ID!, $source: ID!) { relation(id: $id) { id } source(id: $source) { supports { relation { id } } } }`,
      { id, source: ARTICLE },
    );
    expect(after.relation).toBeNull();
    expect(after.source.supports.some((s) => s.relation?.id === id)).toBe(false);
    await expectSummary(own, kursk.entities.length, kursk.relations.length - 1);
  });

  it('mergeEntities folds "Russian authorities" into Russia', async () => {
    const result = await own.gql.post<{
      mergeEntities: {
        entity: { id: string; aliases: string[] };
        relationsMoved: number;
        relationsMerged: number;
        relationsDropped: number;
      };
    }>(
      `mutation { mergeEntities(keepId: "russia", mergeId: "russian-authorities") {
          entity { id aliases } relationsMoved relationsMerged relationsDropped } }`,
    );
    expect(result.errors).toEqual([]);
    const merge = result.data!.mergeEntities;
    expect(merge).toMatchObject({ relationsMoved: 2, relationsMerged: 0, relationsDropped: 1 });
    expect(merge.entity.aliases).toEqual(
      expect.arrayContaining(['Russian authorities', 'Kremlin', 'Россия']),
    );
    const after = await own.gql.data<{ entity: Ref | null; search: { entity: Ref }[] }>(
      '{ entity(id: "russian-authorities") { id } search(text: "Kremlin") { entity { id } } }',
    );
    expect(after.entity).toBeNull();
    expect(after.search[0]?.entity.id).toBe('russia');
    await expectSummary(own, kursk.entities.length - 1, kursk.relations.length - 1);
  });

  it('importGraph with dryRun reports and writes nothing', async () => {
    const result = await own.gql.post<{ importGraph: unknown }>(
      `mutation($graph: JSON!) { importGraph(graph: $graph, dryRun: true) {
          dryRun entities { created updated unchanged } } }`,
      { graph: { entities: [{ id: 'dry-one', type: 'Person', name: 'Dry One' }] } },
    );
    expect(result.errors).toEqual([]);
    expect(result.data?.importGraph).toEqual({
      dryRun: true,
      entities: { created: 1, updated: 0, unchanged: 0 },
    });
    const after = await own.gql.data<{ entity: Ref | null }>('{ entity(id: "dry-one") { id } }');
    expect(after.entity).toBeNull();
  });

  it('bad input is BAD_USER_INPUT naming the field, and writes nothing', async () => {
    const badType = await own.gql.post(
      'mutation($input: EntityInput!) { upsertEntity(input: $input) { id } }',
      { input: { id: 'lower-case', type: 'person', name: 'Lower Case' } },
    );
    expect(badType.errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(badType.errors[0]?.message).toMatch(/\btype\b/);

    const badDate = await own.gql.post(
      'mutation($input: RelationInput!) { upsertRelation(input: $input) { id } }',
      { input: { id: 'bad-date', type: 'VISITED', from: 'kim-jong-un', to: 'russia', date: '2024-13' } },
    );
    expect(badDate.errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(badDate.errors[0]?.message).toMatch(/\bdate\b/);
    expect(badDate.errors[0]?.message).toContain('2024-13');

    const badFile = await own.gql.post('mutation($graph: JSON!) { importGraph(graph: $graph) { dryRun } }', {
      graph: { relations: [{ id: 'r', type: 'KNOWS', from: 'kim-jong-un', to: 'russia', date: '2024-13' }] },
    });
    expect(badFile.errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(badFile.errors[0]?.message).toContain('relations[0].date');

    const cited = await own.gql.post('mutation($id: ID!) { deleteSource(id: $id) }', { id: ARTICLE });
    expect(cited.errors[0]?.extensions?.code).toBe('CONFLICT');
    expect(cited.errors[0]?.message).toContain(ARTICLE);

    const check = await own.gql.data<{ entity: Ref | null; relation: Ref | null; source: Ref | null }>(
      `{ entity(id: "lower-case") { id } relation(id: "bad-date") { id } source(id: "${ARTICLE}") { id } }`,
    );
    expect(check).toEqual({ entity: null, relation: null, source: { id: ARTICLE } });
    await expectSummary(own, kursk.entities.length, kursk.relations.length);
  });
});

describe('internal errors', () => {
  it('are masked: a store whose engine has closed gives the generic message, not the internal text', async () => {
    const broken = await openApp();
    await broken.store.close();
    const result = await broken.gql.post('{ entity(id: "kim-jong-un") { id name } }');
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]?.message).toBe('Unexpected error.');
    expect(result.errors[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(JSON.stringify(result.errors)).not.toMatch(/closed|grafeo|database|stack/i);
    const health = await broken.app.fetch(new Request('http://localhost/health'));
    expect(health.status).toBe(503);
    await broken.close();
    // The server's other requests are unaffected: a new app on the same engine kind answers.
    const fresh = await openApp();
    try {
      await expectSummary(fresh, kursk.entities.length, kursk.relations.length);
    } finally {
      await fresh.close();
    }
  });
});

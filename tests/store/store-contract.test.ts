/**
 * The store contract: every GraphStore operation, described once and run against whatever engine
 * `openTestEngine()` gives (the embedded engine by default, Neo4j when the environment names one).
 * Nothing here knows which engine runs. Each block opens its own engine and closes it before the
 * next block starts, so a shared Neo4j database sees one block at a time.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { GraphFile, RelationInput } from '../../server/model/case-format.ts';
import { loadKurskCase } from '../../server/seed/kursk.ts';
import { GraphStore, type StoreLimits } from '../../server/store/graph-store.ts';
import {
  StoreInputError,
  type Entity,
  type Path,
  type Relation,
  type Subgraph,
  type TimelineItem,
} from '../../server/store/types.ts';
import { openTestEngine } from '../support/engines.ts';
import { writeLegacyLayout } from '../support/legacy-evidence.ts';
import { diamondGraph, entity, evidence, graph, relation, smallGraph, source } from '../support/graphs.ts';

const kursk = loadKurskCase();

/**
 * Opens a store on a fresh engine around each test (`each`) or around the block, loaded with
 * `build()`. Returns a getter, since the store exists only once the hook ran.
 */
function useStore(
  build: () => GraphFile | null,
  options: { each?: boolean; limits?: Partial<StoreLimits> } = {},
): () => GraphStore {
  let store: GraphStore | null = null;
  let cleanup: (() => Promise<void>) | null = null;
  const open = async () => {
    const opened = await openTestEngine();
    cleanup = () => opened.cleanup();
    store = await GraphStore.open(opened.engine, options.limits);
    const file = build();
    if (file) await store.importGraph(file, { file: 'test graph' });
  };
  const close = async () => {
    await cleanup?.();
    store = null;
    cleanup = null;
  };
  if (options.each) {
    beforeEach(open);
    afterEach(close);
  } else {
    beforeAll(open);
    afterAll(close);
  }
  return () => {
    if (!store) throw new Error('the store is not open');
    return store;
  };
}

/** Awaits an operation that must be refused (by a rejection or a throw) and returns the error. */
async function refusal(operation: Promise<unknown> | (() => unknown)): Promise<Error> {
  try {
    await (typeof operation === 'function' ? operation() : operation);
  } catch (error) {
    expect(error).toBeInstanceOf(Error);
    return error as Error;
  }
  throw new Error('expected the store to refuse, but it accepted');
}

const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);
const sortedIds = (items: readonly { id: string }[]) => ids(items).sort();

function expectConsistent(subgraph: Subgraph) {
  const inside = new Set(ids(subgraph.entities));
  expect(inside.size).toBe(subgraph.entities.length);
  for (const r of subgraph.relations) {
    expect(inside.has(r.from), `${r.id} starts outside the subgraph`).toBe(true);
    expect(inside.has(r.to), `${r.id} ends outside the subgraph`).toBe(true);
  }
}

/** A path as `[entity ids, relation ids]`, checking that relation i joins entity i and i+1. */
function pathShape(path: Path): [string[], string[]] {
  expect(path.length).toBe(path.relations.length);
  expect(path.entities.length).toBe(path.relations.length + 1);
  path.relations.forEach((r, i) => {
    const ends = [path.entities[i]?.id, path.entities[i + 1]?.id].sort();
    expect([r.from, r.to].sort()).toEqual(ends);
  });
  expect(new Set(ids(path.entities)).size).toBe(path.entities.length);
  return [ids(path.entities), ids(path.relations)];
}

function expectedEntity(id: string): Entity {
  const e = kursk.entities.find((x) => x.id === id);
  if (!e) throw new Error(`no ${id} in the case`);
  return {
    id: e.id,
    type: e.type,
    name: e.name,
    aliases: e.aliases,
    description: e.description ?? null,
    properties: e.properties,
    evidence: e.evidence.map((ev) => ({ ...ev, locator: ev.locator ?? null })),
  };
}

function expectedRelation(r: RelationInput): Relation {
  return {
    id: r.id,
    type: r.type,
    from: r.from,
    to: r.to,
    date: r.date ?? null,
    startDate: r.startDate ?? null,
    endDate: r.endDate ?? null,
    status: r.status ?? null,
    properties: r.properties,
    evidence: r.evidence.map((ev) => ({ ...ev, locator: ev.locator ?? null })),
    sourceIds: [...new Set(r.evidence.map((e) => e.source))].sort(),
  };
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const item of items) out[key(item)] = (out[key(item)] ?? 0) + 1;
  return out;
}

/** What a source supports according to a graph file: `kind:id|quote` strings, sorted. */
function supportsInFile(file: GraphFile, sourceId: string): string[] {
  return [
    ...file.entities.flatMap((e) =>
      e.evidence.filter((ev) => ev.source === sourceId).map((ev) => `entity:${e.id}|${ev.quote}`),
    ),
    ...file.relations.flatMap((r) =>
      r.evidence.filter((ev) => ev.source === sourceId).map((ev) => `relation:${r.id}|${ev.quote}`),
    ),
  ].sort();
}

async function supportsInStore(store: GraphStore, sourceId: string): Promise<string[]> {
  const supports = await store.sourceSupports(sourceId);
  return supports
    .map((s) => {
      expect((s.entity === null) !== (s.relation === null)).toBe(true);
      return s.entity
        ? `entity:${s.entity.id}|${s.evidence.quote}`
        : `relation:${s.relation?.id}|${s.evidence.quote}`;
    })
    .sort();
}

async function counts(store: GraphStore) {
  const s = await store.summary();
  return { entities: s.entityCount, relations: s.relationCount, sources: s.sourceCount };
}

describe('reading records (Kursk case)', () => {
  const store = useStore(() => kursk);

  it('gets entities by id in the order asked, null for unknown ids, with every field', async () => {
    const found = await store().getEntities([
      'north-korea',
      'no-such-entity',
      'sergei-shoigu',
      'north-korea',
    ]);
    expect(found).toEqual([
      expectedEntity('north-korea'),
      null,
      expectedEntity('sergei-shoigu'),
      expectedEntity('north-korea'),
    ]);
    expect(await store().getEntity('kursk-region')).toEqual(expectedEntity('kursk-region'));
    expect(await store().getEntity("x'}) DETACH DELETE n //")).toBeNull();
  });

  it('gets relations by id in the order asked, with type, ends, dates, status, properties and sources', async () => {
    const wanted = [
      'north-korean-troops.fights-in.kursk-region',
      'nope',
      'north-korean-students.arrived-in.russia.sharp-rise',
      'kim-jong-un.leads.north-korea',
    ];
    const expected = wanted.map((id) => {
      const r = kursk.relations.find((x) => x.id === id);
      return r ? expectedRelation(r) : null;
    });
    expect(await store().getRelations(wanted)).toEqual(expected);
  });

  it('gets sources by id in order and lists them all', async () => {
    const [nyt, missing, article] = await store().getSources([
      'src-nyt',
      'missing',
      'the-insider-2025-kursk-6000',
    ]);
    expect(missing).toBeNull();
    expect(nyt).toEqual({
      id: 'src-nyt',
      title: kursk.sources.find((s) => s.id === 'src-nyt')?.title,
      publisher: 'The New York Times',
      url: null,
      publishedAt: '2025-01',
      kind: 'report',
    });
    expect(article?.publisher).toBe('The Insider');
    expect(sortedIds(await store().listSources())).toEqual(sortedIds(kursk.sources));
  });

  it('lists entities a page at a time in id order, each exactly once, with a type filter', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 20; page++) {
      const result = await store().listEntities({ first: 10, after });
      expect(result.totalCount).toBe(kursk.entities.length);
      seen.push(...ids(result.items));
      if (!result.hasNextPage) break;
      after = result.endCursor;
    }
    expect(seen).toEqual(sortedIds(kursk.entities));
    const people = await store().listEntities({ types: ['Person'], first: 50 });
    expect(sortedIds(people.items)).toEqual(sortedIds(kursk.entities.filter((e) => e.type === 'Person')));
    expect(people.totalCount).toBe(5);
    expect(people.hasNextPage).toBe(false);
  });

  it('counts relations per type and direction, batched over several entities', async () => {
    const [shoigu, unknown] = await store().relationCounts(['sergei-shoigu', 'nope']);
    const own = kursk.relations.filter((r) => r.from === 'sergei-shoigu' || r.to === 'sergei-shoigu');
    const expected = countBy(own, (r) => `${r.type}/${r.from === 'sergei-shoigu' ? 'OUT' : 'IN'}`);
    expect(Object.fromEntries((shoigu ?? []).map((c) => [`${c.type}/${c.direction}`, c.count]))).toEqual(
      expected,
    );
    expect(unknown).toEqual([]);
  });

  it('gives every entity its degree as the case file counts it, and 0 for an unknown id', async () => {
    const ids = kursk.entities.map((e) => e.id);
    const expected = ids.map((id) => kursk.relations.filter((r) => r.from === id || r.to === id).length);
    expect(await store().degrees([...ids, 'nope'])).toEqual([...expected, 0]);
    // The same as the per-type counts, which always run in Cypher.
    const counts = await store().relationCounts(ids);
    expect(counts.map((list) => list.reduce((sum, c) => sum + c.count, 0))).toEqual(expected);
  });

  it('exports the whole graph in the native format, and importing the export changes nothing', async () => {
    const exported = await store().exportGraph();
    expect(exported.entities).toHaveLength(kursk.entities.length);
    expect(exported.relations).toHaveLength(kursk.relations.length);
    const report = await store().importGraph(exported, { file: 'export' });
    expect(report.entities).toEqual({ created: 0, updated: 0, unchanged: kursk.entities.length, deleted: 0 });
    expect(report.relations).toEqual({
      created: 0,
      updated: 0,
      unchanged: kursk.relations.length,
      deleted: 0,
    });
    expect(report.sources.unchanged).toBe(kursk.sources.length);
  });
});

describe('search (Kursk case)', () => {
  const store = useStore(() => kursk);
  const top = async (text: string, types?: string[]) => (await store().search(text, { types }))[0];

  it('finds by prefix and despite a typo', async () => {
    expect((await top('shoig'))?.entity.id).toBe('sergei-shoigu');
    expect((await top('Shoigo'))?.entity.id).toBe('sergei-shoigu');
  });

  it('finds by alias and says which alias matched', async () => {
    const hit = await top('DPRK');
    expect(hit?.entity.id).toBe('north-korea');
    expect(hit?.matchedAlias).toBe('DPRK');
  });

  it('ignores case and diacritics and reads Cyrillic and Hangul', async () => {
    // The case has these aliases; the test relies on them.
    expect(expectedEntity('sergei-shoigu').aliases).toContain('Шойгу');
    expect(expectedEntity('kim-jong-un').aliases).toContain('김정은');
    expect((await top('sergeï'))?.entity.id).toBe('sergei-shoigu');
    expect((await top('SERGEI SHOIGU'))?.entity.id).toBe('sergei-shoigu');
    expect((await top('Шойгу'))?.entity.id).toBe('sergei-shoigu');
    expect((await top('шойгу'))?.entity.id).toBe('sergei-shoigu');
    const kim = await top('김정은');
    expect(kim?.entity.id).toBe('kim-jong-un');
    expect(kim?.matchedAlias).toBe('김정은');
  });

  it('filters by type', async () => {
    const events = await store().search('Shoigu', { types: ['Event'], first: 20 });
    expect(sortedIds(events.map((h) => h.entity))).toEqual([
      'shoigu-kursk-announcement',
      'shoigu-pyongyang-visit',
    ]);
    expect((await store().search('Shoigu', { types: ['Country'] })).length).toBe(0);
  });

  it('ranks an exact name above names it is a prefix of, best first', async () => {
    const hits = await store().search('Russia', { first: 10 });
    expect(hits[0]?.entity.id).toBe('russia');
    expect(hits.length).toBeGreaterThan(1);
    expect(hits[0]!.score).toBeGreaterThan(hits[1]!.score);
    for (let i = 1; i < hits.length; i++) expect(hits[i - 1]!.score).toBeGreaterThanOrEqual(hits[i]!.score);
  });

  it('returns nothing for blank or unknown text, and refuses an oversized page', async () => {
    expect(await store().search('   ')).toEqual([]);
    expect(await store().search('zzqqxx')).toEqual([]);
    expect(await store().search("'; MATCH (n) DETACH DELETE n //")).toEqual([]);
    const error = await refusal(() => store().search('kim', { first: 1_000_000 }));
    expect(error).toBeInstanceOf(StoreInputError);
    expect(error.message).toMatch(/first must be between 0 and 500/);
  });
});

describe('search (inline graph)', () => {
  const store = useStore(smallGraph);

  it('finds names with diacritics without them, and aliases in other scripts', async () => {
    expect((await store().search('bjorn'))[0]?.entity.id).toBe('bjorn');
    expect((await store().search('BJÖRN borg'))[0]?.entity.id).toBe('bjorn');
    expect((await store().search('Лавлейс'))[0]?.entity.id).toBe('ada');
    expect((await store().search('에이다'))[0]?.entity.id).toBe('ada');
  });
});

describe('neighbourhood (inline graph)', () => {
  const store = useStore(smallGraph);
  const around = async (seeds: string[], options: Parameters<GraphStore['neighborhood']>[1] = {}) => {
    const result = await store().neighborhood(seeds, options);
    expectConsistent(result);
    return result;
  };

  it('grows one relation per level, depth 1 to 3', async () => {
    const d1 = await around(['ada'], { depth: 1 });
    expect(sortedIds(d1.entities)).toEqual(['ada', 'bjorn', 'engines', 'xavier']);
    expect(sortedIds(d1.relations)).toEqual(['r1', 'r5', 'r7']);
    expect(d1.entities[0]?.id).toBe('ada');
    expect(d1.truncated).toBe(false);

    const d2 = await around(['ada'], { depth: 2 });
    expect(sortedIds(d2.entities)).toEqual(['ada', 'bjorn', 'engines', 'expo', 'london', 'works', 'xavier']);

    const d3 = await around(['ada'], { depth: 3 });
    expect(sortedIds(d3.entities)).toEqual([
      'ada',
      'bjorn',
      'engines',
      'expo',
      'london',
      'uk',
      'works',
      'xavier',
    ]);
    expect(sortedIds(d3.relations)).toEqual(['r1', 'r2', 'r3', 'r4', 'r5', 'r6', 'r7', 'r8']);
    expect(d3.truncated).toBe(false);

    const alone = await around(['hermit'], { depth: 3 });
    expect(ids(alone.entities)).toEqual(['hermit']);
    expect(alone.relations).toEqual([]);
  });

  it('relationsAmong gives the relations joining a set of entities, also those of the outer ring', async () => {
    const d2 = await around(['ada'], { depth: 2 });
    expect(sortedIds(d2.relations)).toEqual(expect.arrayContaining(['r1', 'r2', 'r3', 'r5', 'r6', 'r7']));
    // works and london are both in the depth-2 answer; r4 joins them.
    expect(sortedIds((await store().relationsAmong(ids(d2.entities))).relations)).toEqual([
      'r1',
      'r2',
      'r3',
      'r4',
      'r5',
      'r6',
      'r7',
    ]);
    expect(
      sortedIds((await store().relationsAmong(ids(d2.entities), { statuses: ['reported'] })).relations),
    ).toEqual(['r2', 'r4', 'r6']);
    expect(await store().relationsAmong(['ada', 'hermit', 'uk', 'nobody'])).toEqual({
      relations: [],
      truncated: false,
    });
    const tooMany = await refusal(store().relationsAmong(Array.from({ length: 2001 }, (_, i) => `id-${i}`)));
    expect((tooMany as StoreInputError).code).toBe('LIMIT');
  });

  it('follows only the relation types and entity types asked for', async () => {
    const byType = await around(['ada'], {
      depth: 3,
      filter: { relationTypes: ['WORKS_FOR', 'LOCATED_IN'] },
    });
    expect(sortedIds(byType.entities)).toEqual(['ada', 'engines', 'london', 'works']);
    expect(byType.relations.every((r) => r.type === 'WORKS_FOR' || r.type === 'LOCATED_IN')).toBe(true);

    const people = await around(['ada'], { depth: 3, filter: { entityTypes: ['Person'] } });
    expect(sortedIds(people.entities)).toEqual(['ada', 'bjorn', 'xavier']);
  });

  it('follows direction OUT or IN', async () => {
    const out = await around(['bjorn'], { filter: { direction: 'OUT' } });
    expect(sortedIds(out.entities)).toEqual(['bjorn', 'expo', 'works']);
    const incoming = await around(['bjorn'], { filter: { direction: 'IN' } });
    expect(sortedIds(incoming.entities)).toEqual(['ada', 'bjorn']);
    expect(ids(incoming.relations)).toEqual(['r5']);
  });

  it('filters by status and by source', async () => {
    const confirmed = await around(['ada'], { depth: 3, filter: { statuses: ['confirmed'] } });
    expect(sortedIds(confirmed.entities)).toEqual(['ada', 'engines', 'london']);
    const fromS2 = await around(['ada'], { depth: 3, filter: { sources: ['s2'] } });
    expect(sortedIds(fromS2.entities)).toEqual(['ada', 'bjorn', 'london', 'works']);
    expect(sortedIds(fromS2.relations)).toEqual(['r2', 'r4', 'r5']);
  });

  it('keeps relations that overlap the date window, with or without undated ones', async () => {
    const since2023 = await around(['ada'], { filter: { from: '2023' } });
    expect(sortedIds(since2023.entities)).toEqual(['ada', 'bjorn', 'xavier']);
    const since2023Dated = await around(['ada'], { filter: { from: '2023', includeUndated: false } });
    expect(sortedIds(since2023Dated.entities)).toEqual(['ada', 'bjorn']);

    // r1 runs 2020..2022, so a window inside it keeps it.
    const in2021 = await around(['ada'], { filter: { from: '2021', to: '2021' } });
    expect(sortedIds(in2021.entities)).toEqual(['ada', 'engines', 'xavier']);
    const in2021Dated = await around(['ada'], {
      filter: { from: '2021', to: '2021', includeUndated: false },
    });
    expect(sortedIds(in2021Dated.entities)).toEqual(['ada', 'engines']);

    // Partial dates: r5 (2024) overlaps "up to 2024-02"; r2 (2024-03) and r6 (2024-05-02) do not.
    const early2024 = await around(['bjorn'], { filter: { from: '2024', to: '2024-02' } });
    expect(sortedIds(early2024.entities)).toEqual(['ada', 'bjorn']);
  });

  it('stops at the limit and says it truncated', async () => {
    const limited = await around(['ada'], { depth: 3, limit: 3 });
    expect(limited.entities).toHaveLength(3);
    expect(limited.entities[0]?.id).toBe('ada');
    expect(limited.truncated).toBe(true);
    const roomy = await around(['ada'], { depth: 3, limit: 8 });
    expect(roomy.entities).toHaveLength(8);
    expect(roomy.truncated).toBe(false);
  });

  it('refuses depths and limits outside the bounds, and unknown seeds', async () => {
    const deep = await refusal(store().neighborhood(['ada'], { depth: 4 }));
    expect(deep).toBeInstanceOf(StoreInputError);
    expect(deep.message).toMatch(/depth must be between 1 and 3, got 4/);
    const wide = await refusal(store().neighborhood(['ada'], { limit: 1_000_000_000 }));
    expect(wide.message).toMatch(/limit must be between 1 and 2000/);
    const unknown = await refusal(store().neighborhood(['ada', 'ghost']));
    expect((unknown as StoreInputError).code).toBe('NOT_FOUND');
    expect(unknown.message).toContain('"ghost"');
    expect(unknown.message).not.toContain('"ada"');
  });

  it('gives each entity its relations and neighbours in one batch, in the order asked', async () => {
    const [ada, hermit, bjorn] = await store().relationsOf(['ada', 'hermit', 'bjorn']);
    expect(sortedIds(ada ?? [])).toEqual(['r1', 'r5', 'r7']);
    expect(hermit).toEqual([]);
    expect(sortedIds(bjorn ?? [])).toEqual(['r2', 'r5', 'r6']);
    const [bjornOut] = await store().relationsOf(['bjorn'], { direction: 'OUT' });
    expect(sortedIds(bjornOut ?? [])).toEqual(['r2', 'r6']);
    const [neighbours] = await store().neighborsOf(['ada'], { relationTypes: ['KNOWS', 'FUNDED'] });
    expect(sortedIds(neighbours ?? [])).toEqual(['bjorn', 'xavier']);
  });
});

describe('neighbourhood fan-out cap (a hub with more relations than limits.fanout)', () => {
  const spokes = Array.from({ length: 8 }, (_, i) => `spoke-${i + 1}`);
  const store = useStore(
    () =>
      graph({
        sources: [source('s1')],
        entities: [
          entity('hub', 'Organization', 'Hub'),
          entity('small', 'Person', 'Small'),
          ...spokes.map((id) => entity(id, 'Person', id)),
        ],
        relations: [
          ...spokes.map((id) => relation(`hub-${id}`, 'EMPLOYS', 'hub', id, 's1')),
          relation('small-1', 'KNOWS', 'small', 'spoke-1', 's1'),
          relation('small-2', 'KNOWS', 'small', 'spoke-2', 's1'),
        ],
      }),
    { limits: { fanout: 5 } },
  );

  it('follows at most `fanout` relations of one entity and says it truncated', async () => {
    const result = await store().neighborhood(['hub'], { depth: 1 });
    expectConsistent(result);
    expect(result.relations).toHaveLength(5);
    expect(result.entities).toHaveLength(6);
    expect(result.truncated).toBe(true);
  });

  it('caps per entity: a small seed beside the hub keeps all its relations', async () => {
    const small = await store().neighborhood(['small'], { depth: 1 });
    expect(sortedIds(small.relations)).toEqual(['small-1', 'small-2']);
    expect(small.truncated).toBe(false);

    const both = await store().neighborhood(['hub', 'small'], { depth: 1 });
    expectConsistent(both);
    expect(both.relations.filter((r) => r.from === 'hub')).toHaveLength(5);
    expect(sortedIds(both.relations.filter((r) => r.from === 'small'))).toEqual(['small-1', 'small-2']);
    expect(both.truncated).toBe(true);
  });
});

describe('shortest path (inline graph)', () => {
  const store = useStore(smallGraph);
  const shape = async (from: string, to: string, options: Parameters<GraphStore['shortestPath']>[2] = {}) => {
    const path = await store().shortestPath(from, to, options);
    return path ? pathShape(path) : null;
  };

  it('ignores direction by default', async () => {
    expect(await shape('ada', 'london')).toEqual([
      ['ada', 'engines', 'london'],
      ['r1', 'r3'],
    ]);
    expect(await shape('uk', 'expo')).toEqual([
      ['uk', 'london', 'works', 'bjorn', 'expo'],
      ['r8', 'r4', 'r2', 'r6'],
    ]);
  });

  it('follows direction OUT only forward: null where only the reverse relation exists', async () => {
    expect(await shape('london', 'engines', { filter: { direction: 'OUT' } })).toBeNull();
    expect(await shape('engines', 'london', { filter: { direction: 'OUT' } })).toEqual([
      ['engines', 'london'],
      ['r3'],
    ]);
    expect(await shape('london', 'engines', { filter: { direction: 'IN' } })).toEqual([
      ['london', 'engines'],
      ['r3'],
    ]);
  });

  it('returns null when maxDepth is too short', async () => {
    expect(await shape('ada', 'expo', { maxDepth: 1 })).toBeNull();
    expect(await shape('ada', 'expo', { maxDepth: 2 })).toEqual([
      ['ada', 'bjorn', 'expo'],
      ['r5', 'r6'],
    ]);
  });

  it('respects filters: a path only through a denied relation disappears, another one is found', async () => {
    expect(await shape('ada', 'xavier')).toEqual([['ada', 'xavier'], ['r7']]);
    expect(
      await shape('ada', 'xavier', { filter: { statuses: ['confirmed', 'reported', 'estimated'] } }),
    ).toBeNull();
    expect(await shape('ada', 'bjorn', { filter: { statuses: ['confirmed', 'reported'] } })).toEqual([
      ['ada', 'engines', 'london', 'works', 'bjorn'],
      ['r1', 'r3', 'r4', 'r2'],
    ]);
  });

  it('is null between unconnected entities and refuses unknown ids and a too-deep search', async () => {
    expect(await shape('ada', 'hermit')).toBeNull();
    const unknown = await refusal(store().shortestPath('ada', 'nobody-here'));
    expect(unknown).toBeInstanceOf(StoreInputError);
    expect((unknown as StoreInputError).code).toBe('NOT_FOUND');
    expect(unknown.message).toContain('"nobody-here"');
    const deep = await refusal(store().shortestPath('ada', 'uk', { maxDepth: 9 }));
    expect((deep as StoreInputError).code).toBe('LIMIT');
  });
});

describe('simple paths (diamond)', () => {
  const store = useStore(diamondGraph);
  const shapes = async (from: string, to: string, options: Parameters<GraphStore['paths']>[2] = {}) => {
    const result = await store().paths(from, to, options);
    return { paths: result.paths.map(pathShape), truncated: result.truncated };
  };

  it('lists every simple path up to length 4, shortest first, none repeating an entity', async () => {
    expect(await shapes('a', 'd')).toEqual({
      paths: [
        [['a', 'd'], ['a-d']],
        [
          ['a', 'b', 'd'],
          ['a-b', 'b-d'],
        ],
        [
          ['a', 'c', 'd'],
          ['a-c', 'c-d'],
        ],
        [
          ['a', 'b', 'c', 'd'],
          ['a-b', 'b-c', 'c-d'],
        ],
        [
          ['a', 'c', 'b', 'd'],
          ['a-c', 'b-c', 'b-d'],
        ],
      ],
      truncated: false,
    });
  });

  it('follows direction', async () => {
    const out = await shapes('a', 'd', { filter: { direction: 'OUT' } });
    expect(out.paths.map(([entities]) => entities.join(''))).toEqual(['ad', 'abd', 'acd', 'abcd']);
    const backward = await shapes('d', 'a', { filter: { direction: 'IN' } });
    expect(backward.paths.map(([entities]) => entities.join(''))).toEqual(['da', 'dba', 'dca', 'dcba']);
    expect((await shapes('d', 'a', { filter: { direction: 'OUT' } })).paths).toEqual([]);
  });

  it('stops at maxLength and at first, and says it truncated', async () => {
    const short = await shapes('a', 'd', { maxLength: 2 });
    expect(short.paths.map(([entities]) => entities.join(''))).toEqual(['ad', 'abd', 'acd']);
    const firstTwo = await shapes('a', 'd', { first: 2 });
    expect(firstTwo.paths.map(([entities]) => entities.join(''))).toEqual(['ad', 'abd']);
    expect(firstTwo.truncated).toBe(true);
    const tail = await shapes('e', 'a', { maxLength: 2 });
    expect(tail.paths.map(([entities]) => entities.join(''))).toEqual(['eda']);
  });

  it('refuses a maxLength above the limit', async () => {
    const error = await refusal(store().paths('a', 'd', { maxLength: 5 }));
    expect((error as StoreInputError).code).toBe('LIMIT');
    expect(error.message).toMatch(/maxLength must be between 1 and 4, got 5/);
  });
});

describe('relations by filter, a page at a time (Kursk case)', () => {
  const store = useStore(() => kursk);

  async function walk(filter: Parameters<GraphStore['listRelations']>[0]['filter'], first: number) {
    const seen: string[] = [];
    let after: string | null = null;
    const totals = new Set<number>();
    for (let page = 0; page < 100; page++) {
      const result = await store().listRelations({ filter, first, after });
      totals.add(result.totalCount);
      expect(result.items.length).toBeLessThanOrEqual(first);
      seen.push(...ids(result.items));
      if (!result.hasNextPage) break;
      after = result.endCursor;
    }
    return { seen, totals: [...totals] };
  }

  it('walks every relation exactly once, in id order, with the right total', async () => {
    const { seen, totals } = await walk(null, 7);
    expect(seen).toEqual(sortedIds(kursk.relations));
    expect(totals).toEqual([kursk.relations.length]);
  });

  it('walks a filtered list exactly once with its own total', async () => {
    const types = ['PART_OF', 'CITES'];
    const byType = await walk({ relationTypes: types }, 5);
    expect(byType.seen).toEqual(sortedIds(kursk.relations.filter((r) => types.includes(r.type))));
    expect(byType.totals).toEqual([17]);

    const reported = await walk({ statuses: ['reported'] }, 4);
    expect(reported.seen).toEqual(sortedIds(kursk.relations.filter((r) => r.status === 'reported')));
    expect(reported.totals).toEqual([reported.seen.length]);

    const nyt = await walk({ sources: ['src-nyt'] }, 50);
    expect(nyt.seen).toEqual(
      sortedIds(kursk.relations.filter((r) => r.evidence.some((e) => e.source === 'src-nyt'))),
    );
  });

  it('refuses a cursor it did not issue', async () => {
    for (const after of [
      'garbage',
      Buffer.from('["a","b"]').toString('base64url'),
      Buffer.from('{}').toString('base64url'),
    ]) {
      const error = await refusal(store().listRelations({ first: 5, after }));
      expect(error).toBeInstanceOf(StoreInputError);
      expect(error.message).toMatch(/cursor/);
    }
  });
});

describe('timeline (inline graph)', () => {
  const store = useStore(smallGraph);
  const label = (item: TimelineItem) =>
    item.kind === 'relation' ? `${item.relation.id}@${item.date}` : `${item.entity.id}@${item.date}`;

  it('orders dated relations and dated entities by date, keeping partial dates as given', async () => {
    const page = await store().timeline({});
    expect(page.items.map(label)).toEqual([
      'r1@2020',
      'r5@2024',
      'r2@2024-03',
      'expo@2024-05-02',
      'r6@2024-05-02',
    ]);
    expect(page.hasNextPage).toBe(false);
  });

  it('keeps what overlaps the date window', async () => {
    const late2024 = await store().timeline({ filter: { from: '2024-04', to: '2024' } });
    expect(late2024.items.map(label)).toEqual(['r5@2024', 'expo@2024-05-02', 'r6@2024-05-02']);
    const in2021 = await store().timeline({ filter: { from: '2021', to: '2021' } });
    expect(in2021.items.map(label)).toEqual(['r1@2020']);
  });

  it('pages through the timeline without loss or repetition, also inside a tie of dates', async () => {
    for (const first of [1, 2, 4]) {
      const seen: string[] = [];
      let after: string | null = null;
      for (let i = 0; i < 10; i++) {
        const page = await store().timeline({ first, after });
        seen.push(...page.items.map(label));
        if (!page.hasNextPage) break;
        after = page.endCursor;
      }
      expect(seen, `pages of ${first}`).toEqual([
        'r1@2020',
        'r5@2024',
        'r2@2024-03',
        'expo@2024-05-02',
        'r6@2024-05-02',
      ]);
    }
  });
});

describe('summary', () => {
  describe('Kursk case', () => {
    const store = useStore(() => kursk);

    it('counts entities and relations per type as the case file does, and spans its dates', async () => {
      const summary = await store().summary();
      expect(summary.entityCount).toBe(kursk.entities.length);
      expect(summary.relationCount).toBe(kursk.relations.length);
      expect(summary.sourceCount).toBe(kursk.sources.length);
      expect(Object.fromEntries(summary.entityTypes.map((t) => [t.type, t.count]))).toEqual(
        countBy(kursk.entities, (e) => e.type),
      );
      expect(Object.fromEntries(summary.relationTypes.map((t) => [t.type, t.count]))).toEqual(
        countBy(kursk.relations, (r) => r.type),
      );
      const sorted = [...summary.entityTypes].sort(
        (a, b) => b.count - a.count || a.type.localeCompare(b.type),
      );
      expect(summary.entityTypes).toEqual(sorted);
      expect(['2017', '2017-01-01']).toContain(summary.earliest);
      expect(['2025-05', '2025-05-31']).toContain(summary.latest);
    });
  });

  describe('an open-ended span and a 30-day month', () => {
    const store = useStore(() =>
      graph({
        sources: [source('s1')],
        entities: [entity('p', 'Person', 'P'), entity('q', 'Person', 'Q'), entity('c', 'Place', 'C')],
        relations: [
          relation('t1', 'KNOWS', 'p', 'q', 's1', { date: '2021-06' }),
          relation('t2', 'KNOWS', 'q', 'p', 's1', { startDate: '2020-02' }),
          relation('t3', 'LIVES_IN', 'p', 'c', 's1', { date: '2019' }),
        ],
      }),
    );

    it('reports the latest known date, a real calendar date, not hidden by an open-ended relation', async () => {
      const summary = await store().summary();
      expect(['2019', '2019-01-01']).toContain(summary.earliest);
      // June 2021 (t1) is the latest date the graph knows: t2 only started in 2020 and has no end.
      // Not hidden because t2 shares t1's type, and never the 31st of June.
      expect(['2021-06', '2021-06-30']).toContain(summary.latest);
    });
  });
});

describe('evidence (Kursk case)', () => {
  const store = useStore(() => kursk);

  it('answers "what supports this relation / entity" with the quotes, in order, with their sources', async () => {
    const fights = kursk.relations.find((r) => r.id === 'north-korean-troops.fights-in.kursk-region')!;
    const kim = kursk.entities.find((e) => e.id === 'kim-jong-un')!;
    const [relationEvidence, entityEvidence, none] = await store().evidenceFor([
      `relation:${fights.id}`,
      'entity:kim-jong-un',
      'relation:no-such-relation',
    ]);
    const shape = (list: { source: { id: string }; quote: string; locator: string | null }[] | undefined) =>
      (list ?? []).map((ev) => ({ source: ev.source.id, quote: ev.quote, locator: ev.locator ?? undefined }));
    const fromFile = (list: { source: string; quote: string; locator?: string }[]) =>
      list.map((ev) => ({ source: ev.source, quote: ev.quote, locator: ev.locator }));
    expect(shape(relationEvidence)).toEqual(fromFile(fights.evidence));
    expect(shape(entityEvidence)).toEqual(fromFile(kim.evidence));
    expect(none).toEqual([]);
    expect(relationEvidence?.find((ev) => ev.source.id === 'src-nyt')?.source.publisher).toBe(
      'The New York Times',
    );
  });

  it('answers "what does this source support" with the quotes, for every source of the case', async () => {
    for (const s of kursk.sources) {
      expect(await supportsInStore(store(), s.id), s.id).toEqual(supportsInFile(kursk, s.id));
    }
    expect(await store().sourceSupports('no-such-source')).toEqual([]);
  });
});

describe('a database written with evidence nodes (the earlier layout)', () => {
  it('moves the evidence onto its subjects on open, once, losing nothing', async () => {
    const { engine, cleanup } = await openTestEngine();
    try {
      await writeLegacyLayout(engine);
      // An :Evidence node of another application in the same database: not Redstring's to move.
      const foreign = {
        name: 'probe',
        text: 'MATCH (e:Evidence) WHERE e.subject IS NULL RETURN count(e) AS count',
      };
      await engine.write((tx) =>
        tx.run({ name: 'probe', text: "CREATE (:Evidence {source: 'elsewhere', quote: 'not ours'})" }),
      );
      const foreignBefore = Number((await engine.read((tx) => tx.run(foreign)))[0]?.count);
      expect(foreignBefore).toBeGreaterThanOrEqual(1);
      const store = await GraphStore.open(engine);
      const [person] = await store.getEntities(['legacy-a']);
      const [lives] = await store.getRelations(['legacy-r']);
      expect(person?.evidence).toEqual([{ source: 'legacy-src', quote: 'a person', locator: null }]);
      expect(lives?.evidence).toEqual([
        { source: 'legacy-src', quote: 'lives there', locator: 'p. 2' },
        { source: 'legacy-src', quote: 'since 2020', locator: null },
      ]);
      expect(lives?.sourceIds).toEqual(['legacy-src']);
      expect(await store.listRelations({ filter: { sources: ['legacy-src'] } })).toMatchObject({
        totalCount: 1,
      });
      const left = await engine.read((tx) =>
        tx.run({
          name: 'probe',
          text: 'MATCH (e:Evidence) WHERE e.subject IS NOT NULL RETURN count(e) AS count',
        }),
      );
      expect(Number(left[0]?.count)).toBe(0);
      expect(Number((await engine.read((tx) => tx.run(foreign)))[0]?.count)).toBe(foreignBefore);
      const oldList = await engine.read((tx) =>
        tx.run({
          name: 'probe',
          text: 'MATCH ()-[r]->() WHERE r.sources IS NOT NULL RETURN count(r) AS count',
        }),
      );
      expect(Number(oldList[0]?.count)).toBe(0);
      // Opened again: nothing left to move, nothing changed.
      const again = await GraphStore.open(engine);
      expect((await again.getRelations(['legacy-r']))[0]).toEqual(lives);
      expect(await again.sourceSupports('legacy-src')).toHaveLength(3);
    } finally {
      // The test's own stand-in for another application's node: the tests delete only Redstring's.
      await engine.write((tx) =>
        tx.run({
          name: 'probe',
          text: "MATCH (e:Evidence {source: 'elsewhere', quote: 'not ours'}) DELETE e",
        }),
      );
      await cleanup();
    }
  });
});

describe('writes', () => {
  const store = useStore(smallGraph, { each: true });

  it('upsertEntity creates, and an update replaces the whole entity and its evidence', async () => {
    const created = await store().upsertEntity(
      entity('newcomer', 'Person', 'Nora Newcomer', {
        aliases: ['Nora N.'],
        description: 'first version',
        properties: { age: 40, tags: ['x', 'y'], active: true },
        evidence: [evidence('s1', 'Nora arrived', 'p. 2')],
      }),
    );
    expect(created).toEqual({
      id: 'newcomer',
      type: 'Person',
      name: 'Nora Newcomer',
      aliases: ['Nora N.'],
      description: 'first version',
      properties: { age: 40, tags: ['x', 'y'], active: true },
      evidence: [{ source: 's1', quote: 'Nora arrived', locator: 'p. 2' }],
    });
    expect((await store().search('Nora'))[0]?.entity.id).toBe('newcomer');

    await store().upsertEntity(
      entity('newcomer', 'Person', 'Renata Renamed', {
        properties: { nickname: 'R' },
        evidence: [evidence('s2', 'Renata stayed')],
      }),
    );
    expect(await store().getEntity('newcomer')).toEqual({
      id: 'newcomer',
      type: 'Person',
      name: 'Renata Renamed',
      aliases: [],
      description: null,
      properties: { nickname: 'R' },
      evidence: [{ source: 's2', quote: 'Renata stayed', locator: null }],
    });
    const [ev] = await store().evidenceFor(['entity:newcomer']);
    expect(ev?.map((e) => [e.source.id, e.quote, e.locator])).toEqual([['s2', 'Renata stayed', null]]);
    expect(await supportsInStore(store(), 's1')).not.toContain('entity:newcomer|Nora arrived');
    expect((await store().search('Renata'))[0]?.entity.id).toBe('newcomer');
    expect((await store().search('Nora')).map((h) => h.entity.id)).not.toContain('newcomer');
    expect(await counts(store())).toEqual({ entities: 10, relations: 8, sources: 2 });
  });

  it('upsertSource creates, and an update replaces the whole source', async () => {
    const full = source('s3', {
      title: 'A report',
      publisher: 'Someone',
      url: 'https://example.org/report',
      publishedAt: '2024-01',
      kind: 'report',
    });
    expect(await store().upsertSource(full)).toEqual({
      id: 's3',
      title: 'A report',
      publisher: 'Someone',
      url: 'https://example.org/report',
      publishedAt: '2024-01',
      kind: 'report',
    });
    await store().upsertSource(source('s3', { title: 'A shorter report' }));
    expect((await store().getSources(['s3']))[0]).toEqual({
      id: 's3',
      title: 'A shorter report',
      publisher: null,
      url: null,
      publishedAt: null,
      kind: 'article',
    });
  });

  it('upsertRelation updates in place and replaces properties, status, dates and evidence', async () => {
    await store().upsertRelation(
      relation('r3', 'LOCATED_IN', 'engines', 'london', 's2', {
        status: 'estimated',
        date: '1990',
        properties: { floor: 3 },
        evidence: [evidence('s2', 'moved to London in 1990')],
      }),
    );
    expect((await store().getRelations(['r3']))[0]).toEqual({
      id: 'r3',
      type: 'LOCATED_IN',
      from: 'engines',
      to: 'london',
      date: '1990',
      startDate: null,
      endDate: null,
      status: 'estimated',
      properties: { floor: 3 },
      evidence: [{ source: 's2', quote: 'moved to London in 1990', locator: null }],
      sourceIds: ['s2'],
    });
    expect(await supportsInStore(store(), 's1')).not.toContain('relation:r3|quote for r3');
    expect(await supportsInStore(store(), 's2')).toContain('relation:r3|moved to London in 1990');
    expect(await counts(store())).toEqual({ entities: 9, relations: 8, sources: 2 });
  });

  it('counts a relation from an entity to itself once, in its degree and in its counts', async () => {
    const [before] = await store().degrees(['engines']);
    await store().upsertRelation(relation('loop', 'OWNS', 'engines', 'engines', 's1'));
    const [after] = await store().degrees(['engines']);
    expect(after).toBe(before! + 1);
    const [counts] = await store().relationCounts(['engines']);
    expect((counts ?? []).reduce((sum, c) => sum + c.count, 0)).toBe(after);
  });

  it('upsertRelation moves a relation to other endpoints (and another type): one relation with that id', async () => {
    const moved = await store().upsertRelation(
      relation('r5', 'MET', 'ada', 'xavier', 's1', {
        date: '2024-06',
        evidence: [evidence('s1', 'they met')],
      }),
    );
    expect(moved).toMatchObject({ id: 'r5', type: 'MET', from: 'ada', to: 'xavier', date: '2024-06' });
    const all = await store().listRelations({ first: 100 });
    expect(all.totalCount).toBe(8);
    expect(ids(all.items).filter((id) => id === 'r5')).toHaveLength(1);
    const [bjorn, xavier] = await store().relationsOf(['bjorn', 'xavier']);
    expect(sortedIds(bjorn ?? [])).toEqual(['r2', 'r6']);
    expect(sortedIds(xavier ?? [])).toEqual(['r5', 'r7']);
    expect((await store().listRelations({ filter: { relationTypes: ['KNOWS'] } })).totalCount).toBe(0);
    expect(await supportsInStore(store(), 's2')).toEqual([
      'relation:r2|quote for r2',
      'relation:r4|quote for r4',
    ]);
    expect(await supportsInStore(store(), 's1')).toContain('relation:r5|they met');
    const support = (await store().sourceSupports('s1')).find((s) => s.relation?.id === 'r5');
    expect(support?.relation).toMatchObject({ from: 'ada', to: 'xavier' });
  });

  it('changes the type of an entity and keeps its relations', async () => {
    const [engines] = (await store().exportGraph(['engines'])).entities;
    await store().upsertEntity({ ...engines!, type: 'GovernmentBody' });
    expect((await store().getEntity('engines'))?.type).toBe('GovernmentBody');
    expect(ids((await store().listEntities({ types: ['Organization'] })).items)).toEqual(['works']);
    expect(ids((await store().listEntities({ types: ['GovernmentBody'] })).items)).toEqual(['engines']);
    const [relations] = await store().relationsOf(['engines']);
    expect(sortedIds(relations ?? [])).toEqual(['r1', 'r3']);
    const summary = await store().summary();
    expect(Object.fromEntries(summary.entityTypes.map((t) => [t.type, t.count]))).toMatchObject({
      GovernmentBody: 1,
      Organization: 1,
    });
    expect(
      ids((await store().search('Analytical', { types: ['GovernmentBody'] })).map((h) => h.entity)),
    ).toEqual(['engines']);
    expect(await store().search('Analytical', { types: ['Organization'] })).toEqual([]);
    const people = await store().neighborhood(['ada'], { filter: { entityTypes: ['GovernmentBody'] } });
    expect(sortedIds(people.entities)).toEqual(['ada', 'engines']);
  });

  it('deleteEntities removes the entity, its relations and their evidence', async () => {
    expect(await store().deleteEntities(['bjorn'])).toBe(1);
    expect(await store().getEntity('bjorn')).toBeNull();
    expect(await store().getRelations(['r2', 'r5', 'r6', 'r1'])).toEqual([
      null,
      null,
      null,
      expect.anything(),
    ]);
    expect(await store().evidenceFor(['relation:r2', 'relation:r5', 'relation:r6'])).toEqual([[], [], []]);
    expect(await supportsInStore(store(), 's2')).toEqual(['relation:r4|quote for r4']);
    expect(await supportsInStore(store(), 's1')).not.toContain('relation:r6|quote for r6');
    expect(await counts(store())).toEqual({ entities: 8, relations: 5, sources: 2 });
    expect((await store().search('Björn')).map((h) => h.entity.id)).not.toContain('bjorn');
    expect(await store().deleteEntities(['bjorn'])).toBe(0);
  });

  it('deleteRelations removes the relation and its evidence only', async () => {
    expect(await store().deleteRelations(['r5'])).toBe(1);
    expect((await store().getRelations(['r5']))[0]).toBeNull();
    expect(await store().evidenceFor(['relation:r5'])).toEqual([[]]);
    expect(await supportsInStore(store(), 's2')).toEqual([
      'relation:r2|quote for r2',
      'relation:r4|quote for r4',
    ]);
    expect(await counts(store())).toEqual({ entities: 9, relations: 7, sources: 2 });
    expect(await store().deleteRelations(['r5'])).toBe(0);
  });

  it('refuses to delete a cited source (CONFLICT) and deletes an uncited one', async () => {
    const error = await refusal(store().deleteSources(['s1']));
    expect(error).toBeInstanceOf(StoreInputError);
    expect((error as StoreInputError).code).toBe('CONFLICT');
    expect(error.message).toContain('"s1"');
    expect((await store().getSources(['s1']))[0]?.id).toBe('s1');
    expect(await supportsInStore(store(), 's1')).toEqual(supportsInFile(smallGraph(), 's1'));

    await store().upsertSource(source('unused'));
    expect(await store().deleteSources(['unused'])).toBe(1);
    expect((await store().getSources(['unused']))[0]).toBeNull();
  });

  it('refuses evidence that cites an unknown source and writes nothing', async () => {
    const before = await counts(store());
    const error = await refusal(
      store().upsertEntity(
        entity('cited', 'Person', 'Cited', { evidence: [evidence('no-such-source', 'q')] }),
      ),
    );
    expect(error.message).toContain('no-such-source');
    expect(await store().getEntity('cited')).toBeNull();
    expect(await counts(store())).toEqual(before);
  });
});

describe('merging two entities', () => {
  const store = useStore(
    () =>
      graph({
        sources: [source('s1'), source('s2')],
        entities: [
          entity('kim', 'Person', 'Kim Jong Un', {
            aliases: ['Kim'],
            evidence: [evidence('s1', 'kim quote')],
          }),
          entity('kim2', 'Person', 'Kim Jong-un', {
            aliases: ['김정은'],
            description: 'a duplicate',
            evidence: [evidence('s2', 'kim2 quote')],
          }),
          entity('nk', 'Country', 'North Korea'),
          entity('pyongyang', 'Place', 'Pyongyang'),
          entity('kcna', 'MediaOutlet', 'KCNA'),
        ],
        relations: [
          relation('m1', 'LEADS', 'kim', 'nk', 's1', { evidence: [evidence('s1', 'kim leads')] }),
          relation('m2', 'LEADS', 'kim2', 'nk', 's2', { evidence: [evidence('s2', 'kim2 leads')] }),
          relation('m3', 'VISITED', 'kim2', 'pyongyang', 's1', {
            evidence: [evidence('s1', 'kim2 visited')],
          }),
          relation('m4', 'SAME_AS', 'kim', 'kim2', 's1', { evidence: [evidence('s1', 'same person')] }),
          relation('m5', 'MENTIONS', 'kcna', 'kim2', 's2', { evidence: [evidence('s2', 'kcna mentions')] }),
        ],
      }),
    { each: true },
  );

  it('re-points relations, folds a duplicate with its evidence, drops the relation between the pair', async () => {
    const report = await store().mergeEntities('kim', 'kim2');
    expect(report).toMatchObject({ relationsMoved: 2, relationsMerged: 1, relationsDropped: 1 });
    expect(report.entity.id).toBe('kim');
    expect(await store().getEntity('kim2')).toBeNull();

    const [m1, m2, m3, m4, m5] = await store().getRelations(['m1', 'm2', 'm3', 'm4', 'm5']);
    expect(m1).toMatchObject({ type: 'LEADS', from: 'kim', to: 'nk', sourceIds: ['s1', 's2'] });
    expect(m2).toBeNull();
    expect(m3).toMatchObject({ type: 'VISITED', from: 'kim', to: 'pyongyang' });
    expect(m4).toBeNull();
    expect(m5).toMatchObject({ type: 'MENTIONS', from: 'kcna', to: 'kim' });
    expect(await counts(store())).toEqual({ entities: 4, relations: 3, sources: 2 });

    const [m1Evidence, kimEvidence, kim2Evidence] = await store().evidenceFor([
      'relation:m1',
      'entity:kim',
      'entity:kim2',
    ]);
    expect((m1Evidence ?? []).map((e) => e.quote).sort()).toEqual(['kim leads', 'kim2 leads']);
    expect((kimEvidence ?? []).map((e) => e.quote).sort()).toEqual(['kim quote', 'kim2 quote']);
    expect(kim2Evidence).toEqual([]);
    expect(await supportsInStore(store(), 's2')).toEqual([
      'entity:kim|kim2 quote',
      'relation:m1|kim2 leads',
      'relation:m5|kcna mentions',
    ]);
    expect(await supportsInStore(store(), 's1')).toEqual([
      'entity:kim|kim quote',
      'relation:m1|kim leads',
      'relation:m3|kim2 visited',
    ]);
  });

  it('unites names and aliases, and search finds the kept entity by the merged name', async () => {
    const { entity: kept } = await store().mergeEntities('kim', 'kim2');
    expect([...kept.aliases].sort()).toEqual(['Kim', 'Kim Jong-un', '김정은'].sort());
    expect(kept.name).toBe('Kim Jong Un');
    expect((await store().search('Kim Jong-un'))[0]?.entity.id).toBe('kim');
    expect((await store().search('김정은'))[0]?.entity.id).toBe('kim');
    expect((await store().search('Kim Jong-un')).map((h) => h.entity.id)).not.toContain('kim2');
  });

  it('refuses to merge an entity into itself or with an unknown one, changing nothing', async () => {
    expect((await refusal(store().mergeEntities('kim', 'kim'))).message).toMatch(/itself/);
    const unknown = await refusal(store().mergeEntities('kim', 'ghost'));
    expect((unknown as StoreInputError).code).toBe('NOT_FOUND');
    expect(unknown.message).toContain('"ghost"');
    expect(await counts(store())).toEqual({ entities: 5, relations: 5, sources: 2 });
  });
});

describe('importing', () => {
  const store = useStore(() => null, { each: true });

  it('is idempotent: a second import reports everything unchanged and changes no count', async () => {
    const first = await store().importGraph(kursk);
    expect(first.entities).toEqual({ created: kursk.entities.length, updated: 0, unchanged: 0, deleted: 0 });
    expect(first.relations).toEqual({
      created: kursk.relations.length,
      updated: 0,
      unchanged: 0,
      deleted: 0,
    });
    expect(first.sources).toEqual({ created: kursk.sources.length, updated: 0, unchanged: 0, deleted: 0 });
    const before = await store().summary();

    const second = await store().importGraph(kursk);
    expect(second).toEqual({
      dryRun: false,
      // Recorded all the same: every import is, whatever it changed.
      importId: expect.stringMatching(/^import-/),
      sources: { created: 0, updated: 0, unchanged: kursk.sources.length, deleted: 0 },
      entities: { created: 0, updated: 0, unchanged: kursk.entities.length, deleted: 0 },
      relations: { created: 0, updated: 0, unchanged: kursk.relations.length, deleted: 0 },
      warnings: [],
    });
    expect(await store().summary()).toEqual(before);
  });

  it('dryRun reports what would change and writes nothing', async () => {
    const report = await store().importGraph(kursk, { dryRun: true });
    expect(report.dryRun).toBe(true);
    expect(report.entities.created).toBe(kursk.entities.length);
    expect(report.relations.created).toBe(kursk.relations.length);
    expect(await counts(store())).toEqual({ entities: 0, relations: 0, sources: 0 });
    expect(await store().search('Shoigu')).toEqual([]);

    await store().importGraph(kursk);
    const changed = structuredClone(kursk);
    changed.entities[0]!.name = 'Someone Else';
    const dry = await store().importGraph(changed, { dryRun: true });
    expect(dry.entities).toMatchObject({ created: 0, updated: 1, unchanged: kursk.entities.length - 1 });
    expect((await store().getEntity(kursk.entities[0]!.id))?.name).toBe(kursk.entities[0]!.name);
  });

  it('imports a file whose relations name entities already stored', async () => {
    await store().importGraph(smallGraph());
    const report = await store().importGraph(
      graph({
        entities: [entity('newcomer', 'Person', 'Newcomer')],
        relations: [relation('n1', 'KNOWS', 'newcomer', 'ada', 's1')],
      }),
    );
    expect(report.relations.created).toBe(1);
    expect((await store().getRelations(['n1']))[0]).toMatchObject({ from: 'newcomer', to: 'ada' });
  });

  it('re-importing a file in which a relation moved to other endpoints keeps one relation with that id', async () => {
    await store().importGraph(smallGraph());
    const report = await store().importGraph(
      graph({ relations: [relation('r5', 'KNOWS', 'ada', 'xavier', 's1')] }),
    );
    expect(report.relations).toMatchObject({ created: 0, updated: 1 });
    const all = await store().listRelations({ first: 100 });
    expect(all.totalCount).toBe(8);
    expect(all.items.filter((r) => r.id === 'r5').map((r) => `${r.from}->${r.to}`)).toEqual(['ada->xavier']);
    // The graph stays exportable and re-importable.
    const exported = await store().exportGraph();
    expect((await store().importGraph(exported)).relations.unchanged).toBe(8);
  });

  it('a relation moved onto an entity the same import creates is moved, not duplicated', async () => {
    await store().importGraph(smallGraph());
    const report = await store().importGraph(
      graph({
        entities: [entity('newcomer', 'Person', 'Newcomer')],
        relations: [relation('r5', 'KNOWS', 'ada', 'newcomer', 's1')],
      }),
    );
    expect(report.relations).toMatchObject({ created: 0, updated: 1 });
    const all = await store().listRelations({ first: 100 });
    expect(all.totalCount).toBe(8);
    expect(all.items.filter((r) => r.id === 'r5').map((r) => `${r.from}->${r.to}`)).toEqual([
      'ada->newcomer',
    ]);
    // An empty subset is the whole graph, sources included.
    expect((await store().exportGraph([])).sources).toEqual((await store().exportGraph()).sources);
  });

  it('is atomic: a relation naming a missing entity fails the import, names it, and leaves nothing behind', async () => {
    await store().importGraph(smallGraph());
    const before = await store().summary();
    const error = await refusal(
      store().importGraph(
        graph({
          entities: [entity('fresh-1', 'Person', 'Fresh One'), entity('fresh-2', 'Person', 'Fresh Two')],
          relations: [
            relation('f1', 'KNOWS', 'fresh-1', 'fresh-2', 's1'),
            relation('f2', 'KNOWS', 'fresh-1', 'ada', 's1'),
            relation('f3', 'KNOWS', 'fresh-2', 'missing-entity', 's1'),
          ],
        }),
      ),
    );
    expect(error.message).toContain('missing-entity');
    expect(await store().summary()).toEqual(before);
    expect(await store().getEntities(['fresh-1', 'fresh-2'])).toEqual([null, null]);
    expect(await store().search('Fresh')).toEqual([]);
  });

  it('is atomic across chunks: a later chunk failing rolls back the earlier ones', async () => {
    await store().importGraph(smallGraph());
    const before = await store().summary();
    const error = await refusal(
      store().importChunks([
        graph({
          entities: [entity('chunky', 'Person', 'Chunky')],
          relations: [relation('c1', 'KNOWS', 'chunky', 'ada', 's1')],
        }),
        graph({ relations: [relation('c2', 'KNOWS', 'chunky', 'ghost-entity', 's1')] }),
      ]),
    );
    expect(error.message).toContain('ghost-entity');
    expect(await store().summary()).toEqual(before);
    expect(await store().getEntity('chunky')).toBeNull();
    expect((await store().getRelations(['c1']))[0]).toBeNull();
    expect(await store().search('Chunky')).toEqual([]);
  });
});

describe('injection attempts', () => {
  const store = useStore(smallGraph);
  const attacks = ["x'}) DETACH DELETE n //", 'Person`) DETACH DELETE n //', 'KNOWS]->() DETACH DELETE n //'];

  it('refuses them as ids and types by validation, and the graph is intact', async () => {
    const before = await store().summary();
    for (const attack of attacks) {
      const asId = await refusal(store().upsertEntity(entity(attack, 'Person', 'Mallory')));
      expect(asId.message).toMatch(/entities\[0\]\.id/);
      const asType = await refusal(store().upsertEntity(entity('mallory', attack, 'Mallory')));
      expect(asType.message).toMatch(/entities\[0\]\.type/);
      const asRelationType = await refusal(
        store().upsertRelation(relation('m', attack, 'ada', 'bjorn', 's1')),
      );
      expect(asRelationType.message).toMatch(/relations\[0\]\.type/);
      const asEndpoint = await refusal(store().upsertRelation(relation('m', 'KNOWS', 'ada', attack, 's1')));
      expect(asEndpoint.message).toMatch(/relations\[0\]\.to/);
      const asProperty = await refusal(
        store().upsertEntity(entity('mallory', 'Person', 'Mallory', { properties: { [attack]: 1 } })),
      );
      expect(asProperty.message).toMatch(/entities\[0\]\.properties/);
      const asSource = await refusal(store().upsertSource(source(attack)));
      expect(asSource.message).toMatch(/sources\[0\]\.id/);
    }
    expect(await store().summary()).toEqual(before);
    expect(await store().getEntity('mallory')).toBeNull();
  });

  it('treats them as plain values in reads: nothing found, nothing broken', async () => {
    for (const attack of attacks) {
      expect(await store().getEntity(attack)).toBeNull();
      expect((await store().listEntities({ types: [attack] })).items).toEqual([]);
      expect(await store().search(attack)).toEqual([]);
      const around = await store().neighborhood(['ada'], {
        filter: { relationTypes: [attack], entityTypes: [attack] },
      });
      expect(ids(around.entities)).toEqual(['ada']);
      expect((await store().listRelations({ filter: { relationTypes: [attack] } })).totalCount).toBe(0);
      expect(await store().sourceSupports(attack)).toEqual([]);
      expect(await store().deleteEntities([attack])).toBe(0);
      expect(await store().deleteRelations([attack])).toBe(0);
    }
    expect(await counts(store())).toEqual({ entities: 9, relations: 8, sources: 2 });
  });
});

/**
 * The timeline index (embedded engine): the pages it serves are the pages the statements serve,
 * item for item and cursor for cursor, whatever the filter, after every kind of write, and on a
 * database whose dates it cannot index. The reference is the same store over the same engine
 * without its handles, which makes it run timeline-relations.cypher and timeline-entities.cypher.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CypherEngine } from '../../server/engine/cypher-engine.ts';
import { GrafeoEngine } from '../../server/engine/grafeo-engine.ts';
import { GraphStore } from '../../server/store/graph-store.ts';
import type { RelationInput } from '../../server/model/case-format.ts';
import type { TimelineItem, TraversalFilter } from '../../server/store/types.ts';
import { GraphGenerator } from '../support/generate.ts';
import { withoutCapabilities } from '../support/plain-engine.ts';

/**
 * The engine without `adjacency`: the store then serves the timeline through the statements. The
 * indexed store owns the engine and closes it.
 */
function withoutHandles(engine: GrafeoEngine): CypherEngine {
  return { ...withoutCapabilities(engine), close: async () => undefined };
}

const label = (item: TimelineItem) =>
  item.kind === 'relation'
    ? `${item.relation.id}@${item.date}:${item.relation.type}:${item.relation.status ?? ''}`
    : `${item.entity.id}@${item.date}:${item.entity.type}`;

/** Every page of the timeline, `first` at a time: the items and the cursors that led to them. */
async function readAll(store: GraphStore, filter: TraversalFilter, first: number) {
  const items: string[] = [];
  const cursors: (string | null)[] = [];
  let after: string | null = null;
  // A cursor that does not move on would page forever: no timeline here has 2 000 pages.
  for (let pages = 0; pages < 2_000; pages++) {
    const page = await store.timeline({ filter, first, after });
    items.push(...page.items.map(label));
    if (!page.hasNextPage) return { items, cursors };
    expect(page.items).toHaveLength(first);
    expect(page.endCursor).not.toBe(after);
    after = page.endCursor;
    cursors.push(after);
  }
  throw new Error(`the timeline of ${JSON.stringify(filter)} did not end`);
}

describe('timeline through the index (embedded engine)', () => {
  const generator = new GraphGenerator({ name: 'small', entities: 500, relations: 3_000 }, 7);
  let engine: GrafeoEngine;
  let indexed: GraphStore;
  let statements: GraphStore;

  beforeAll(async () => {
    engine = GrafeoEngine.open({ dataDir: null });
    indexed = await GraphStore.open(engine);
    statements = await GraphStore.open(withoutHandles(engine));
    await indexed.importChunks(generator.chunks({ entitiesPerChunk: 200, relationsPerChunk: 1_000 }));
    // One date that a window from 2010 cuts: three open-ended spans, created out of id order, and
    // one that ends the same month.
    const span = (id: string, extra: Partial<RelationInput>) => ({
      ...generator.relation(0),
      id,
      date: undefined,
      endDate: undefined,
      startDate: '2001-05',
      ...extra,
    });
    await indexed.importGraph({
      sources: [],
      entities: [],
      relations: [
        span('span-b', {}),
        span('span-a', {}),
        span('span-c', {}),
        span('span-z', { endDate: '2001-05' }),
      ],
    });
  });
  afterAll(async () => {
    await indexed.close();
  });

  /** The same pages on both paths, and the index's cursors lead the statements to the same next page. */
  async function expectSameTimeline(filter: TraversalFilter, first = 97) {
    const fromIndex = await readAll(indexed, filter, first);
    const fromStatements = await readAll(statements, filter, first);
    expect(fromIndex.items).toEqual(fromStatements.items);
    expect(fromIndex.cursors).toEqual(fromStatements.cursors);
    const middle = fromIndex.cursors[Math.floor(fromIndex.cursors.length / 2)];
    if (middle) {
      const next = await statements.timeline({ filter, first, after: middle });
      const nextFromIndex = await indexed.timeline({ filter, first, after: middle });
      expect(nextFromIndex.items.map(label)).toEqual(next.items.map(label));
    }
    return fromIndex.items;
  }

  it('serves every filter as the statements do, from the index and without a query', async () => {
    const dated = vi.spyOn(engine.adjacency, 'dated');
    const read = vi.spyOn(engine, 'read');
    try {
      // First, before any walk has put that date in order for good.
      const cut = await expectSameTimeline({ from: '2010' }, 3);
      expect(cut.filter((item) => item.startsWith('span-')).map((item) => item.split('@')[0])).toEqual([
        'span-a',
        'span-b',
        'span-c',
      ]);
      // Pages of 5: many end inside a tie of dates.
      const all = await expectSameTimeline({}, 5);
      // Relations with a date and events with one: most of the generated graph, with many ties.
      expect(all.length).toBeGreaterThan(2_000);
      const perDate = new Map<string, number>();
      for (const item of all) {
        const date = item.split('@')[1]!.split(':')[0]!;
        perDate.set(date, (perDate.get(date) ?? 0) + 1);
      }
      expect(Math.max(...perDate.values()), 'ties of dates, which pages must split').toBeGreaterThan(10);
      read.mockClear();
      await indexed.timeline({ first: 50 });
      await indexed.timeline({ filter: { from: '2010', to: '2012-06' }, first: 50 });
      expect(read, 'the index path reads records by handle, not by query').not.toHaveBeenCalled();

      const filters: TraversalFilter[] = [
        { from: '2010', to: '2012-06' },
        { from: '2020-03' },
        { to: '1999' },
        { relationTypes: ['OWNS', 'EMPLOYED_BY'] },
        { entityTypes: ['Person', 'Organization'] },
        { statuses: ['confirmed'] },
        { sources: ['src-3', 'src-7'] },
        { relationTypes: ['MEMBER_OF', 'PAID'], statuses: ['reported', 'estimated'], from: '2005' },
      ];
      for (const filter of filters) {
        const items = await expectSameTimeline(filter, 23);
        expect(items.length, JSON.stringify(filter)).toBeGreaterThan(0);
        expect(items.length, JSON.stringify(filter)).toBeLessThan(all.length);
      }
      expect(dated, 'built once, on first use').toHaveBeenCalledTimes(1);
    } finally {
      dated.mockRestore();
      read.mockRestore();
    }
  });

  it('follows every kind of write', async () => {
    const dated = vi.spyOn(engine.adjacency, 'dated');
    const check = async () => {
      await expectSameTimeline({});
      await expectSameTimeline({ entityTypes: ['Person', 'Organization', 'Event'] }, 31);
      // The summary counts types and spans the dates from the index and the engine's counts.
      const summary = await indexed.summary();
      expect(summary).toEqual(await statements.summary());
      expect([summary.earliest, summary.latest, summary.relationTypes.length]).not.toContain(null);
    };
    try {
      const moved = generator.relation(10);
      await indexed.upsertRelation({
        ...moved,
        date: '1990-02-03',
        startDate: undefined,
        endDate: undefined,
      });
      await indexed.upsertRelation({ ...generator.relation(11), id: 'new-relation', date: '2024-12' });
      await check();
      expect(dated).toHaveBeenCalledTimes(1);

      await indexed.deleteRelations([generator.relation(12).id, 'new-relation']);
      await check();

      // A person becomes a vessel: relations between people drop out of the filter above.
      const person = [...Array(500).keys()].map((i) => generator.entity(i)).find((e) => e.type === 'Person')!;
      await indexed.upsertEntity({ ...person, type: 'Vessel' });
      await check();

      const event = [...Array(500).keys()].map((i) => generator.entity(i)).find((e) => e.type === 'Event')!;
      await indexed.upsertEntity({ ...event, properties: { ...event.properties, date: '1980' } });
      await indexed.deleteEntities([generator.entityId(40)]);
      await check();

      await indexed.mergeEntities(generator.entityId(41), generator.entityId(42));
      await check();
      expect(dated).toHaveBeenCalledTimes(5);
    } finally {
      dated.mockRestore();
    }
  });

  it('leaves a database whose dates are not all days to the statements', async () => {
    // Written past the store, as a Neo4j user's own Cypher could: a year where a day belongs.
    await engine.write((tx) =>
      tx.run(
        { name: 'a hand-written date (test)', text: 'MATCH ()-[r {id: $id}]->() SET r.spanStart = $start' },
        { id: generator.relation(20).id, start: '2003' },
      ),
    );
    const reopened = await GraphStore.open(withoutClose(engine));
    const read = vi.spyOn(engine, 'read');
    try {
      const page = await reopened.timeline({ first: 500 });
      expect(read).toHaveBeenCalled();
      expect(page.items.map(label)).toEqual((await statements.timeline({ first: 500 })).items.map(label));
    } finally {
      read.mockRestore();
    }
  });
});

/** The engine with its handles and as the only writer, for a second store that must not close it. */
function withoutClose(engine: GrafeoEngine): CypherEngine {
  return { ...withoutHandles(engine), adjacency: engine.adjacency, soleWriter: engine.soleWriter };
}

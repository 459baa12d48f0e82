/**
 * The relations among a set of entities over the embedded engine's adjacency give what
 * relations-among.cypher gives: the same relations, field for field, for the sets the explorer
 * sends (what a neighbourhood drew), with a type filter, over self-loops and parallel relations,
 * and the same number when the cap cuts. The reference is the same store over the same engine
 * without its handles, which runs the statement.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CypherEngine } from '../../server/engine/cypher-engine.ts';
import { GrafeoEngine } from '../../server/engine/grafeo-engine.ts';
import type { RelationInput } from '../../server/model/case-format.ts';
import { GraphStore } from '../../server/store/graph-store.ts';
import type { Relation, TraversalFilter } from '../../server/store/types.ts';
import { GraphGenerator } from '../support/generate.ts';
import { withoutCapabilities } from '../support/plain-engine.ts';

/** Everything the API can ask of a relation, in a stable order. */
const plain = (relations: Relation[]) =>
  relations
    .map((r) => ({
      id: r.id,
      type: r.type,
      from: r.from,
      to: r.to,
      date: r.date,
      startDate: r.startDate,
      endDate: r.endDate,
      status: r.status,
      properties: r.properties,
      evidence: r.evidence,
    }))
    .sort((a, b) => a.id.localeCompare(b.id));

describe('relationsAmong over adjacency (embedded engine)', () => {
  const generator = new GraphGenerator({ name: 'small', entities: 600, relations: 4_000 }, 5);
  let engine: GrafeoEngine;
  let walked: GraphStore;
  let statement: GraphStore;
  const [a, b, c] = [generator.entityId(1), generator.entityId(2), generator.entityId(3)];

  beforeAll(async () => {
    engine = GrafeoEngine.open({ dataDir: null });
    walked = await GraphStore.open(engine);
    const reference: CypherEngine = { ...withoutCapabilities(engine), close: async () => undefined };
    statement = await GraphStore.open(reference);
    await walked.importChunks(generator.chunks({ entitiesPerChunk: 300, relationsPerChunk: 2_000 }));
    // A self-loop, and 120 parallel relations between two entities: more than the cap of 100 for a
    // set of two.
    const like = (id: string, from: string, to: string): RelationInput => ({
      ...generator.relation(0),
      id,
      from,
      to,
    });
    await walked.importGraph({
      sources: [],
      entities: [],
      relations: [
        like('loop', c, c),
        ...Array.from({ length: 120 }, (_, i) =>
          like(`parallel-${i}`, i % 2 === 0 ? a : b, i % 2 === 0 ? b : a),
        ),
      ],
    });
  });
  afterAll(async () => {
    await walked.close();
  });

  it('gives the relations the statement gives, read by handle', async () => {
    const sets: string[][] = [];
    for (let seed = 0; seed < 40; seed += 1) {
      const around = await walked.neighborhood([generator.entityId(seed * 13)], { depth: 2, limit: 150 });
      sets.push(around.entities.map((e) => e.id));
    }
    sets.push([c, generator.entityId(4), 'nobody', c]);
    const read = vi.spyOn(engine, 'read');
    const filters: TraversalFilter[] = [{}, { relationTypes: ['OWNS', 'EMPLOYED_BY', 'MEMBER_OF'] }];
    let compared = 0;
    let cut = 0;
    for (const filter of filters)
      for (const ids of sets) {
        read.mockClear();
        const fromAdjacency = await walked.relationsAmong(ids, filter);
        // Not the statement: handles, adjacency lists and records by handle.
        expect(read).not.toHaveBeenCalled();
        const fromStatement = await statement.relationsAmong(ids, filter);
        const what = `${JSON.stringify(filter)} among ${ids.length}`;
        expect(fromAdjacency.truncated, what).toBe(fromStatement.truncated);
        if (!fromStatement.truncated) {
          expect(plain(fromAdjacency.relations), what).toEqual(plain(fromStatement.relations));
          compared += fromAdjacency.relations.length;
        } else {
          // Cut by the cap (a set that holds both ends of the parallel relations): each path keeps
          // its first ones, as many.
          cut++;
          expect(fromAdjacency.relations.length, what).toBe(fromStatement.relations.length);
          for (const r of fromAdjacency.relations)
            expect(ids.includes(r.from) && ids.includes(r.to), what).toBe(true);
        }
      }
    read.mockRestore();
    // The sets are neighbourhoods with the relations among them and more: enough to compare.
    expect(compared).toBeGreaterThan(5_000);
    expect(cut, 'sets the cap cut').toBeGreaterThan(0);
    const [loop] = (await walked.relationsAmong([c, generator.entityId(4)])).relations.filter(
      (r) => r.id === 'loop',
    );
    expect(loop).toMatchObject({ from: c, to: c });
  });

  it("answers a canvas asked again as the first time, and sees each of the store's writes in between", async () => {
    // The store keeps the relations a canvas read until its next write (kept-relations.ts).
    const ids = (await walked.neighborhood([generator.entityId(7)], { depth: 2, limit: 150 })).entities.map(
      (e) => e.id,
    );
    const among = async () => plain((await walked.relationsAmong(ids)).relations);
    const first = await among();
    expect(first.length).toBeGreaterThan(10);
    expect(await among()).toEqual(first);
    expect(await among()).toEqual(plain((await statement.relationsAmong(ids)).relations));

    // A relation kept from the first asking, changed; one added; one deleted.
    const kept = first.find((r) => /^r[0-9a-z]+$/.test(r.id))!;
    const changed = { ...generator.relation(parseInt(kept.id.slice(1), 36)), status: 'denied' as const };
    expect(changed.status).not.toBe(kept.status ?? undefined);
    await walked.upsertRelation(changed);
    const [x, y] = [ids[0]!, ids[1]!];
    await walked.upsertRelation({ ...generator.relation(1), id: 'drawn-later', from: x, to: y });
    const gone = first.find((r) => r.id !== kept.id && /^r[0-9a-z]+$/.test(r.id))!;
    await walked.deleteRelations([gone.id]);

    const after = await among();
    expect(after.find((r) => r.id === kept.id)?.status).toBe('denied');
    expect(after.find((r) => r.id === 'drawn-later')).toMatchObject({ from: x, to: y });
    expect(after.some((r) => r.id === gone.id)).toBe(false);
    expect(after).toHaveLength(first.length);
    expect(after).toEqual(plain((await statement.relationsAmong(ids)).relations));
  });

  it('stops at the same cap as the statement, each relation once and among the set, and says so', async () => {
    for (const store of [walked, statement]) {
      const { relations, truncated } = await store.relationsAmong([a, b]);
      expect(relations).toHaveLength(100);
      expect(truncated).toBe(true);
      expect(new Set(relations.map((r) => r.id)).size).toBe(100);
      for (const relation of relations) expect([relation.from, relation.to].sort()).toEqual([a, b].sort());
      // Twenty more ids, found or not, raise the cap to 220: all 120 and whatever else joins them.
      const all = await store.relationsAmong([a, b, ...Array.from({ length: 20 }, (_, i) => `nobody-${i}`)]);
      expect(all.truncated).toBe(false);
      expect(all.relations.filter((r) => r.id.startsWith('parallel-'))).toHaveLength(120);
    }
  });
});

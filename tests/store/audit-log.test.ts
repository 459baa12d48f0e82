/**
 * The audit log in the store, on whichever engine `openTestEngine()` gives (both in `npm test`):
 * every write leaves exactly one record in its own transaction, a write that fails leaves none,
 * nothing a caller writes reaches the log, and the log never shows in the graph's reads.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '../../server/store/actor.ts';
import { AUDIT_ID_LIMIT, type AuditRecord } from '../../server/store/audit.ts';
import { GraphStore } from '../../server/store/graph-store.ts';
import { openTestEngine, type TestEngine } from '../support/engines.ts';
import { entity, graph, relation, smallGraph, source } from '../support/graphs.ts';

const alice: Actor = { name: 'alice', role: 'editor', tokenId: 'tok-alice' };
const root: Actor = { name: 'root', role: 'admin', tokenId: 'tok-root' };

let opened: TestEngine;
let store: GraphStore;

beforeEach(async () => {
  opened = await openTestEngine();
  store = await GraphStore.open(opened.engine);
});
afterEach(async () => {
  await opened.cleanup();
});

/** The whole log, newest first. */
async function log(): Promise<AuditRecord[]> {
  const records: AuditRecord[] = [];
  for (let after: string | null = null; ;) {
    const page = await store.auditLog({ first: 500, after });
    records.push(...page.items);
    if (!page.hasNextPage) return records;
    after = page.endCursor;
  }
}

/** Runs `write` and returns the records it added (oldest first). */
async function recordsOf(write: () => Promise<unknown>): Promise<AuditRecord[]> {
  const before = (await log()).length;
  await write();
  return (await log()).slice(0, (await log()).length - before).reverse();
}

describe('the audit log', () => {
  it('records each kind of write once, with its actor, action and ids, in commit order', async () => {
    const writes: [string, () => Promise<unknown>, string[]][] = [
      ['graph.import', () => store.importGraph(smallGraph(), { actor: alice, file: 'small.json' }), []],
      ['source.upsert', () => store.upsertSource(source('s9'), { actor: alice }), ['s9']],
      ['entity.upsert', () => store.upsertEntity(entity('zed', 'Person', 'Zed'), { actor: alice }), ['zed']],
      [
        'relation.upsert',
        () => store.upsertRelation(relation('r9', 'KNOWS', 'zed', 'ada', 's9'), { actor: alice }),
        ['r9'],
      ],
      ['entities.merge', () => store.mergeEntities('ada', 'zed', { actor: root }), ['ada', 'zed', 'r9']],
      ['relations.delete', () => store.deleteRelations(['r9', 'nope'], { actor: root }), ['r9', 'nope']],
      ['entities.delete', () => store.deleteEntities(['hermit'], { actor: root }), ['hermit']],
      ['sources.delete', () => store.deleteSources(['s9'], { actor: root }), ['s9']],
    ];
    for (const [action, write, ids] of writes) {
      const added = await recordsOf(write);
      expect(added, action).toHaveLength(1);
      expect(added[0]!.action).toBe(action);
      if (ids.length > 0) expect(added[0]!.ids).toEqual(ids);
    }
    // The store's first record is the creation of its first case, when it opened.
    const [opening, ...records] = (await log()).reverse();
    expect([opening!.action, opening!.case, opening!.actor.name]).toEqual(['case.create', 'case-1', 'local']);
    expect(records.map((r) => r.action)).toEqual(writes.map(([action]) => action));
    expect(new Set(records.map((r) => r.case))).toEqual(new Set(['case-1']));
    // Numbers grow by one in commit order; times are the server's, in ISO 8601.
    const first = records[0]!.seq;
    expect(records.map((r) => r.seq)).toEqual(records.map((_, i) => first + i));
    for (const r of records) expect(new Date(r.at).toISOString()).toBe(r.at);
    expect(records[0]!.actor).toEqual({ name: 'alice', role: 'editor', tokenId: 'tok-alice' });
    expect(records.at(-1)!.actor).toEqual({ name: 'root', role: 'admin', tokenId: 'tok-root' });
    // The import lists every record of the small graph, sources first, and says what it created.
    const imported = records[0]!;
    const small = smallGraph();
    expect(imported.ids).toEqual([...small.sources, ...small.entities, ...small.relations].map((r) => r.id));
    expect(imported.detail).toMatchObject({
      file: 'small.json',
      'entities.created': small.entities.length,
      'relations.created': small.relations.length,
    });
    expect(records.find((r) => r.action === 'entities.delete')!.detail).toEqual({ deleted: 1 });
  });

  it('keeps a large import to the first ids and counts the rest', async () => {
    const entities = Array.from({ length: 250 }, (_, i) =>
      entity(`e${String(i).padStart(3, '0')}`, 'Person', `P ${i}`),
    );
    const [record] = await recordsOf(() => store.importGraph(graph({ entities }), { actor: alice }));
    expect(record!.ids).toEqual(entities.slice(0, AUDIT_ID_LIMIT).map((e) => e.id));
    expect(record!.idCount).toBe(250);
    expect(record!.idsOmitted).toBe(250 - AUDIT_ID_LIMIT);
  });

  it('records nothing for a dry run or a write that fails', async () => {
    await store.importGraph(smallGraph(), { actor: alice });
    const before = await log();
    await store.importGraph(graph({ entities: [entity('dry', 'Person', 'Dry')] }), { dryRun: true });
    await expect(
      store.importGraph(
        graph({
          entities: [entity('half', 'Person', 'Half')],
          relations: [relation('rx', 'KNOWS', 'half', 'ghost', 's1')],
        }),
        { actor: alice },
      ),
    ).rejects.toThrow(/ghost/);
    await expect(store.deleteSources(['s1'], { actor: root })).rejects.toThrow(/cited/);
    await expect(store.mergeEntities('ada', 'ghost', { actor: root })).rejects.toThrow(/ghost/);
    await expect(store.upsertEntity(entity('bad', 'person', 'Bad'), { actor: alice })).rejects.toThrow(
      /PascalCase/,
    );
    expect(await log()).toEqual(before);
    // And the failed import left nothing of its own either.
    expect(await store.getEntity('half')).toBeNull();
  });

  it('cannot be written or reached through the graph: reserved types are refused, look-alike ids are data', async () => {
    await store.importGraph(smallGraph(), { actor: alice });
    const before = await log();
    // An entity typed like the log's label would carry that label: refused before any write.
    for (const type of ['RedstringAudit', 'RedstringAuditSequence', 'RedstringBulkLoad'])
      await expect(
        store.importGraph(graph({ entities: [entity('audit', type, 'Forged', { properties: { seq: 1 } })] })),
      ).rejects.toThrow(/reserved/);
    expect(await log()).toEqual(before);
    // Ids and properties that look like records are ordinary entities: one record says they were written.
    const forged = entity('audit', 'AuditEntry', 'Forged record', {
      properties: { seq: before[0]!.seq + 1, action: 'entities.delete', actorName: 'root' },
    });
    const added = await recordsOf(() => store.importGraph(graph({ entities: [forged] }), { actor: alice }));
    expect(added.map((r) => [r.action, r.actor.name, r.ids])).toEqual([['graph.import', 'alice', ['audit']]]);
    // Deleting every entity and source deletes none of the log.
    const all = await log();
    const ids = (await store.listEntities({ first: 500 })).items.map((e) => e.id);
    await store.deleteEntities(ids, { actor: root });
    await store.deleteSources(
      (await store.listSources()).map((s) => s.id),
      { actor: root },
    );
    const after = await log();
    expect(after.slice(2)).toEqual(all);
    expect(await store.isEmpty()).toBe(true);
  });

  it('is invisible to search, lists, summary and export', async () => {
    await store.importGraph(smallGraph(), { actor: alice });
    await store.upsertEntity(entity('zed', 'Person', 'graph.import alice'), { actor: alice });
    expect((await log()).length).toBe(3);
    const summary = await store.summary();
    const small = smallGraph();
    expect(summary.entityCount).toBe(small.entities.length + 1);
    expect(summary.entityTypes.map((t) => t.type)).not.toContain('RedstringAudit');
    expect((await store.listEntities({ first: 500 })).totalCount).toBe(small.entities.length + 1);
    const exported = await store.exportGraph();
    expect(exported.entities).toHaveLength(small.entities.length + 1);
    expect(JSON.stringify(exported)).not.toMatch(/RedstringAudit|tok-alice|entity\.upsert/);
    // Search finds the entity named like a record, and nothing of the records themselves.
    expect((await store.search('alice')).map((h) => h.entity.id)).toEqual(['zed']);
  });

  it('reads newest first, in pages, filtered by actor, action, id and time', async () => {
    await store.upsertSource(source('s1'), { actor: alice });
    // Records are stamped to the millisecond: keep `middle` clear of both sides.
    await new Promise((resolve) => setTimeout(resolve, 5));
    const middle = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 5));
    await store.upsertEntity(entity('a', 'Person', 'A'), { actor: alice });
    await store.upsertEntity(entity('b', 'Person', 'B'), { actor: root });
    await store.deleteEntities(['a'], { actor: root });
    const first = await store.auditLog({ first: 2 });
    expect(first.items.map((r) => r.action)).toEqual(['entities.delete', 'entity.upsert']);
    expect(first.hasNextPage).toBe(true);
    const second = await store.auditLog({ first: 2, after: first.endCursor });
    expect(second.items.map((r) => r.action)).toEqual(['entity.upsert', 'source.upsert']);
    const third = await store.auditLog({ first: 2, after: second.endCursor });
    expect(third.items.map((r) => r.action)).toEqual(['case.create']);
    expect(third.hasNextPage).toBe(false);
    expect((await store.auditLog({ actor: 'root' })).items.map((r) => r.ids)).toEqual([['a'], ['b']]);
    expect((await store.auditLog({ action: 'entity.upsert' })).items.map((r) => r.ids)).toEqual([
      ['b'],
      ['a'],
    ]);
    expect((await store.auditLog({ id: 'a' })).items.map((r) => r.action)).toEqual([
      'entities.delete',
      'entity.upsert',
    ]);
    const since = (await store.auditLog({ since: middle })).items.map((r) => r.action);
    expect(since).not.toContain('source.upsert');
    expect(since).toHaveLength(3);
    expect((await store.auditLog({ until: middle })).items.map((r) => r.action)).toEqual([
      'source.upsert',
      'case.create',
    ]);
    await expect(store.auditLog({ since: 'yesterday' })).rejects.toThrow(/since must be an ISO 8601/);
    await expect(store.auditLog({ after: 'forged' })).rejects.toThrow(/not one this server issued/);
  });
});

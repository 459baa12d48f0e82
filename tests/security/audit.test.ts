/**
 * The audit log through the real server process (issue 13, item 3): every write over GraphQL leaves
 * one record saying who, when, what and which ids; a refused write leaves none; nothing a client
 * sends can change, remove or forge a record; the records survive a restart and never show in the
 * graph's reads.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphqlClient } from '../support/graphql.ts';
import { startServer, stopServer, type ServerProcess } from '../support/server-process.ts';

let server: ServerProcess;
let dataDir: string;

interface AuditRow {
  seq: number;
  case: string | null;
  at: string;
  action: string;
  actor: { name: string; role: string; tokenId: string | null };
  ids: string[];
  idCount: number;
  idsOmitted: number;
  detail: unknown;
}

const RECORD = 'seq case at action actor { name role tokenId } ids idCount idsOmitted detail';

function client() {
  return graphqlClient((request) => fetch(request), `${server.url}/graphql`);
}

async function log(filter = ''): Promise<AuditRow[]> {
  const data = await client().data<{ auditLog: { edges: { node: AuditRow }[] } }>(
    `{ auditLog(first: 500${filter}) { edges { node { ${RECORD} } } } }`,
  );
  return data.auditLog.edges.map((e) => e.node);
}

/** Sends a mutation and returns the records it added, oldest first. */
async function recordsOf(query: string, variables?: Record<string, unknown>): Promise<AuditRow[]> {
  const before = (await log())[0]?.seq ?? 0;
  const result = await client().post(query, variables);
  expect(result.errors, query).toEqual([]);
  return (await log()).filter((r) => r.seq > before).reverse();
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'redstring-audit-'));
  server = await startServer(dataDir);
}, 120_000);

afterAll(async () => {
  if (server) await stopServer(server, 'SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the audit log over the API', () => {
  it('holds the seed, written by the server, before anyone wrote', async () => {
    const records = await log();
    // The server made the Kursk case when the store was new, then seeded it.
    expect(records).toHaveLength(2);
    expect(records[1]).toMatchObject({ seq: 1, action: 'case.create', case: 'kursk', ids: ['kursk'] });
    expect(records[0]).toMatchObject({
      seq: 2,
      action: 'graph.import',
      case: 'kursk',
      actor: { name: 'seed', role: 'admin' },
    });
    expect(records[0]!.idCount).toBeGreaterThan(100);
    expect(records[0]!.ids).toHaveLength(100);
    expect(records[0]!.idsOmitted).toBe(records[0]!.idCount - 100);
  });

  it('records each mutation once, with its actor, action and ids', async () => {
    const local = { name: 'local', role: 'admin', tokenId: null };
    const cases: [string, string, string[]][] = [
      [
        'mutation { upsertSource(input: {id: "aud-s", title: "Audit source", kind: "article"}) { id } }',
        'source.upsert',
        ['aud-s'],
      ],
      [
        'mutation { upsertEntity(input: {id: "aud-a", type: "Person", name: "Audit A"}) { id } }',
        'entity.upsert',
        ['aud-a'],
      ],
      [
        'mutation { upsertEntity(input: {id: "aud-b", type: "Person", name: "Audit B"}) { id } }',
        'entity.upsert',
        ['aud-b'],
      ],
      [
        'mutation { upsertRelation(input: {id: "aud-r", type: "KNOWS", from: "aud-a", to: "aud-b"}) { id } }',
        'relation.upsert',
        ['aud-r'],
      ],
      [
        'mutation { importGraph(graph: {entities: [{id: "aud-c", type: "Person", name: "Audit C"}]}) { entities { created } } }',
        'graph.import',
        ['aud-c'],
      ],
      [
        'mutation { importFile(fileName: "people.csv", format: CSV, content: "id,type,name\\naud-d,Person,Audit D\\n") { entities { created } } }',
        'graph.import',
        ['aud-d'],
      ],
      [
        'mutation { mergeEntities(keepId: "aud-a", mergeId: "aud-c") { entity { id } } }',
        'entities.merge',
        ['aud-a', 'aud-c'],
      ],
      ['mutation { deleteRelation(id: "aud-r") }', 'relations.delete', ['aud-r']],
      ['mutation { deleteEntity(id: "aud-d") }', 'entities.delete', ['aud-d']],
      ['mutation { deleteSource(id: "aud-s") }', 'sources.delete', ['aud-s']],
    ];
    for (const [query, action, ids] of cases) {
      const added = await recordsOf(query);
      expect(
        added.map((r) => [r.action, r.ids, r.actor]),
        query,
      ).toEqual([[action, ids, local]]);
      expect(new Date(added[0]!.at).toISOString()).toBe(added[0]!.at);
    }
    // A dry run writes nothing, so there is nothing to record.
    expect(
      await recordsOf(
        'mutation { importGraph(dryRun: true, graph: {entities: [{id: "aud-dry", type: "Person", name: "Dry"}]}) { dryRun } }',
      ),
    ).toEqual([]);
    const filtered = await log(', id: "aud-a"');
    expect(filtered.map((r) => r.action)).toEqual(['entities.merge', 'entity.upsert']);
  });

  it('records nothing for a refused write, and no write can forge, change or remove a record', async () => {
    const before = await log();
    const refused = [
      'mutation { upsertRelation(input: {id: "aud-x", type: "KNOWS", from: "aud-a", to: "nobody"}) { id } }',
      'mutation { mergeEntities(keepId: "aud-a", mergeId: "nobody") { entity { id } } }',
      // An entity typed as the log's label would be a record: refused.
      'mutation { upsertEntity(input: {id: "audit", type: "RedstringAudit", name: "forged", properties: {seq: 999, action: "entities.delete"}}) { id } }',
      'mutation { importGraph(graph: {entities: [{id: "audit", type: "RedstringAuditSequence", name: "counter"}]}) { entities { created } } }',
      // One typed as the bulk load's marker made the next start empty the whole graph.
      'mutation { importGraph(graph: {entities: [{id: "marker", type: "RedstringBulkLoad", name: "marker"}]}) { entities { created } } }',
    ];
    for (const query of refused) {
      const result = await client().post(query);
      expect(result.errors.length, query).toBeGreaterThan(0);
    }
    expect(await log()).toEqual(before);
    // The API has no operation on the log but reading it.
    const schema = await client().data<{ __schema: { mutationType: { fields: { name: string }[] } } }>(
      '{ __schema { mutationType { fields { name } } } }',
    );
    expect(schema.__schema.mutationType.fields.map((f) => f.name).filter((n) => /audit/i.test(n))).toEqual(
      [],
    );
    // Deleting every entity leaves the log whole (each delete adds its own record).
    const ids = await client().data<{ entities: { edges: { node: { id: string } }[] } }>(
      '{ entities(first: 500) { edges { node { id } } } }',
    );
    for (const { node } of ids.entities.edges)
      await client().data('mutation($id: ID!) { deleteEntity(id: $id) }', { id: node.id });
    const after = await log();
    expect(after.slice(ids.entities.edges.length)).toEqual(before);
  });

  it('never shows in search, the summary or an export', async () => {
    await client().data(
      'mutation { upsertEntity(input: {id: "aud-e", type: "Person", name: "entities.delete local"}) { id } }',
    );
    const data = await client().data<{
      graphSummary: { entityCount: number; entityTypes: { type: string }[] };
      search: { entity: { id: string } }[];
      exportGraph: { files: { content: string }[] };
    }>(
      '{ graphSummary { entityCount entityTypes { type } } search(text: "local") { entity { id } } exportGraph(format: JSON) { files { content } } }',
    );
    expect(data.graphSummary.entityCount).toBe(1);
    expect(data.search.map((h) => h.entity.id)).toEqual(['aud-e']);
    const exported = JSON.parse(data.exportGraph.files[0]!.content) as { entities: unknown[] };
    expect(exported.entities).toHaveLength(1);
    expect(data.exportGraph.files[0]!.content).not.toMatch(/RedstringAudit|graph\.import|"seq"/);
  });

  it('survives a restart, and numbering goes on from where it was', async () => {
    const before = await log();
    expect(await stopServer(server, 'SIGTERM')).toMatchObject({ code: 0 });
    server = await startServer(dataDir);
    expect(await log()).toEqual(before);
    const added = await recordsOf(
      'mutation { upsertEntity(input: {id: "aud-f", type: "Person", name: "After restart"}) { id } }',
    );
    expect(added.map((r) => r.seq)).toEqual([before[0]!.seq + 1]);
  }, 120_000);
});

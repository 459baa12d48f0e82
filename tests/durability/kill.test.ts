/**
 * Durability and robustness of the real server process: a committed write survives `kill -9`, a
 * restart neither loses nor re-seeds anything, SIGTERM closes cleanly, and no request, however
 * broken, takes the process down.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadKurskCase } from '../../server/seed/kursk.ts';
import { graphqlClient } from '../support/graphql.ts';
import { startServer, stopServer, type ServerProcess } from '../support/server-process.ts';

const kursk = loadKurskCase();
const ARTICLE = 'the-insider-2025-kursk-6000';
const ENVOY = 'durable-envoy';
const VISIT = 'durable-envoy.visited.kursk-region';

const folders: string[] = [];
const running: ServerProcess[] = [];

function freshFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'redstring-durability-'));
  folders.push(dir);
  return dir;
}

async function start(dir: string): Promise<ServerProcess> {
  const server = await startServer(dir);
  running.push(server);
  return server;
}

afterAll(async () => {
  for (const server of running) await stopServer(server, 'SIGKILL', 5_000);
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

const client = (server: ServerProcess) => graphqlClient((request) => fetch(request), `${server.url}/graphql`);

interface Summary {
  entityCount: number;
  relationCount: number;
  sourceCount: number;
}

async function summary(server: ServerProcess): Promise<Summary> {
  const { graphSummary } = await client(server).data<{ graphSummary: Summary }>(
    '{ graphSummary { entityCount relationCount sourceCount } }',
  );
  return graphSummary;
}

/** What the write left behind, read back through the API. */
async function readWrite(server: ServerProcess) {
  return client(server).data<{
    entity: { id: string; name: string; aliases: string[] } | null;
    relation: {
      from: { id: string };
      to: { id: string };
      status: string;
      evidence: { quote: string; source: { id: string } }[];
    } | null;
    search: { entity: { id: string } }[];
  }>(
    `query($entity: ID!, $relation: ID!) {
      entity(id: $entity) { id name aliases }
      relation(id: $relation) { from { id } to { id } status evidence { quote source { id } } }
      search(text: "Zebulon") { entity { id } }
    }`,
    { entity: ENVOY, relation: VISIT },
  );
}

const expectedWrite = {
  entity: { id: ENVOY, name: 'Durable Envoy', aliases: ['Zebulon'] },
  relation: {
    from: { id: ENVOY },
    to: { id: 'kursk-region' },
    status: 'reported',
    evidence: [{ quote: 'reconstruction efforts', source: { id: ARTICLE } }],
  },
  search: [{ entity: { id: ENVOY } }],
};

describe('the server process', () => {
  it('keeps a committed write through kill -9, does not seed twice, and closes cleanly on SIGTERM', async () => {
    const dir = freshFolder();
    const first = await start(dir);
    expect(await summary(first)).toEqual({
      entityCount: kursk.entities.length,
      relationCount: kursk.relations.length,
      sourceCount: kursk.sources.length,
    });

    const gql = client(first);
    const entity = await gql.post('mutation($input: EntityInput!) { upsertEntity(input: $input) { id } }', {
      input: {
        id: ENVOY,
        type: 'Person',
        name: 'Durable Envoy',
        aliases: ['Zebulon'],
        evidence: [{ source: ARTICLE, quote: 'Kursk Region' }],
      },
    });
    expect(entity.errors).toEqual([]);
    const relation = await gql.post(
      'mutation($input: RelationInput!) { upsertRelation(input: $input) { id } }',
      {
        input: {
          id: VISIT,
          type: 'VISITED',
          from: ENVOY,
          to: 'kursk-region',
          status: 'reported',
          evidence: [{ source: ARTICLE, quote: 'reconstruction efforts' }],
        },
      },
    );
    expect(relation.errors).toEqual([]);
    expect(await readWrite(first)).toEqual(expectedWrite);

    const killed = await stopServer(first, 'SIGKILL');
    expect(killed?.signal).toBe('SIGKILL');

    const second = await start(dir);
    expect(await readWrite(second)).toEqual(expectedWrite);
    expect(await summary(second)).toEqual({
      entityCount: kursk.entities.length + 1,
      relationCount: kursk.relations.length + 1,
      sourceCount: kursk.sources.length,
    });
    expect(second.output()).not.toMatch(/seeded the Kursk case/);

    const terminated = await stopServer(second, 'SIGTERM');
    expect(terminated, `SIGTERM did not end the process:\n${second.output()}`).not.toBeNull();
    expect(terminated).toEqual({ code: 0, signal: null });

    const third = await start(dir);
    expect(await readWrite(third)).toEqual(expectedWrite);
    expect(await summary(third)).toEqual({
      entityCount: kursk.entities.length + 1,
      relationCount: kursk.relations.length + 1,
      sourceCount: kursk.sources.length,
    });
    expect(await stopServer(third, 'SIGTERM')).toEqual({ code: 0, signal: null });
  }, 120_000);

  it('never crashes on a bad request: garbage, invalid or huge bodies, broken HTTP', async () => {
    const server = await start(freshFolder());
    const endpoint = `${server.url}/graphql`;
    const post = async (body: string | Blob, contentType = 'application/json') => {
      try {
        const response = await fetch(endpoint, {
          method: 'POST',
          headers: { 'content-type': contentType },
          body,
        });
        bodies[String(response.status)] = (await response.text()).slice(0, 500);
        return response.status;
      } catch {
        // The server may close the connection before it reads all of an oversized body.
        return 'closed';
      }
    };
    const statuses: Record<string, number | string> = {};
    const bodies: Record<string, string> = {};
    statuses.garbage = await post('{{{ this is not json');
    statuses.truncated = await post('{"query": "{ graphSummary { entityCount } }"');
    statuses.binary = await post(
      new Blob([new Uint8Array(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256))]),
    );
    statuses.notAnObject = await post('[1, 2, 3]');
    statuses.queryNotString = await post('{"query": {"a": 1}}');
    statuses.deepJson = await post(
      `{"query": "{ __typename }", "variables": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`,
    );
    statuses.hugeVariables = await post(
      JSON.stringify({
        query: '{ graphSummary { entityCount } }',
        variables: { pad: 'x'.repeat(900 * 1024) },
      }),
    );
    const hugeQuery = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ ${'graphSummary { entityCount } '.repeat(30_000)}}` }),
    });
    expect(hugeQuery.status).toBeLessThan(500);
    expect(await hugeQuery.text()).toMatch(/token limit/i);
    statuses.overLimit = await post(
      JSON.stringify({ query: '{ __typename }', pad: 'y'.repeat(40 * 1024 * 1024) }),
    );
    const badVariables = await fetch(
      `${endpoint}?query=${encodeURIComponent('{ __typename }')}&variables={bad`,
      {
        headers: { 'x-graphql-yoga-csrf': '1' },
      },
    );
    expect(badVariables.status).toBeLessThan(500);
    expect(((await badVariables.json()) as { errors?: unknown[] }).errors?.length).toBeGreaterThan(0);

    // Broken HTTP: a request line that is not HTTP, and a body that stops half way.
    await new Promise<void>((resolve) => {
      const socket = connect(Number(new URL(server.url).port), '127.0.0.1', () => {
        socket.write('GARBAGE \u0000\u0001 NOT HTTP\r\n\r\n');
      });
      socket.on('data', () => socket.destroy());
      socket.on('error', () => resolve());
      socket.on('close', () => resolve());
      setTimeout(() => socket.destroy(), 2_000);
    });
    await new Promise<void>((resolve) => {
      const socket = connect(Number(new URL(server.url).port), '127.0.0.1', () => {
        socket.write(
          'POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\ncontent-type: application/json\r\ncontent-length: 1000000\r\n\r\n{"query": "{ grap',
        );
        setTimeout(() => socket.destroy(), 200);
      });
      socket.on('error', () => resolve());
      socket.on('close', () => resolve());
    });

    // Each bad request got a client error (or, for the oversized one, a closed connection), never a 5xx;
    // 900 KB of variables is under the 1 MiB body limit and answered.
    const { hugeVariables, overLimit, ...bad } = statuses;
    expect(hugeVariables).toBe(200);
    expect([413, 'closed']).toContain(overLimit);
    for (const [name, status] of Object.entries(bad))
      expect(
        typeof status === 'number' && status >= 400 && status < 500,
        `${name}: ${status} ${JSON.stringify(bodies)}`,
      ).toBe(true);

    expect(server.child.exitCode).toBeNull();
    const health = await fetch(`${server.url}/health`);
    expect(health.status).toBe(200);
    expect((await summary(server)).entityCount).toBe(kursk.entities.length);
    expect(server.output()).not.toMatch(/unhandled rejection|uncaught/i);
    expect(await stopServer(server, 'SIGTERM')).toEqual({ code: 0, signal: null });
  }, 120_000);
});

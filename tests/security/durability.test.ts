/**
 * Durability you can see (issue 13, item 7): a write-ahead log that lost acknowledged commits is
 * reported loudly, in the log and in /health, and stays reported across restarts; a clean restart
 * and a `kill -9` after acknowledged writes give no alarm. The real server process throughout.
 */
import { mkdtempSync, readdirSync, rmSync, statSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../server/engine/grafeo-engine.ts';
import { loadKurskCase } from '../../server/seed/kursk.ts';
import { graphqlClient } from '../support/graphql.ts';
import { startServer, stopServer, type ServerProcess } from '../support/server-process.ts';

const WRITES = 120;
const SEEDED = loadKurskCase().entities.length;
const folders: string[] = [];
const running: ServerProcess[] = [];

afterAll(async () => {
  for (const server of running) await stopServer(server, 'SIGKILL', 5_000);
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

async function start(dir: string): Promise<ServerProcess> {
  const server = await startServer(dir);
  running.push(server);
  return server;
}

/** Acknowledged writes: each upsert answered without errors. */
async function write(server: ServerProcess, prefix: string): Promise<void> {
  const gql = graphqlClient((request) => fetch(request), `${server.url}/graphql`);
  for (let i = 0; i < WRITES; i++) {
    const result = await gql.post('mutation($input: EntityInput!) { upsertEntity(input: $input) { id } }', {
      input: { id: `${prefix}-${i}`, type: 'Person', name: `Written ${prefix} ${i}` },
    });
    expect(result.errors).toEqual([]);
  }
}

interface Health {
  status: string;
  durability?: { status: string; expectedEpoch?: string; foundEpoch?: string; missingEpochs?: string };
}

async function health(server: ServerProcess): Promise<Health> {
  const response = await fetch(`${server.url}/health`);
  expect(response.status).toBe(200);
  return (await response.json()) as Health;
}

/** Entities written by the test: everything beyond the seeded Kursk case. */
async function written(server: ServerProcess): Promise<number> {
  const gql = graphqlClient((request) => fetch(request), `${server.url}/graphql`);
  const { graphSummary } = await gql.data<{ graphSummary: { entityCount: number } }>(
    '{ graphSummary { entityCount } }',
  );
  return graphSummary.entityCount - SEEDED;
}

/** Every WAL segment Grafeo keeps beside the database file. */
function walFiles(dir: string): string[] {
  const walDir = join(dir, `${DATABASE_FILE}.wal`);
  return readdirSync(walDir)
    .map((name) => join(walDir, name))
    .filter((file) => statSync(file).size > 0);
}

describe('a damaged write-ahead log', () => {
  it('is reported in the log and /health, and the report survives a restart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'redstring-wal-'));
    folders.push(dir);
    const first = await start(dir);
    await write(first, 'lost');
    expect(await written(first)).toBe(WRITES);
    await stopServer(first, 'SIGKILL');

    // The probe: cut the log in half, as a full disk or a bad copy would.
    const wal = walFiles(dir);
    expect(wal.length).toBeGreaterThan(0);
    for (const file of wal) truncateSync(file, Math.floor(statSync(file).size / 2));

    const second = await start(dir);
    const survived = await written(second);
    expect(survived).toBeLessThan(WRITES);
    const report = await health(second);
    expect(report.status).toBe('degraded');
    expect(report.durability?.status).toBe('lost-commits');
    const expected = BigInt(report.durability!.expectedEpoch!);
    const found = BigInt(report.durability!.foundEpoch!);
    expect(expected - found).toBe(BigInt(report.durability!.missingEpochs!));
    // At least the writes that are gone are counted as lost.
    expect(Number(expected - found)).toBeGreaterThanOrEqual(WRITES - survived);
    expect(second.output()).toMatch(
      /DATA LOSS: acknowledged writes are missing .* up to epoch \d+, but it opened at epoch \d+/,
    );
    expect(JSON.stringify(report)).not.toContain(dir);

    // A restart does not make the alarm go away.
    expect(await stopServer(second, 'SIGTERM')).toEqual({ code: 0, signal: null });
    const third = await start(dir);
    expect((await health(third)).durability?.status).toBe('lost-commits');
    expect(third.output()).toMatch(/DATA LOSS/);
    await stopServer(third, 'SIGTERM');
  }, 180_000);

  it('gives no alarm after a clean restart or a kill -9 after acknowledged writes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'redstring-wal-'));
    folders.push(dir);
    const first = await start(dir);
    await write(first, 'kept');
    await stopServer(first, 'SIGKILL');

    const second = await start(dir);
    expect(await written(second)).toBe(WRITES);
    expect(await health(second)).toMatchObject({ status: 'ok', durability: { status: 'ok' } });
    await write(second, 'more');
    expect(await stopServer(second, 'SIGTERM')).toEqual({ code: 0, signal: null });

    const third = await start(dir);
    expect(await written(third)).toBe(2 * WRITES);
    expect(await health(third)).toMatchObject({ status: 'ok', durability: { status: 'ok' } });
    expect(`${second.output()}${third.output()}`).not.toMatch(/DATA LOSS/);
    await stopServer(third, 'SIGTERM');
  }, 180_000);
});

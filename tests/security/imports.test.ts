/**
 * Imports never block the server (issue 13, item 5), probed against the real server process: a
 * large CSV pair uploaded by multipart runs as a background job while other clients read (answered)
 * and write (answered at once, with a clear error); a second import is refused naming the first; a
 * cancel, a malformed file and SIGTERM each leave the store exactly as it was; a form post from
 * another site cannot start an import; an upload past its limit is refused before it is read.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphqlClient, readResult } from '../support/graphql.ts';
import { startServer, stopServer, type ServerProcess } from '../support/server-process.ts';

/** Large enough that the import runs for many seconds here, small enough for the upload limit below. */
const ENTITIES = 20_000;
const RELATIONS = 150_000;
const UPLOAD_LIMIT_MB = 16;

const folders: string[] = [];
const running: ServerProcess[] = [];

function freshFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'redstring-imports-'));
  folders.push(dir);
  return dir;
}

async function start(dir = freshFolder()): Promise<ServerProcess> {
  const server = await startServer(dir, { REDSTRING_MAX_UPLOAD_MB: String(UPLOAD_LIMIT_MB) });
  running.push(server);
  return server;
}

afterAll(async () => {
  for (const server of running) await stopServer(server, 'SIGKILL', 5_000);
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

/** A CSV pair of people and who knows whom, built here so that its size is what the test says. */
function csvPair(entities = ENTITIES, relations = RELATIONS): { entities: string; relations: string } {
  const people = ['id,type,name'];
  for (let i = 0; i < entities; i++) people.push(`bulk-${i},Person,Person number ${i}`);
  const links = ['id,from,to,type,date'];
  for (let i = 0; i < relations; i++)
    links.push(
      `bulk-rel-${i},bulk-${(i * 7919) % entities},bulk-${(i * 104_729 + 1) % entities},KNOWS,20${10 + (i % 15)}`,
    );
  return { entities: `${people.join('\n')}\n`, relations: `${links.join('\n')}\n` };
}

const START = `mutation Start($files: [File!]!, $format: GraphFormat, $dryRun: Boolean) {
  startImport(files: $files, format: $format, dryRun: $dryRun) { id state files }
}`;

const JOB = `query Job($id: ID!) {
  importJob(id: $id) {
    id state phase bytesRead totalBytes records
    report { relations { created } entities { created } }
    error { message code file at field }
  }
}`;

interface Job {
  id: string;
  state: string;
  phase: string | null;
  bytesRead: number;
  totalBytes: number;
  records: number;
  report: { relations: { created: number }; entities: { created: number } } | null;
  error: {
    message: string;
    code: string;
    file: string | null;
    at: string | null;
    field: string | null;
  } | null;
}

/** A GraphQL multipart request (the spec's `operations`, `map` and one part per file). */
function multipart(
  server: ServerProcess,
  files: { name: string; content: string }[],
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = { 'x-graphql-yoga-csrf': '1' },
): Promise<Response> {
  const form = new FormData();
  form.set(
    'operations',
    JSON.stringify({ query: START, variables: { ...variables, files: files.map(() => null) } }),
  );
  form.set(
    'map',
    JSON.stringify(Object.fromEntries(files.map((_, i) => [String(i), [`variables.files.${i}`]]))),
  );
  files.forEach((file, i) => form.set(String(i), new Blob([file.content], { type: 'text/csv' }), file.name));
  return fetch(`${server.url}/graphql`, { method: 'POST', headers, body: form });
}

async function startJob(server: ServerProcess, files: { name: string; content: string }[]): Promise<string> {
  const result = await readResult<{ startImport: { id: string; state: string } }>(
    await multipart(server, files, { format: 'CSV' }),
  );
  expect(result.errors).toEqual([]);
  return result.data!.startImport.id;
}

const client = (server: ServerProcess) => graphqlClient((request) => fetch(request), `${server.url}/graphql`);

async function job(server: ServerProcess, id: string): Promise<Job> {
  return (await client(server).data<{ importJob: Job }>(JOB, { id })).importJob;
}

async function waitFor(
  server: ServerProcess,
  id: string,
  done: (job: Job) => boolean,
  timeoutMs = 600_000,
): Promise<Job> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const current = await job(server, id);
    if (done(current)) return current;
    if (Date.now() > deadline) throw new Error(`job ${id} did not get there: ${JSON.stringify(current)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const ended = (j: Job) => !['QUEUED', 'RUNNING'].includes(j.state);

/** Everything the store holds, counted, and the relations of one of the import's people. */
async function snapshot(server: ServerProcess) {
  return client(server).data<unknown>(
    '{ graphSummary { entityCount relationCount sourceCount } entity(id: "bulk-1") { id } }',
  );
}

const pair = csvPair();
const files = [
  { name: 'entities.csv', content: pair.entities },
  { name: 'relations.csv', content: pair.relations },
];

describe('an import through a running server', () => {
  let server: ServerProcess;
  beforeAll(async () => {
    server = await start();
  }, 120_000);

  it('runs as a job that others can read and write beside: reads answered, writes refused at once, a second import refused', async () => {
    const before = await snapshot(server);
    const id = await startJob(server, files);
    await waitFor(server, id, (j) => j.state === 'RUNNING' && j.records > 0);

    // Another client's reads are answered while the job runs.
    let readsDuringImport = 0;
    let writeAnswer: Awaited<ReturnType<ReturnType<typeof client>['post']>> | null = null;
    let secondImport: Awaited<ReturnType<typeof readResult>> | null = null;
    while ((await job(server, id)).state === 'RUNNING') {
      const read = await client(server).data<{ entity: { id: string } | null }>(
        '{ entity(id: "kursk-region") { id } }',
      );
      // Counted only if the job was still running once the answer came.
      if (read.entity?.id === 'kursk-region' && (await job(server, id)).state === 'RUNNING')
        readsDuringImport++;
      if (!writeAnswer)
        writeAnswer = await client(server).post(
          'mutation { upsertEntity(input: {id: "written-meanwhile", type: "Person", name: "Meanwhile"}) { id } }',
        );
      if (!secondImport) secondImport = await readResult(await multipart(server, files, { format: 'CSV' }));
      if (readsDuringImport >= 5 && writeAnswer && secondImport) break;
    }
    expect(readsDuringImport).toBeGreaterThanOrEqual(5);
    // The write got its answer while the import ran: a clear refusal naming the import.
    expect(writeAnswer!.errors[0]?.extensions?.code).toBe('CONFLICT');
    expect(writeAnswer!.errors[0]?.message).toMatch(/an import is running \(job [0-9a-f-]+/);
    expect((await job(server, id)).state).toBe('RUNNING');
    // A second import is refused, naming the running one.
    expect(secondImport!.errors[0]?.message).toContain(`an import is running (job ${id}`);

    const done = await waitFor(server, id, ended);
    expect(done.error).toBeNull();
    expect(done.state).toBe('SUCCEEDED');
    expect(done.report).toEqual({ relations: { created: RELATIONS }, entities: { created: ENTITIES } });
    expect(done.bytesRead).toBe(done.totalBytes);
    const after = (await snapshot(server)) as { graphSummary: { relationCount: number } };
    expect(after.graphSummary.relationCount).toBe(
      (before as { graphSummary: { relationCount: number } }).graphSummary.relationCount + RELATIONS,
    );
    // Once it is over, writes go through again.
    expect(
      (
        await client(server).post(
          'mutation { upsertEntity(input: {id: "written-after", type: "Person", name: "After"}) { id } }',
        )
      ).errors,
    ).toEqual([]);
  }, 900_000);
});

describe('an import that does not finish leaves the store as it was', () => {
  let server: ServerProcess;
  beforeAll(async () => {
    server = await start();
  }, 120_000);

  it('cancelled: the job ends CANCELLED and nothing of it is stored', async () => {
    const before = await snapshot(server);
    const id = await startJob(server, files);
    await waitFor(server, id, (j) => j.state === 'RUNNING' && j.records > ENTITIES);
    const cancelled = await client(server).data<{ cancelImport: { id: string } }>(
      'mutation($id: ID!) { cancelImport(id: $id) { id } }',
      { id },
    );
    expect(cancelled.cancelImport.id).toBe(id);
    const done = await waitFor(server, id, ended, 120_000);
    expect(done.state).toBe('CANCELLED');
    expect(done.report).toBeNull();
    expect(await snapshot(server)).toEqual(before);
  }, 300_000);

  it('malformed: the job fails with the file, line and field, and nothing of it is stored', async () => {
    const before = await snapshot(server);
    const broken = pair.relations.split('\n');
    // A relation without its target, late in the file (after many chunks were written).
    broken[100_001] = 'bulk-rel-bad,bulk-1,,KNOWS,2020';
    const id = await startJob(server, [files[0]!, { name: 'relations.csv', content: broken.join('\n') }]);
    const done = await waitFor(server, id, ended);
    expect(done.state).toBe('FAILED');
    expect(done.error).toMatchObject({
      code: 'BAD_USER_INPUT',
      file: 'relations.csv',
      at: 'line 100002',
      field: 'to',
    });
    expect(await snapshot(server)).toEqual(before);
  }, 600_000);

  it('from another site: a form post without the CSRF header starts nothing', async () => {
    const code = async (response: Response) =>
      ((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code;
    // A hostile page's form post: its Origin is refused first.
    const hostile = await multipart(
      server,
      files.slice(0, 1),
      { format: 'CSV' },
      { origin: 'https://evil.example' },
    );
    expect(hostile.status).toBe(403);
    expect(await code(hostile)).toBe('ORIGIN_NOT_ALLOWED');
    // Without an Origin (older browsers, some redirects), multipart is still a "simple" type:
    // without the CSRF header it is refused.
    const formPost = await multipart(server, files.slice(0, 1), { format: 'CSV' }, {});
    expect(formPost.status).toBe(403);
    expect(await code(formPost)).toBe('CSRF_PREVENTED');
    const { importJobs } = await client(server).data<{ importJobs: { id: string; files: string[] }[] }>(
      '{ importJobs { id files } }',
    );
    expect(importJobs.filter((j) => j.files.length === 1)).toEqual([]);
  });

  it('too large: an upload past REDSTRING_MAX_UPLOAD_MB is refused with 413 before it is read', async () => {
    const big = 'x'.repeat((UPLOAD_LIMIT_MB + 1) * 1024 * 1024);
    const response = await multipart(server, [{ name: 'big.csv', content: big }], { format: 'CSV' });
    expect(response.status).toBe(413);
    expect(await response.text()).toContain(`${UPLOAD_LIMIT_MB * 1024 * 1024} bytes`);
  });
});

describe('SIGTERM during an import', () => {
  it('cancels the job, exits promptly and cleanly, and the store is as before after a restart', async () => {
    const dir = freshFolder();
    let server = await start(dir);
    const before = await snapshot(server);
    const id = await startJob(server, files);
    await waitFor(server, id, (j) => j.state === 'RUNNING' && j.records > ENTITIES);
    const exit = await stopServer(server, 'SIGTERM', 60_000);
    expect(exit).toEqual({ code: 0, signal: null });
    expect(server.output()).not.toMatch(/unhandled|Error:/);
    server = await start(dir);
    expect(await snapshot(server)).toEqual(before);
  }, 300_000);
});

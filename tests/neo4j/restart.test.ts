/**
 * Neo4j stopped, started and misconfigured under the real Redstring server, for real: a Neo4j 5.26
 * of this suite's own (tests/support/local-neo4j.ts, on a free port, never 7687), the server as a
 * child process (`node --import tsx server/main.ts` with REDSTRING_STORE=neo4j) and the `redstring`
 * command through npx.
 *
 * One Neo4j folder and port serve the whole file, started twice (each start costs 10-30 s), so the
 * steps run in order and each builds on the one before:
 *   1. a server started while Neo4j is down says so (log, /health, GraphQL) and keeps running:
 *      server/main.ts listens at once, answers /health and GraphQL with 503 and the reason, and
 *      tries to open the store every 5 s (a minute after a refused login), logging the reason once;
 *   2. Neo4j starts on an empty folder: that server connects and seeds the Kursk case, unrestarted;
 *      a second server started with Neo4j up serves the same case without seeding it again;
 *   3. Neo4j stops during a burst of requests to both: every request ends within the request budget,
 *      with the data or an error naming NEO4J_URI, and /health and the log say so;
 *   4. Neo4j starts again on the same folder and port: both servers answer again, with the same data;
 *   5. a server and the CLI with a wrong password: one line naming NEO4J_USER and NEO4J_PASSWORD, and
 *      no quick retries that would get the user locked out for everyone.
 * Step 1 comes before the server's Neo4j first answers because seeding then needs an empty database.
 * The folder is created beforehand by a Neo4j of its own on another port (while step 1 runs): a new
 * folder's Neo4j opens Bolt seconds before it sets the password (neo4j-local), and a server trying
 * in that moment is refused, then retries a refused login only after a minute.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import neo4jDriver from 'neo4j-driver';
import { describeNeo4jFailure } from '../../server/engine/neo4j-engine.ts';
import { startLocalNeo4j, type LocalNeo4j } from '../support/local-neo4j.ts';
import {
  freePort,
  spawnServer,
  startServer,
  stopServer,
  type ServerProcess,
} from '../support/server-process.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** The server's default per-request time budget (REDSTRING_REQUEST_TIMEOUT_MS). */
const REQUEST_BUDGET_MS = 10_000;
/** How often the server tries to open the store while it cannot (server/main.ts). */
const RETRY_MS = 5_000;
/** How often it tries again after Neo4j refused the login (server/engine/create-engine.ts). */
const REFUSED_RETRY_MS = 60_000;
/** Neo4j's start takes 10-30 s here; the first one may have to build neo4j-local with Maven. */
const NEO4J_START_MS = 600_000;

const QUERY = `{
  entity(id: "kim-jong-un") { id name type aliases }
  neighborhood(ids: ["kim-jong-un"]) { entities { id name } relations { id type } }
}`;
const REIMPORT = `mutation ($graph: JSON!) {
  importGraph(graph: $graph) { entities { created updated unchanged } relations { created updated unchanged } }
}`;

interface Answer {
  ms: number;
  status: number;
  text: string;
  body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
}

interface HealthAnswer {
  status: number;
  body: {
    status: string;
    engine: { status: string; engine: string; error?: string; details?: Record<string, unknown> };
  };
}

interface LogEntry {
  level: number;
  msg: string;
  status?: string;
  err?: unknown;
}

let neo4j: LocalNeo4j | null = null;
/** The database folder made (and its Neo4j stopped again) while the first step runs. */
let prepared: Promise<void>;
let neo4jDir = '';
let neo4jPort = 0;
let uri = '';
const servers: ServerProcess[] = [];
const folders: string[] = [];
/** The server started while Neo4j was down, and the one started once it was up. */
let early: ServerProcess;
let late: ServerProcess;
/** What QUERY answers once the case is seeded. */
let expected: Record<string, unknown>;
let kurskCase: unknown;

function neo4jEnv(password = 'redstring-dev'): Record<string, string> {
  return {
    REDSTRING_STORE: 'neo4j',
    REDSTRING_SEED: 'kursk',
    NEO4J_URI: uri,
    NEO4J_USER: 'neo4j',
    NEO4J_PASSWORD: password,
    NEO4J_DATABASE: 'neo4j',
    // JSON lines on stdout, whatever the terminal.
    LOG_LEVEL: 'info',
  };
}

async function folder(prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  folders.push(dir);
  return dir;
}

/**
 * The server returned as soon as it listens: startServer() waits for /health to answer 200, which
 * a server whose Neo4j is down or refuses it never does.
 */
async function spawnListening(dataDir: string, env: Record<string, string>): Promise<ServerProcess> {
  const server = await spawnServer(dataDir, env);
  servers.push(server);
  await waitFor(
    async () => {
      if (server.child.exitCode !== null) throw new Error(`the server exited:\n${server.output()}`);
      return server.output().includes('Redstring is listening on');
    },
    30_000,
    () => `the server to listen:\n${server.output()}`,
  );
  return server;
}

async function waitFor(
  condition: () => Promise<boolean> | boolean,
  timeoutMs: number,
  what: () => string,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what()}`);
}

async function graphql(
  server: ServerProcess,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<Answer> {
  const started = Date.now();
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
    // A bound of the test's own, far above the budget: a hang fails here rather than at the timeout.
    signal: AbortSignal.timeout(60_000),
  });
  const text = await response.text();
  return {
    ms: Date.now() - started,
    status: response.status,
    text,
    body: JSON.parse(text) as Answer['body'],
  };
}

async function health(server: ServerProcess): Promise<HealthAnswer> {
  const response = await fetch(`${server.url}/health`, { signal: AbortSignal.timeout(30_000) });
  return { status: response.status, body: (await response.json()) as HealthAnswer['body'] };
}

/** The server's structured log: one JSON object a line (other lines, such as on SIGTERM, skipped). */
function logOf(server: ServerProcess): LogEntry[] {
  return server
    .output()
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as LogEntry);
}

/** The lines in which the server says the store is down or answers again (not per request). */
function availabilityLines(server: ServerProcess, status: 'up' | 'down'): LogEntry[] {
  return logOf(server).filter((entry) => entry.status === status);
}

/** What the server logged as internal errors (masked in the answer), for a failure's message. */
function internalErrors(server: ServerProcess): string {
  return logOf(server)
    .filter((entry) => entry.msg === 'internal error')
    .map((entry) => JSON.stringify(entry.err))
    .join('\n');
}

/** Nothing of the server's insides: no stack frame, no file path. */
function expectNoInternals(text: string): void {
  expect(text).not.toMatch(/\n\s+at |\bat .*\(.*:\d+:\d+\)|\.ts:\d+|\/work\/|node_modules|file:\/\//);
}

function expectUnreachable(message: string | undefined): void {
  expect(message).toContain(`Neo4j at ${uri} is not reachable`);
  expect(message).toContain('NEO4J_URI');
  expect(message).not.toContain('\n');
  expectNoInternals(message ?? '');
}

function expectRefusedCredentials(message: string | undefined): void {
  expect(message).toContain(`Neo4j at ${uri} refused the credentials of user "neo4j"`);
  expect(message).toContain('NEO4J_USER');
  expect(message).toContain('NEO4J_PASSWORD');
  expect(message).not.toContain('\n');
  expectNoInternals(message ?? '');
}

function alive(server: ServerProcess): boolean {
  return server.child.exitCode === null && server.child.signalCode === null;
}

/** `npx redstring ...` with the server's environment; what it printed and how it exited. */
function redstring(
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; stdout: string; stderr: string; ms: number }> {
  const started = Date.now();
  const childEnv: NodeJS.ProcessEnv = { ...process.env, npm_config_update_notifier: 'false' };
  delete childEnv.NODE_OPTIONS;
  Object.assign(childEnv, env);
  const child = spawn('npx', ['--no-install', 'redstring', ...args], {
    cwd: ROOT,
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
  return new Promise((resolve) =>
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, ms: Date.now() - started });
    }),
  );
}

describe('Neo4j down, restarted and refusing the password, under the real server', () => {
  beforeAll(async () => {
    neo4jDir = await mkdtemp(join(tmpdir(), 'redstring-neo4j-restart-'));
    neo4jPort = await freePort();
    // 7687 is the shared Neo4j of the other suites, which they empty.
    expect(neo4jPort).not.toBe(7687);
    uri = `bolt://127.0.0.1:${neo4jPort}`;
    prepared = startLocalNeo4j({ dataDir: neo4jDir, timeoutMs: NEO4J_START_MS }).then((made) => made.stop());
    // Awaited by the step that needs it; not left unhandled if an earlier one fails.
    prepared.catch(() => undefined);
    kurskCase = JSON.parse(await readFile(join(ROOT, 'server/seed/kursk-case.json'), 'utf8'));
  });

  afterAll(async () => {
    await Promise.all(servers.map((server) => stopServer(server, 'SIGTERM')));
    await prepared.catch(() => undefined);
    await neo4j?.stop();
    await Promise.all([neo4jDir, ...folders].map((dir) => dir && rm(dir, { recursive: true, force: true })));
  }, 120_000);

  it('a server started while Neo4j is down listens, says why once, and keeps trying', async () => {
    early = await spawnListening(await folder('redstring-early-'), neo4jEnv());
    await waitFor(
      () => availabilityLines(early, 'down').length > 0,
      15_000,
      () => `a line saying Neo4j is down:\n${early.output()}`,
    );
    const saidAt = Date.now();

    const state = await health(early);
    expect(state.status).toBe(503);
    expect(state.body).toMatchObject({ status: 'unavailable', engine: { status: 'down', engine: 'neo4j' } });
    expectUnreachable(state.body.engine.error);
    expect(state.body.engine.error).toMatch(/ECONNREFUSED/);

    const answer = await graphql(early, QUERY);
    expect(answer.status).toBe(503);
    expect(answer.body.errors).toHaveLength(1);
    expect(answer.body.errors![0]!.extensions?.code).toBe('STORE_UNAVAILABLE');
    expectUnreachable(answer.body.errors![0]!.message);

    // The command says it in one line and exits, while the server waits through a retry or two.
    const cli = await redstring(['export', '--format', 'json'], neo4jEnv());
    expect(cli.code).toBe(1);
    expect(cli.stdout).toBe('');
    expect(cli.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(cli.stderr).toMatch(/^redstring: /);
    expectUnreachable(cli.stderr.trimEnd());
    expect(cli.stderr).not.toMatch(/connects as soon as/);

    await new Promise((resolve) =>
      setTimeout(resolve, Math.max(0, RETRY_MS + 1_500 - (Date.now() - saidAt))),
    );
    // Each retry failed the same way: said once, not every RETRY_MS.
    const said = availabilityLines(early, 'down');
    expect(said).toHaveLength(1);
    expectUnreachable(said[0]!.msg);
    expect(said[0]!.msg).toContain(`retrying every ${RETRY_MS / 1000} s`);
    expect(said[0]!.err).toBeUndefined();
    expect(logOf(early).filter((entry) => entry.level >= 50)).toHaveLength(1);
    expect(alive(early)).toBe(true);
  }, 90_000);

  it(
    'connects and seeds the case once Neo4j answers, without a restart',
    async () => {
      await prepared;
      neo4j = await startLocalNeo4j({ dataDir: neo4jDir, port: neo4jPort, timeoutMs: NEO4J_START_MS });
      // It tries every RETRY_MS; opening the store and seeding take seconds more on a busy machine.
      await waitFor(
        async () => (await health(early)).status === 200,
        RETRY_MS + 45_000,
        () => `the early server's /health to answer 200:\n${early.output()}`,
      );
      const seeded = logOf(early).filter((entry) => entry.msg === 'seeded the Kursk case');
      expect(seeded).toHaveLength(1);
      expect(seeded[0]).toMatchObject({ entities: 49, relations: 88 });
      expect(logOf(early).some((entry) => entry.msg === 'graph store ready')).toBe(true);
      expect(early.output()).not.toContain('refused the credentials');

      const state = await health(early);
      expect(state.body.engine).toMatchObject({
        status: 'up',
        engine: 'neo4j',
        details: { relationships: 88 },
      });
      const answer = await graphql(early, QUERY);
      expect(answer.body.errors).toBeUndefined();
      expect(answer.body.data).toMatchObject({
        entity: { id: 'kim-jong-un', name: 'Kim Jong Un', type: 'Person' },
      });
      expected = answer.body.data!;
    },
    NEO4J_START_MS + 60_000,
  );

  it('serves the same case from a server started with Neo4j up, without seeding it again', async () => {
    late = await startServer(await folder('redstring-late-'), neo4jEnv());
    servers.push(late);
    const answer = await graphql(late, QUERY);
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data).toEqual(expected);
    expect(logOf(late).some((entry) => entry.msg === 'seeded the Kursk case')).toBe(false);
    expect(availabilityLines(late, 'down')).toHaveLength(0);
  }, 60_000);

  it('ends every request of a burst within the budget when Neo4j stops mid-way, and says why', async () => {
    const targets = [early, late];
    const requests: Promise<{ kind: 'query' | 'import'; server: ServerProcess; answer: Answer }>[] = [];
    let stopped = false;
    let stopping: Promise<void> | null = null;
    let stoppedAt = 0;
    for (let i = 0; i < 400; i++) {
      const server = targets[i % 2]!;
      const kind = i % 5 === 4 ? 'import' : 'query';
      requests.push(
        (kind === 'import' ? graphql(server, REIMPORT, { graph: kurskCase }) : graphql(server, QUERY)).then(
          (answer) => ({ kind, server, answer }),
        ),
      );
      if (i === 6) {
        // Neo4j shuts down cleanly, which takes seconds: requests arrive all through it.
        stopping = neo4j!.stop().then(() => {
          stopped = true;
          stoppedAt = Date.now();
        });
      }
      if (stopped && Date.now() - stoppedAt > 2_000) break;
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
    await stopping;
    const answers = await Promise.all(requests);

    let served = 0;
    let refused = 0;
    for (const { kind, server, answer } of answers) {
      // A query within its time budget (past it, the error would say nothing of Neo4j); a mutation
      // has no budget (answering early would not undo it), but is bounded all the same: Neo4j gives
      // the transactions running when it shuts down 10 s to end, then the adapter gives up.
      expect(answer.ms, answer.text).toBeLessThan(
        kind === 'query' ? REQUEST_BUDGET_MS : 3 * REQUEST_BUDGET_MS,
      );
      expectNoInternals(answer.text);
      if (!answer.body.errors) {
        served++;
        if (kind === 'query') expect(answer.body.data).toEqual(expected);
        else expect(answer.body.data).toMatchObject({ importGraph: { entities: { created: 0 } } });
        continue;
      }
      refused++;
      for (const error of answer.body.errors) {
        expect(error.extensions?.code, `${answer.text}\n${internalErrors(server)}`).toBe('STORE_UNAVAILABLE');
        expectUnreachable(error.message);
      }
    }
    expect(served).toBeGreaterThan(0);
    expect(refused).toBeGreaterThan(0);

    for (const server of targets) {
      const state = await health(server);
      expect(state.status).toBe(503);
      expect(state.body).toMatchObject({
        status: 'unavailable',
        engine: { status: 'down', engine: 'neo4j' },
      });
      expectUnreachable(state.body.engine.error);
      expect(alive(server)).toBe(true);
      // One line says Neo4j stopped answering, not one per failed request. While it shuts down a
      // request may still get through between failures (down, up, down again): a few lines at most.
      const said = availabilityLines(server, 'down');
      expect(said.length).toBeGreaterThanOrEqual(1);
      expect(said.length).toBeLessThanOrEqual(3);
      expect(said.length).toBeLessThan(refused);
      for (const line of said) {
        expectUnreachable(line.msg);
        expect(line.err).toBeUndefined();
      }
    }
    const slowest = (kind: 'query' | 'import') =>
      Math.max(...answers.filter((a) => a.kind === kind).map((a) => a.answer.ms));
    console.info(
      `burst: ${answers.length} requests, ${served} served, ${refused} refused; slowest query ` +
        `${slowest('query')} ms, slowest import ${slowest('import')} ms`,
    );
  }, 120_000);

  it(
    'answers again, with the same data, once Neo4j restarts on the same folder and port',
    async () => {
      neo4j = await startLocalNeo4j({ dataDir: neo4jDir, port: neo4jPort, timeoutMs: NEO4J_START_MS });
      for (const server of [early, late]) {
        await waitFor(
          async () => (await health(server)).status === 200,
          30_000,
          () => `/health to answer 200 again:\n${server.output()}`,
        );
        const answer = await graphql(server, QUERY);
        expect(answer.body.errors).toBeUndefined();
        expect(answer.body.data).toEqual(expected);
        const back = availabilityLines(server, 'up');
        expect(back.length).toBeGreaterThanOrEqual(1);
        expect(back.at(-1)!.msg).toBe(`Neo4j at ${uri} answers again`);
        expect(alive(server)).toBe(true);
      }
      // The imports retried or abandoned during the outage left nothing twice.
      const again = await graphql(late, REIMPORT, { graph: kurskCase });
      expect(again.body.data).toMatchObject({
        importGraph: { entities: { created: 0, updated: 0 }, relations: { created: 0, updated: 0 } },
      });
      expect((await health(late)).body.engine.details).toMatchObject({ relationships: 88 });
    },
    NEO4J_START_MS + 120_000,
  );

  it('says in one line that Neo4j refused the password, naming NEO4J_USER and NEO4J_PASSWORD', async () => {
    const wrong = neo4jEnv('not-the-password');
    const refused = await spawnListening(await folder('redstring-refused-'), wrong);
    await waitFor(
      () => availabilityLines(refused, 'down').length > 0,
      15_000,
      () => `a line saying Neo4j refused the password:\n${refused.output()}`,
    );
    const saidAt = Date.now();

    const state = await health(refused);
    expect(state.status).toBe(503);
    expect(state.body).toMatchObject({ status: 'unavailable', engine: { status: 'down', engine: 'neo4j' } });
    expectRefusedCredentials(state.body.engine.error);
    const answer = await graphql(refused, QUERY);
    expect(answer.body.errors![0]!.extensions?.code).toBe('STORE_UNAVAILABLE');
    expectRefusedCredentials(answer.body.errors![0]!.message);

    const cli = await redstring(['export', '--format', 'json'], wrong);
    expect(cli.code).toBe(1);
    expect(cli.stdout).toBe('');
    expect(cli.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(cli.stderr).toMatch(/^redstring: /);
    expectRefusedCredentials(cli.stderr.trimEnd());

    // Past two of the usual retry intervals: still the one line, and no more attempts.
    await new Promise((resolve) =>
      setTimeout(resolve, Math.max(0, 2 * RETRY_MS + 1_000 - (Date.now() - saidAt))),
    );
    const lines = refused
      .output()
      .split('\n')
      .filter((line) => line.includes('refused the credentials'));
    expect(lines).toHaveLength(1);
    const said = availabilityLines(refused, 'down');
    expect(said).toHaveLength(1);
    expectRefusedCredentials(said[0]!.msg);
    expect(said[0]!.msg).toContain(`retrying every ${REFUSED_RETRY_MS / 1000} s`);
    expect(said[0]!.err).toBeUndefined();
    expect(alive(refused)).toBe(true);

    // Neo4j locks a user out, for every client, after three failed logins in a row: a server that
    // kept retrying a wrong password would shut the right-configured ones out too. Two failures
    // (the server's and the command's) leave it open.
    const right = await redstring(['export', '--format', 'json'], neo4jEnv());
    expect(right.stderr).toBe('');
    expect(right.code).toBe(0);
    const exported = JSON.parse(right.stdout) as { entities: unknown[]; relations: unknown[] };
    expect(exported.entities).toHaveLength(49);
    expect(exported.relations).toHaveLength(88);
    expect((await health(early)).status).toBe(200);
  }, 120_000);
});

/**
 * What the driver answers while Neo4j shuts down, each seen in the burst above (which of them a run
 * meets depends on timing), as the adapter must classify them: Neo4j not reachable, not a bug.
 */
describe('the failures of a Neo4j that shuts down', () => {
  const target = { uri: 'bolt://127.0.0.1:7699', user: 'neo4j', database: 'neo4j' };

  it('a connection closed while the driver logs in, which it reports as a ProtocolError', () => {
    const error = new neo4jDriver.Neo4jError(
      'Failed to connect to server. Please ensure that your database is listening on the correct host and port and that you have compatible encryption settings both on Neo4j server and driver. Note that the default encryption setting has changed in Neo4j 4.0. Caused by: write EPIPE',
      'ProtocolError',
      '50N42',
      'error: general processing exception',
    );
    const described = describeNeo4jFailure(error, target);
    expect(described?.reason).toBe('unreachable');
    expect(described?.message).toBe(
      'Neo4j at bolt://127.0.0.1:7699 is not reachable: write EPIPE. Check that Neo4j is running and ' +
        'that NEO4J_URI points to it (with docker compose: bolt://neo4j:7687 from the app container, ' +
        'bolt://localhost:7687 from the host).',
    );
    // What the other requests waiting on that connection get, when Neo4j closed it.
    const closed = new neo4jDriver.Neo4jError(
      'Connection was closed by server',
      'ProtocolError',
      '50N42',
      'error',
    );
    expect(describeNeo4jFailure(closed, target)?.message).toMatch(
      /^Neo4j at bolt:\/\/127\.0\.0\.1:7699 is not reachable: Connection was closed by server\. Check that Neo4j/,
    );
    // Any other ProtocolError is a bug to report, not an outage.
    const other = new neo4jDriver.Neo4jError('Wrong struct size for Node', 'ProtocolError', '50N42', 'error');
    expect(describeNeo4jFailure(other, target)).toBeNull();
  });

  it("the database's own refusal while it stops, after the driver's retries", () => {
    const error = new neo4jDriver.Neo4jError(
      'The database is not currently available to serve your request, refer to the database logs for more details. Retrying your request at a later time may succeed.',
      'Neo.TransientError.General.DatabaseUnavailable',
      '50N42',
      'error: general processing exception',
    );
    const described = describeNeo4jFailure(error, target, 5_040);
    expect(described?.reason).toBe('unreachable');
    expect(described?.message).toMatch(
      /^Neo4j at bolt:\/\/127\.0\.0\.1:7699 is not reachable \(retried for 5\.0 s\): The database is not currently available .* may succeed\. Check that Neo4j is running and that NEO4J_URI points to it/,
    );
  });
});

/**
 * Starts the real Redstring server as a child process (`npx tsx server/main.ts`) on a free port with a
 * fresh data folder, so the server seeds the Kursk case into an empty embedded store, and waits for
 * /health. The client must be built (npm run test:e2e builds it first).
 *
 * With REDSTRING_STORE=neo4j the server runs on the Neo4j that NEO4J_URI names instead: the suite
 * takes that database the way the other Neo4j suites do (tests/support/engines.ts: Redstring's data
 * deleted, a lock held) until the server has stopped, so that the server seeds the case into it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openTestEngine, type TestEngine } from '../../support/engines.ts';
import { graphqlClient } from '../../support/graphql.ts';

export const REPO = resolve(import.meta.dirname, '../../..');

/** The server's GraphQL endpoint over HTTP, as the suites' own client (tests/support/graphql.ts) asks it. */
export function serverApi(server: Pick<TestServer, 'url'>): ReturnType<typeof graphqlClient> {
  return graphqlClient((request) => fetch(request), `${server.url}/graphql`);
}

export interface TestServer {
  url: string;
  dataDir: string;
  /** What the server printed, for failure messages. */
  output(): string;
  stop(): Promise<void>;
}

function signalGroup(pgid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pgid, signal);
  } catch {
    // already gone
  }
}

function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => done(port));
    });
  });
}

async function waitForHealth(
  url: string,
  child: ChildProcess,
  output: () => string,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}:\n${output()}`);
    try {
      const response = await fetch(`${url}/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the server did not become healthy within ${timeoutMs} ms:\n${output()}`);
}

export async function startServer(
  options: {
    timeoutMs?: number;
    env?: Record<string, string>;
    /** A data folder made beforehand (e.g. cases imported by the CLI); removed on stop like a fresh one. */
    dataDir?: string;
  } = {},
): Promise<TestServer> {
  if (!existsSync(join(REPO, 'client/dist/index.html')))
    throw new Error('client/dist is missing: run `npm run build` first (npm run test:e2e does)');
  const neo4j: TestEngine | null =
    process.env.REDSTRING_STORE === 'neo4j'
      ? await openTestEngine({ ...process.env, REDSTRING_TEST_ENGINE: 'neo4j' })
      : null;
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'redstring-e2e-')));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let log = '';
  const child = spawn('npx', ['tsx', 'server/main.ts'], {
    cwd: REPO,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      REDSTRING_DATA: dataDir,
      LOG_LEVEL: 'warn',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so that stopping it also stops what npx started.
    detached: true,
  });
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const output = () => log.slice(-4000);
  try {
    await waitForHealth(url, child, output, options.timeoutMs ?? 60_000);
    // The suite is worth running on Neo4j only if the server really is on Neo4j.
    // With authentication on, /health says more only to someone signed in: the first admin.
    const tokenFile = join(dataDir, 'first-admin-token');
    const headers: Record<string, string> = existsSync(tokenFile)
      ? { authorization: `Bearer ${readFileSync(tokenFile, 'utf8').trim()}` }
      : {};
    const health = (await (await fetch(`${url}/health`, { headers })).json()) as {
      engine?: { engine?: string };
    };
    const expected = neo4j ? 'neo4j' : 'embedded';
    if (health.engine?.engine !== expected)
      throw new Error(
        `the server runs on ${health.engine?.engine ?? 'no engine'}, not ${expected}:\n${output()}`,
      );
  } catch (error) {
    if (child.pid) signalGroup(child.pid, 'SIGKILL');
    await rm(dataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
    await neo4j?.cleanup();
    throw error;
  }
  return {
    url,
    dataDir,
    output,
    async stop() {
      const pgid = child.pid;
      if (pgid) {
        // npx exits before the server it started has closed its store: wait for the whole group.
        signalGroup(pgid, 'SIGTERM');
        const deadline = Date.now() + 15_000;
        while (groupAlive(pgid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
        if (groupAlive(pgid)) signalGroup(pgid, 'SIGKILL');
      }
      await rm(dataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
      await neo4j?.cleanup();
    },
  };
}

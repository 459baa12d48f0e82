/**
 * A real Neo4j server for a test that needs one of its own (to stop and restart it, or to give it
 * a wrong password): `npm run neo4j` on a free port with a fresh folder, started as a child process.
 * Suites that only need *a* Neo4j use the shared one from NEO4J_URI instead (tests/support/engines.ts).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from './server-process.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface LocalNeo4j {
  uri: string;
  /** The process of scripts/neo4j.ts, whose child is the JVM. */
  pid: number;
  port: number;
  dataDir: string;
  password: string;
  /** Everything the server printed, for failure messages. */
  output(): string;
  /** SIGTERM, then waits for Neo4j to shut down; the folder stays for a restart. */
  stop(): Promise<void>;
  /** Stops the server and deletes its folder. */
  destroy(): Promise<void>;
}

export interface LocalNeo4jOptions {
  /** Reuse a folder (a restart); a new temporary one by default. */
  dataDir?: string;
  port?: number;
  /** @default 'redstring-dev' */
  password?: string;
  /** Java heap, as scripts/neo4j.ts takes it. @default '1g' */
  heap?: string;
  /** Neo4j's page cache. @default '256m' */
  pageCache?: string;
  /** The first run builds the server with Maven, which may take minutes. @default 600000 */
  timeoutMs?: number;
}

export async function startLocalNeo4j(options: LocalNeo4jOptions = {}): Promise<LocalNeo4j> {
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'redstring-neo4j-')));
  const port = options.port ?? (await freePort());
  const password = options.password ?? 'redstring-dev';
  const env: NodeJS.ProcessEnv = { ...process.env, NEO4J_PASSWORD: password };
  delete env.NODE_OPTIONS;
  const args = ['--data', dataDir, '--port', String(port)];
  args.push('--heap', options.heap ?? '1g', '--page-cache', options.pageCache ?? '256m');
  // `node --import tsx` rather than npx: the pid is the script's, whose only child is the JVM.
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'scripts/neo4j.ts', ...args], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const ready = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`Neo4j did not start within ${options.timeoutMs ?? 600_000} ms:\n${output}`)),
      options.timeoutMs ?? 600_000,
    );
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (/ready on bolt:\/\//.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`Neo4j exited before it was ready (${signal ?? code}):\n${output}`));
    });
  });
  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  try {
    await ready;
  } catch (error) {
    await stop();
    throw error;
  }
  if (child.pid === undefined) throw new Error(`Neo4j has no process id:\n${output}`);
  return {
    uri: `bolt://127.0.0.1:${port}`,
    pid: child.pid,
    port,
    dataDir,
    password,
    output: () => output,
    stop,
    async destroy() {
      await stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

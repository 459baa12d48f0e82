/**
 * The benchmark's own Neo4j: `scripts/neo4j.ts` (what `npm run neo4j` runs) on a free port with
 * a folder of its own, with the heap and page cache the graph's size needs. Like
 * tests/support/local-neo4j.ts, which fixes a small heap for the test suites, plus what a
 * benchmark needs: the JVM's process id, to read its resident memory, and a restart on the same
 * folder, to time the first answer after one. Port 7687 belongs to the test suites: never used.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../support/server-process.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface BenchNeo4jOptions {
  dataDir: string;
  /** Java heap, as scripts/neo4j.ts takes it (`4g`). */
  heap: string;
  /** Neo4j's page cache (`2g`). */
  pageCache: string;
  /** The first start may build the server with Maven. @default 900000 */
  timeoutMs?: number;
}

export interface BenchNeo4j {
  uri: string;
  /** The JVM's process id (a child of the scripts/neo4j.ts process). */
  javaPid: number;
  /** From spawning to the line that says Bolt is ready. */
  startMs: number;
  /** SIGTERM, then waits until Neo4j has shut down (the folder stays). */
  stop(): Promise<void>;
}

/** Resident and peak resident memory of a process, from /proc (Linux), in bytes. */
export function processMemory(pid: number): { rssBytes: number; peakRssBytes: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kib = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    return { rssBytes: kib('VmRSS') * 1024, peakRssBytes: kib('VmHWM') * 1024 };
  } catch {
    return null;
  }
}

/** Bytes under a folder (import-phase.ts has the same, but importing it would run that phase). */
export function diskUsage(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(path).reduce((sum, name) => sum + diskUsage(join(path, name)), 0);
}

/** The `java` process scripts/neo4j.ts spawned: the one child of `pid` whose command is java. */
function javaChild(pid: number): number | null {
  try {
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/);
    for (const child of children.filter(Boolean).map(Number)) {
      const command = readFileSync(`/proc/${child}/cmdline`, 'utf8').split('\0')[0] ?? '';
      if (/(^|\/)java$/.test(command)) return child;
    }
  } catch {
    // the process is gone, or this is not Linux
  }
  return null;
}

export async function startBenchNeo4j(options: BenchNeo4jOptions, port?: number): Promise<BenchNeo4j> {
  const bolt = port ?? (await freePort());
  if (bolt === 7687) throw new Error('port 7687 is the test suites’ Neo4j: the benchmark uses its own');
  const env: NodeJS.ProcessEnv = { ...process.env, NEO4J_PASSWORD: 'redstring-dev' };
  delete env.NODE_OPTIONS;
  const started = performance.now();
  // `node --import tsx` rather than npx: the pid is the script's, whose child is the JVM.
  const child: ChildProcess = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'scripts/neo4j.ts',
      '--data',
      options.dataDir,
      '--port',
      String(bolt),
      '--heap',
      options.heap,
      '--page-cache',
      options.pageCache,
    ],
    { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const exitedPromise = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const timeoutMs = options.timeoutMs ?? 900_000;
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`Neo4j did not start within ${timeoutMs} ms:\n${output}`)),
      timeoutMs,
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
  }).catch(async (error: unknown) => {
    if (child.exitCode === null) child.kill('SIGTERM');
    await exitedPromise;
    throw error;
  });
  const startMs = performance.now() - started;
  const javaPid = child.pid === undefined ? null : javaChild(child.pid);
  if (javaPid === null) throw new Error(`could not find the JVM under process ${child.pid}`);
  return {
    uri: `bolt://127.0.0.1:${bolt}`,
    javaPid,
    startMs,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exitedPromise;
    },
  };
}

/**
 * The benchmark's own Neo4j: tests/support/local-neo4j.ts (`npm run neo4j` on a free port with a
 * folder of its own) with the heap and page cache the graph's size needs, plus what a benchmark
 * needs: the JVM's process id, to read its resident memory, and the time to the ready line, to
 * time a restart on the same folder. Port 7687 belongs to the test suites: never used.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { startLocalNeo4j } from '../support/local-neo4j.ts';
import { freePort } from '../support/server-process.ts';

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
  const started = performance.now();
  const neo4j = await startLocalNeo4j({
    dataDir: options.dataDir,
    port: bolt,
    heap: options.heap,
    pageCache: options.pageCache,
    timeoutMs: options.timeoutMs ?? 900_000,
  });
  const startMs = performance.now() - started;
  const javaPid = javaChild(neo4j.pid);
  if (javaPid === null) {
    await neo4j.stop();
    throw new Error(`could not find the JVM under process ${neo4j.pid}`);
  }
  return { uri: neo4j.uri, javaPid, startMs, stop: () => neo4j.stop() };
}

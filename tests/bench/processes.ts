/**
 * What the benchmark's parent process shares between its runs (run.ts for the embedded engine,
 * neo4j-run.ts for Neo4j): forking a phase, waiting for its messages, posting GraphQL over
 * loopback, and the machine line every section of the results carries.
 */
import { execFileSync, fork, type ChildProcess } from 'node:child_process';
import type { Server } from 'node:http';
import { cpus, loadavg, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Machine } from './report.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export const log = (message: string) => console.error(`[bench] ${message}`);

export function machine(): Machine {
  const git = (...args: string[]) => {
    try {
      return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
    } catch {
      return '';
    }
  };
  const commit = git('rev-parse', '--short', 'HEAD') || 'unknown';
  // tests/support holds the graph generator and the engine wrappers that the benchmark runs on.
  const dirty = git(
    'status',
    '--porcelain',
    '--untracked-files=no',
    '--',
    'server',
    'cypher',
    'tests/bench',
    'tests/support',
  );
  return {
    cpu: cpus()[0]?.model ?? 'unknown CPU',
    cores: cpus().length,
    memoryBytes: totalmem(),
    node: process.versions.node,
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    commit: dirty ? `${commit} with uncommitted changes` : commit,
    // Other work on the machine (test runs, browsers) shifts every number; say how busy it was.
    load: loadavg()[0]!,
  };
}

/** A phase of the benchmark in its own process, so that its memory and event loop are its own. */
export function forkPhase(file: URL, args: string[], env: Record<string, string> = {}): ChildProcess {
  return fork(fileURLToPath(file), args, {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    // As `npm start` serves: graphql-js skips its development-mode checks in production.
    env: { ...process.env, NODE_ENV: 'production', ...env },
  });
}

export function nextMessage<T>(proc: ChildProcess, accept: (message: unknown) => message is T): Promise<T> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: unknown) => {
      if (!accept(message)) return;
      cleanup();
      resolve(message);
    };
    const onExit = (code: number | null) => {
      cleanup();
      reject(new Error(`child process exited with code ${code}`));
    };
    const cleanup = () => {
      proc.off('message', onMessage);
      proc.off('exit', onExit);
    };
    proc.on('message', onMessage);
    proc.on('exit', onExit);
  });
}

export const isType =
  <T extends { type: string }>(type: T['type']) =>
  (message: unknown): message is T =>
    typeof message === 'object' && message !== null && (message as { type?: unknown }).type === type;

/** Resolves once `proc` has exited (at once if it already has). */
export function exited(proc: ChildProcess): Promise<void> {
  return new Promise((resolve) =>
    proc.exitCode === null && proc.signalCode === null ? proc.once('exit', () => resolve()) : resolve(),
  );
}

/** One GraphQL request; an error in the answer is thrown, so that it counts as one. */
export async function post(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<unknown> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { errors?: { message: string }[]; data?: unknown };
  if (!response.ok || body.errors) throw new Error(body.errors?.[0]?.message ?? `HTTP ${response.status}`);
  return body.data;
}

/** What a serving phase's parent asks it: its memory, or to close. */
export type PhaseRequest = { type: 'memory' } | { type: 'close' };
export interface MemoryReply {
  type: 'memory';
  rssBytes: number;
  peakRssBytes: number;
}

/**
 * In a serving phase: answers the parent's requests for this process's memory, and on `close`
 * closes `server`, then what it serves from (`release`), and exits.
 */
export function answerParent(server: Server, release: () => Promise<void>): void {
  process.on('message', (message: PhaseRequest) => {
    switch (message.type) {
      case 'memory':
        process.send?.({
          type: 'memory',
          rssBytes: process.memoryUsage.rss(),
          peakRssBytes: process.resourceUsage().maxRSS * 1024,
        } satisfies MemoryReply);
        return;
      case 'close':
        server.closeAllConnections();
        server.close();
        void release().finally(() => process.exit(0));
    }
  });
}

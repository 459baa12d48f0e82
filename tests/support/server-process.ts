/**
 * The real server as a child process: `node --import tsx server/main.ts`, so that the pid is the
 * Node process that holds the database (no npx or tsx wrapper in between to absorb a signal).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface ServerProcess {
  child: ChildProcess;
  pid: number;
  url: string;
  /** Everything the process wrote to stdout and stderr so far. */
  output(): string;
  /** Resolves when the process has exited. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** A port nobody listens on right now, on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Starts the server on a free loopback port and returns at once: for a test that watches it start
 * (its Neo4j down, say), where /health may not answer 200 for a long time. `extraEnv` comes last.
 */
export async function spawnServer(
  dataDir: string,
  extraEnv: Record<string, string> = {},
): Promise<ServerProcess> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env };
  // Whatever the test runner injected is not for the child.
  delete env.NODE_OPTIONS;
  Object.assign(env, {
    PORT: String(port),
    HOST: '127.0.0.1',
    REDSTRING_DATA: dataDir,
    REDSTRING_STORE: 'embedded',
    REDSTRING_SEED: 'kursk',
    LOG_LEVEL: 'info',
    ...extraEnv,
  });
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  if (child.pid === undefined) throw new Error('the server process did not start');
  return {
    child,
    pid: child.pid,
    url: `http://127.0.0.1:${port}`,
    output: () => output,
    exited,
  };
}

/** Starts the server on a free loopback port and waits until /health answers 200. */
export async function startServer(
  dataDir: string,
  extraEnv: Record<string, string> = {},
): Promise<ServerProcess> {
  const server = await spawnServer(dataDir, extraEnv);
  const { child, output } = server;
  let gone = false;
  void server.exited.then(() => (gone = true));
  const deadline = Date.now() + 45_000;
  while (Date.now() < deadline) {
    if (gone) throw new Error(`the server exited before it was ready:\n${output()}`);
    try {
      const response = await fetch(`${server.url}/health`);
      if (response.status === 200) return server;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`the server did not answer /health within 45 s:\n${output()}`);
}

/**
 * Sends `signal` and waits for the exit, or gives up after `graceMs` (then kills it so nothing is
 * left behind) and reports `null`.
 */
export async function stopServer(
  server: ServerProcess,
  signal: NodeJS.Signals,
  graceMs = 15_000,
): Promise<{ code: number | null; signal: NodeJS.Signals | null } | null> {
  if (server.child.exitCode !== null || server.child.signalCode !== null) return server.exited;
  process.kill(server.pid, signal);
  let timer: NodeJS.Timeout | undefined;
  const result = await Promise.race([
    server.exited,
    new Promise<null>((resolve) => {
      timer = setTimeout(() => resolve(null), graceMs);
    }),
  ]);
  clearTimeout(timer);
  if (result === null) {
    process.kill(server.pid, 'SIGKILL');
    await server.exited;
  }
  return result;
}

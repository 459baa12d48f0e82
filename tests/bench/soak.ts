/**
 * `npm run bench -- --soak`: the load check of issue 13, "16 clients for 60 s with 0 errors". The
 * real server (`server/main.ts` as a child) serves the Kursk case; 16 clients ask what the
 * explorer asks (search, entity, neighbourhood, path, timeline, summary) with a few writes among
 * them, for `--seconds`. After 3 s of the mix unmeasured (warming), the `{ __typename }` floor is
 * measured, in the same run, with the same clients. With `--auth` the server runs with authentication
 * on and every request carries the first admin token it made, so the run also pays for checking it.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIRST_ADMIN_FILE } from '../../server/auth/first-admin.ts';
import { startServer, stopServer, type ServerProcess } from '../support/server-process.ts';
import { summarize, type Summary } from './stats.ts';

export interface SoakOptions {
  seconds: number;
  clients: number;
  auth: boolean;
}

interface Request {
  kind: string;
  query: string;
  variables: Record<string, unknown>;
}

const PEOPLE = ['sergei-shoigu', 'kim-jong-un', 'vladimir-putin', 'north-korea', 'kursk-region'];
const WORDS = ['shoig', 'Kim', 'DPRK', 'Kursk', 'Putin', 'Шойгу', 'korea'];

/** The i-th request of the mix: mostly reads, one write in twenty. */
function mixed(i: number): Request {
  const person = PEOPLE[i % PEOPLE.length]!;
  const other = PEOPLE[(i + 2) % PEOPLE.length]!;
  switch (i % 20) {
    case 0:
      return {
        kind: 'write',
        query: `mutation($input: EntityInput!) { upsertEntity(input: $input) { id } }`,
        // A handful of ids written over and over: the store does not grow with the run.
        variables: { input: { id: `soak-${i % 7}`, type: 'Person', name: `Soak Client ${i % 7}` } },
      };
    case 1:
    case 2:
    case 3:
    case 4:
      return {
        kind: 'search',
        query: `query($t: String!) { search(text: $t, first: 8) { score entity { id name type } } }`,
        variables: { t: WORDS[i % WORDS.length]! },
      };
    case 5:
    case 6:
    case 7:
      return {
        kind: 'entity',
        query: `query($id: ID!) { entity(id: $id) { id name aliases degree evidence { quote source { title } }
          relations(first: 100) { id type from { id name } to { id name } } } }`,
        variables: { id: person },
      };
    case 8:
    case 9:
    case 10:
      return {
        kind: 'neighborhood',
        query: `query($ids: [ID!]!) { neighborhood(ids: $ids, depth: 2, limit: 200) { truncated
          entities { id name type } relations { id type from { id } to { id } } } }`,
        variables: { ids: [person] },
      };
    case 11:
    case 12:
      return {
        kind: 'path',
        query: `query($from: ID!, $to: ID!) { shortestPath(from: $from, to: $to) { length
          entities { id name } relations { id type } } }`,
        variables: { from: person, to: other },
      };
    case 13:
    case 14:
    case 15:
      return {
        kind: 'timeline',
        query: `query { timeline(first: 100) { items { date relation { id type } entity { id } } } }`,
        variables: {},
      };
    default:
      return {
        kind: 'summary',
        query: `query { graphSummary { entityCount relationCount entityTypes { type count } } }`,
        variables: {},
      };
  }
}

const TYPENAME: Request = { kind: 'typename', query: '{ __typename }', variables: {} };

interface Phase {
  summary: Summary;
  byKind: Map<string, number[]>;
  errors: Map<string, number>;
}

/** `clients` loops asking `next(i)` until `ms` passed; each failure is counted by its kind. */
async function phase(
  server: ServerProcess,
  options: SoakOptions,
  ms: number,
  next: (i: number) => Request,
  token: string | null,
): Promise<Phase> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const samples: number[] = [];
  const byKind = new Map<string, number[]>();
  const errors = new Map<string, number>();
  const fail = (what: string) => errors.set(what, (errors.get(what) ?? 0) + 1);
  let counter = 0;
  const started = performance.now();
  const end = started + ms;
  const client = async () => {
    while (performance.now() < end) {
      const request = next(counter++);
      const t0 = performance.now();
      try {
        const response = await fetch(`${server.url}/graphql`, {
          method: 'POST',
          headers,
          body: JSON.stringify({ query: request.query, variables: request.variables }),
        });
        const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
        const elapsed = performance.now() - t0;
        if (response.status !== 200) fail(`${request.kind}: HTTP ${response.status}`);
        else if (body.errors?.length)
          fail(`${request.kind}: ${body.errors[0]?.extensions?.code ?? 'GraphQL error'}`);
        else {
          samples.push(elapsed);
          const kind = byKind.get(request.kind) ?? [];
          kind.push(elapsed);
          byKind.set(request.kind, kind);
        }
      } catch (error) {
        fail(`${request.kind}: ${error instanceof Error ? error.message : 'network error'}`);
      }
    }
  };
  await Promise.all(Array.from({ length: options.clients }, client));
  const failed = [...errors.values()].reduce((a, b) => a + b, 0);
  return { summary: summarize(samples, performance.now() - started, failed), byKind, errors };
}

/** The server's peak resident memory so far (Linux: VmHWM), in bytes, or NaN elsewhere. */
function peakRss(pid: number): number {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : NaN;
  } catch {
    return NaN;
  }
}

const f = (value: number) => value.toFixed(1);

function line(name: string, samples: readonly number[], elapsedMs: number): string {
  const s = summarize(samples, elapsedMs);
  return `| ${name} | ${s.count} | ${f(s.median)} | ${f(s.p95)} | ${f(s.p99)} |`;
}

export async function runSoak(options: SoakOptions): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'redstring-soak-'));
  const server = await startServer(dataDir, {
    LOG_LEVEL: 'warn',
    REDSTRING_AUTH: options.auth ? 'on' : 'off',
  });
  try {
    // The server wrote its first admin token there when it found none (server/auth/first-admin.ts).
    const token = options.auth ? readFileSync(join(dataDir, FIRST_ADMIN_FILE), 'utf8').trim() : null;
    // Unmeasured: the first requests pay for compiling and warming, which is not the floor.
    await phase(server, options, 3_000, mixed, token);
    const floorMs = Math.min(10_000, Math.max(2_000, options.seconds * 100));
    console.log(`soak: floor ({ __typename }) for ${floorMs / 1000} s with ${options.clients} clients`);
    const floor = await phase(server, options, floorMs, () => TYPENAME, token);
    console.log(`soak: the mix for ${options.seconds} s with ${options.clients} clients`);
    const mix = await phase(server, options, options.seconds * 1000, mixed, token);
    const errors = [...mix.errors].map(([what, count]) => `${what} × ${count}`);
    const rows = [
      `# Soak: ${options.clients} clients for ${options.seconds} s on the Kursk case${options.auth ? ' (authentication on)' : ''}`,
      '',
      `Requests: ${mix.summary.count + mix.summary.errors}, errors: ${mix.summary.errors}${errors.length ? ` (${errors.join('; ')})` : ''}; ${f(mix.summary.throughput)} answers/s.`,
      `Server peak RSS: ${(peakRss(server.pid) / 1024 / 1024).toFixed(0)} MiB.`,
      '',
      '| operation | answers | median ms | p95 ms | p99 ms |',
      '| --- | ---: | ---: | ---: | ---: |',
      line('floor: { __typename }', floor.byKind.get('typename') ?? [], floorMs),
      line('the whole mix', [...mix.byKind.values()].flat(), options.seconds * 1000),
      ...[...mix.byKind].map(([kind, samples]) => line(kind, samples, options.seconds * 1000)),
    ];
    console.log(rows.join('\n'));
    if (floor.summary.errors > 0 || mix.summary.errors > 0) process.exitCode = 1;
  } finally {
    await stopServer(server, 'SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  }
}

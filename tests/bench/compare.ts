/**
 * `npm run bench -- --compare <git ref>`: this checkout against another commit, on the same
 * generated graph, in one sitting. Both servers run at once, each on its own copy of the database
 * (the file is locked by the process that opens it), and every operation is measured in
 * alternating windows (ABBA, BAAB, ...), so that drift in the machine's speed (other work, thermal
 * state, the order of runs) falls on both sides alike. The `{ __typename }` row shows how much the
 * two sides differ when they do the same thing: a ratio further from 1 than that row's spread is
 * a real difference.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { GraphSize } from '../support/generate.ts';
import { forkPhase, isType, log, machine, nextMessage, post } from './processes.ts';
import { machineLine, ms } from './report.ts';
import type { ReadyMessage, ServeRequest } from './serve-phase.ts';
import { collectLoad, summarize, type LoadOptions, type Summary } from './stats.ts';
import { DOCUMENTS, QUERY_LABELS, variablesFor, type Inputs, type QueryKind } from './workload.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface CompareOptions {
  size: GraphSize;
  /** The database a `--keep` run (or this run's import) left. */
  dir: string;
  inputs: Inputs;
  /** A commit, branch or tag of this repository. */
  ref: string;
  kinds: readonly QueryKind[];
  /** Measured time per side, per operation and concurrency, split over the rounds. */
  windowMs: number;
  rounds: number;
}

interface Side {
  label: string;
  url: string;
  close(): Promise<void>;
}

/** The other commit's serving phase, from a detached worktree, on a copy of the database. */
async function startSide(label: string, root: string, dir: string): Promise<Side> {
  const server = forkPhase(pathToFileURL(join(root, 'tests/bench/serve-phase.ts')), [dir]);
  const ready = await nextMessage(server, isType<ReadyMessage>('ready'));
  return {
    label,
    url: ready.url,
    close: async () => {
      server.send({ type: 'close' } satisfies ServeRequest);
      await new Promise((resolve) =>
        server.exitCode === null ? server.once('exit', resolve) : resolve(null),
      );
    },
  };
}

function worktreeOf(ref: string): { root: string; commit: string; remove(): void } {
  const commit = execFileSync('git', ['rev-parse', '--short', `${ref}^{commit}`], {
    cwd: ROOT,
    encoding: 'utf8',
  }).trim();
  const root = mkdtempSync(join(tmpdir(), `redstring-compare-${commit}-`));
  execFileSync('git', ['worktree', 'add', '--detach', '--force', root, commit], {
    cwd: ROOT,
    stdio: 'ignore',
  });
  // The same dependencies: a comparison of our code, not of two installs.
  symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'));
  return {
    root,
    commit,
    remove: () =>
      execFileSync('git', ['worktree', 'remove', '--force', root], { cwd: ROOT, stdio: 'ignore' }),
  };
}

interface Row {
  label: string;
  concurrency: number;
  here: Summary;
  there: Summary;
  /** This checkout's median over the other's, per round. */
  roundRatios: number[];
}

export async function runCompare(options: CompareOptions): Promise<string> {
  if (!existsSync(options.dir)) throw new Error(`no database in ${options.dir}`);
  const other = worktreeOf(options.ref);
  const copy = `${options.dir}-compare`;
  rmSync(copy, { recursive: true, force: true });
  cpSync(options.dir, copy, { recursive: true });
  const sides: Side[] = [];
  try {
    sides.push(await startSide('this checkout', ROOT, options.dir));
    sides.push(await startSide(other.commit, other.root, copy));
    const [here, there] = sides as [Side, Side];
    log(`compare: both sides serving (${here.url}, ${there.url})`);
    const rows: Row[] = [];
    const jobs: { label: string; kind: QueryKind | 'typename' }[] = [
      { label: '`{ __typename }` (request floor)', kind: 'typename' },
      ...options.kinds.map((kind) => ({ label: QUERY_LABELS[kind], kind })),
    ];
    for (const concurrency of [1, 8]) {
      for (const { label, kind } of jobs) {
        const load: LoadOptions = {
          concurrency,
          maxOps: concurrency === 1 ? 200 : 600,
          maxMs: options.windowMs / options.rounds,
          warmup: 5,
        };
        const samples = { here: [] as number[], there: [] as number[] };
        const elapsed = { here: 0, there: 0 };
        const errors = { here: 0, there: 0 };
        const roundRatios: number[] = [];
        // Every side runs the same inputs in the same order; the request index goes on across rounds.
        let offset = 0;
        for (let round = 0; round < options.rounds; round++) {
          const order = round % 2 === 0 ? (['here', 'there'] as const) : (['there', 'here'] as const);
          const medians: Record<'here' | 'there', number> = { here: NaN, there: NaN };
          for (const which of order) {
            const side = which === 'here' ? here : there;
            const result = await collectLoad(
              (i) =>
                post(
                  side.url,
                  DOCUMENTS[kind],
                  kind === 'typename' ? {} : variablesFor(kind, options.inputs, offset + i),
                ).then(() => undefined),
              load,
            );
            samples[which].push(...result.samples);
            elapsed[which] += result.elapsedMs;
            errors[which] += result.errors;
            medians[which] = summarize(result.samples, result.elapsedMs).median;
          }
          roundRatios.push(medians.here / medians.there);
          offset += load.maxOps + load.warmup;
        }
        const row: Row = {
          label,
          concurrency,
          here: summarize(samples.here, elapsed.here, errors.here),
          there: summarize(samples.there, elapsed.there, errors.there),
          roundRatios,
        };
        rows.push(row);
        log(`compare: ${kind} c${concurrency}: ${ms(row.here.median)} vs ${ms(row.there.median)} ms`);
      }
    }
    return report(options, other.commit, rows);
  } finally {
    for (const side of sides) await side.close();
    rmSync(copy, { recursive: true, force: true });
    other.remove();
  }
}

function report(options: CompareOptions, commit: string, rows: readonly Row[]): string {
  const ratio = (a: number, b: number) => (Number.isFinite(a / b) ? `${(a / b).toFixed(2)}×` : '–');
  const spread = (values: readonly number[]) => {
    const finite = values.filter(Number.isFinite);
    return finite.length === 0 ? '–' : `${Math.min(...finite).toFixed(2)}–${Math.max(...finite).toFixed(2)}`;
  };
  return [
    `## ${options.size.name}: this checkout against ${commit === options.ref ? commit : `${commit} (${options.ref})`}, ${options.rounds} alternating rounds: ${machineLine(machine())}`,
    '',
    'Ratios are this checkout over the other: below 1 is faster here. The spread is the range of the per-round median ratios; the request floor shows how far two equal sides drift apart.',
    '',
    `| operation | conc. | here median / p95 ms | ${commit} median / p95 ms | here req/s | ${commit} req/s | median ratio | round spread | throughput ratio | errors |`,
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map(
      (r) =>
        `| ${r.label} | ${r.concurrency} | ${ms(r.here.median)} / ${ms(r.here.p95)} | ${ms(r.there.median)} / ${ms(r.there.p95)} | ${Math.round(r.here.throughput)} | ${Math.round(r.there.throughput)} | ${ratio(r.here.median, r.there.median)} | ${spread(r.roundRatios)} | ${ratio(r.here.throughput, r.there.throughput)} | ${r.here.errors} / ${r.there.errors} |`,
    ),
    '',
  ].join('\n');
}

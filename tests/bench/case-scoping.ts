/**
 * `npm run bench -- --size large --beside 100000`: what case scoping costs (issue 15, item 8).
 *
 * The same generated graph is imported into the case `case-1` of two stores: one holding that case
 * alone, one with another case beside it (`beside`, a generated graph of `--beside` entities and
 * five relations per entity, another seed, and so the same entity, relation and source ids as the
 * measured case: ids unique per case, not per store, is the hard case for every lookup by id).
 * Both stores are served at once and every operation runs in alternating windows (ABBA, BAAB, …),
 * as compare.ts does for two commits, so that the machine's drift falls on both sides alike; the
 * raw-engine baseline runs the same way in each server. The ratio beside ÷ alone is what the
 * foreign case costs each operation.
 *
 * The beside case is imported before the measured one when the measured import can run as one
 * transaction in this machine's memory (medium and below): the bulk loader needs a database
 * without any entity or source, so with a case beside it the store takes the one-transaction path,
 * and the report gives that import beside the same import into an empty store both ways. At
 * large, one transaction of 5M relations would need ~25 GB, so the beside store is a copy of the
 * alone store with the beside case imported after it; its import is then not measured.
 */
import type { ChildProcess } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GraphSize } from '../support/generate.ts';
import { CASE_DOCUMENTS, type CaseDocumentKind } from './case-documents.ts';
import type { CaseImportResult } from './case-import-phase.ts';
import {
  caseScopingSection,
  type CaseScopingResult,
  type RawRow,
  type ScopingRow,
} from './case-scoping-report.ts';
import { forkPhase, isType, log, machine, nextMessage, post } from './processes.ts';
import type { ReadyMessage, ServeReply, ServeRequest } from './serve-phase.ts';
import { collectLoad, summarize, type LoadOptions, type Summary } from './stats.ts';
import { QUERY_KINDS, variablesFor, type Inputs, type QueryKind } from './workload.ts';

/** The measured case, in both stores. */
export const MEASURED_CASE = 'case-1';
/** The foreign case beside it. */
export const BESIDE_CASE = 'beside';
/** Above this many relations the measured import cannot be one transaction here (see the top). */
const ONE_TRANSACTION_MAX_RELATIONS = 1_000_000;

export interface CaseScopingOptions {
  size: GraphSize;
  seed: number;
  /** Entities of the case beside; it gets five relations per entity, as the bench's sizes do. */
  besideEntities: number;
  inputs: Inputs;
  /** Measured time per side, per operation and concurrency, split over the rounds. */
  windowMs: number;
  rounds: number;
  keep: boolean;
  /** Serve the stores a `--keep` run left, with that run's import numbers (after a change to serving). */
  reuse: boolean;
  resultsDir: string;
}

interface Side {
  name: 'alone' | 'beside';
  url: string;
  ready: ReadyMessage;
  process: ChildProcess;
}

const importPhase = (args: string[]) =>
  forkPhase(new URL('./case-import-phase.ts', import.meta.url), args, { REDSTRING_BENCH_PLAIN: '0' });

async function caseImport(args: string[]): Promise<CaseImportResult> {
  const child = importPhase(args);
  const result = await nextMessage(child, isType<CaseImportResult>('case-import'));
  await new Promise((resolve) => (child.exitCode === null ? child.once('exit', resolve) : resolve(null)));
  log(
    `case scoping: ${result.relations} relations into ${result.caseId} (${result.path}) in ${(result.importMs / 1000).toFixed(1)} s`,
  );
  return result;
}

async function serve(name: Side['name'], dir: string): Promise<Side> {
  const child = forkPhase(new URL('./serve-phase.ts', import.meta.url), [dir, MEASURED_CASE], {
    REDSTRING_BENCH_PLAIN: '0',
  });
  const ready = await nextMessage(child, isType<ReadyMessage>('ready'));
  log(`case scoping: ${name} serving, store opened in ${(ready.storeOpenMs / 1000).toFixed(1)} s`);
  return { name, url: ready.url, ready, process: child };
}

function ask<T extends ServeReply>(side: Side, request: ServeRequest, type: T['type']): Promise<T> {
  const reply = nextMessage(side.process, isType<T>(type));
  side.process.send(request);
  return reply;
}

const memoryOf = (side: Side) =>
  ask<Extract<ServeReply, { type: 'memory' }>>(side, { type: 'memory' }, 'memory');

async function close(side: Side): Promise<void> {
  side.process.send({ type: 'close' } satisfies ServeRequest);
  await new Promise((resolve) =>
    side.process.exitCode === null ? side.process.once('exit', resolve) : resolve(null),
  );
}

function request(side: Side, kind: CaseDocumentKind, inputs: Inputs, i: number): Promise<unknown> {
  const variables = kind === 'typename' ? {} : kind === 'summary' ? {} : variablesFor(kind, inputs, i);
  return post(
    side.url,
    CASE_DOCUMENTS[kind],
    kind === 'typename' ? {} : { ...variables, caseId: MEASURED_CASE },
  );
}

/** Both sides in alternating windows; samples pooled per side, one ratio per round. */
async function alternate(
  sides: readonly [Side, Side],
  kind: CaseDocumentKind,
  concurrency: number,
  options: CaseScopingOptions,
): Promise<ScopingRow> {
  const load: LoadOptions = {
    concurrency,
    maxOps: concurrency === 1 ? 200 : 600,
    maxMs: options.windowMs / options.rounds,
    warmup: 5,
  };
  const pooled = { alone: [] as number[], beside: [] as number[] };
  const elapsed = { alone: 0, beside: 0 };
  const errors = { alone: 0, beside: 0 };
  const roundRatios: number[] = [];
  // Both sides get the same inputs in the same order; the request index goes on across rounds.
  let offset = 0;
  for (let round = 0; round < options.rounds; round++) {
    const order = round % 2 === 0 ? sides : ([sides[1], sides[0]] as const);
    const medians = { alone: NaN, beside: NaN };
    for (const side of order) {
      const result = await collectLoad(
        (i) => request(side, kind, options.inputs, offset + i).then(() => undefined),
        load,
      );
      pooled[side.name].push(...result.samples);
      elapsed[side.name] += result.elapsedMs;
      errors[side.name] += result.errors;
      medians[side.name] = summarize(result.samples, result.elapsedMs).median;
    }
    roundRatios.push(medians.beside / medians.alone);
    offset += load.maxOps + load.warmup;
  }
  return {
    kind,
    concurrency,
    alone: summarize(pooled.alone, elapsed.alone, errors.alone),
    beside: summarize(pooled.beside, elapsed.beside, errors.beside),
    roundRatios,
  };
}

/** The raw-engine baseline in each server, alternating too; each round gives one summary per side. */
async function alternateRaw(
  sides: readonly [Side, Side],
  kind: QueryKind,
  options: CaseScopingOptions,
): Promise<RawRow> {
  const load: LoadOptions = {
    concurrency: 1,
    maxOps: 200,
    maxMs: options.windowMs / options.rounds,
    warmup: 5,
  };
  const rounds = { alone: [] as Summary[], beside: [] as Summary[] };
  for (let round = 0; round < options.rounds; round++) {
    const order = round % 2 === 0 ? sides : ([sides[1], sides[0]] as const);
    for (const side of order) {
      const reply = await ask<Extract<ServeReply, { type: 'raw' }>>(
        side,
        { type: 'raw', kind, inputs: options.inputs, options: load },
        'raw',
      );
      rounds[side.name].push(reply.summary);
    }
  }
  return { kind, alone: rounds.alone, beside: rounds.beside };
}

/** How often the cost of a write in the other case is measured; the median is reported. */
const FOREIGN_WRITES = 3;

/** One entity written into the foreign case, through the API (the server runs without authentication). */
const FOREIGN_WRITE = `mutation ForeignWrite($id: ID!) {
  upsertEntity(case: "${BESIDE_CASE}", input: { id: $id, type: "Person", name: "Bench write" }) { id }
}`;

/**
 * What the measured case's kept values (the timeline's order, the summary) cost after a write in
 * the other case: on the beside side the request right after such a write, on the alone side the
 * same request with nothing written (there is no other case to write to). Run last: it changes
 * the beside store.
 */
async function afterForeignWrite(sides: readonly [Side, Side], kind: 'timeline' | 'summary', inputs: Inputs) {
  const samples = { alone: [] as number[], beside: [] as number[] };
  for (let i = 0; i < FOREIGN_WRITES; i++) {
    await post(sides[1].url, FOREIGN_WRITE, { id: `bench-foreign-${kind}-${i}` });
    for (const side of sides) {
      const started = performance.now();
      await request(side, kind, inputs, 0);
      samples[side.name].push(performance.now() - started);
    }
  }
  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  return { alone: median(samples.alone), beside: median(samples.beside) };
}

/** A one-off request on each side (the first timeline page, the first summary): alone first. */
async function once(sides: readonly [Side, Side], kind: CaseDocumentKind, inputs: Inputs) {
  const timed = async (side: Side) => {
    const started = performance.now();
    await request(side, kind, inputs, 0);
    return performance.now() - started;
  };
  return { alone: await timed(sides[0]), beside: await timed(sides[1]) };
}

/** Imports the measured case alone, and both cases into the beside store (see the top for the order). */
async function importBoth(
  dirs: { alone: string; beside: string; transaction: string },
  measured: readonly string[],
  foreign: readonly string[],
  besideFirst: boolean,
): Promise<CaseScopingResult['imports']> {
  const alone = await caseImport([dirs.alone, MEASURED_CASE, ...measured, 'bulk', 'fresh']);
  if (!besideFirst) {
    rmSync(dirs.beside, { recursive: true, force: true });
    cpSync(dirs.alone, dirs.beside, { recursive: true });
    const besideCase = await caseImport([dirs.beside, BESIDE_CASE, ...foreign, 'bulk']);
    return { alone, aloneTransaction: null, besideCase, measuredBeside: null };
  }
  // The like-for-like baseline of the beside store's import: the same path into an empty store.
  const aloneTransaction = await caseImport([
    dirs.transaction,
    MEASURED_CASE,
    ...measured,
    'transaction',
    'fresh',
  ]);
  rmSync(dirs.transaction, { recursive: true, force: true });
  const besideCase = await caseImport([dirs.beside, BESIDE_CASE, ...foreign, 'bulk', 'fresh']);
  const measuredBeside = await caseImport([dirs.beside, MEASURED_CASE, ...measured, 'bulk']);
  return { alone, aloneTransaction, besideCase, measuredBeside };
}

export async function runCaseScoping(options: CaseScopingOptions): Promise<string> {
  const { size, seed } = options;
  const besideRelations = options.besideEntities * 5;
  const base = join(tmpdir(), `redstring-bench-${size.name}-cases`);
  const dirs = { alone: `${base}-alone`, beside: `${base}-beside`, transaction: `${base}-transaction` };
  const measured = [String(size.entities), String(size.relations), String(seed)];
  // Another seed: other names, types and relations under the same ids.
  const foreign = [String(options.besideEntities), String(besideRelations), String(seed + 1)];
  const besideFirst = size.relations <= ONE_TRANSACTION_MAX_RELATIONS;

  const resultFile = join(options.resultsDir, `case-scoping-${size.name}.json`);
  const previous = existsSync(resultFile)
    ? (JSON.parse(readFileSync(resultFile, 'utf8')) as CaseScopingResult)
    : null;
  const reuse =
    options.reuse &&
    previous !== null &&
    previous.besideEntities === options.besideEntities &&
    existsSync(dirs.alone) &&
    existsSync(dirs.beside);
  if (reuse) log(`case scoping: reusing ${dirs.alone} and ${dirs.beside}, imported ${previous.machine.date}`);
  const imports = reuse ? previous.imports : await importBoth(dirs, measured, foreign, besideFirst);

  // One after the other, so that the two opens do not share the two cores.
  const sides: Side[] = [];
  try {
    sides.push(await serve('alone', dirs.alone));
    sides.push(await serve('beside', dirs.beside));
    const pair = sides as [Side, Side];
    // Every operation once on each side, so that a broken document fails the run here.
    const firstTimeline = await once(pair, 'timeline', options.inputs);
    const firstSummary = await once(pair, 'summary', options.inputs);
    for (const kind of QUERY_KINDS) for (const side of pair) await request(side, kind, options.inputs, 0);
    log('case scoping: every operation answered on both sides');

    const kinds: CaseDocumentKind[] = ['typename', ...QUERY_KINDS, 'summary'];
    const api: ScopingRow[] = [];
    for (const concurrency of [1, 8]) {
      for (const kind of kinds) {
        // Eight clients of an operation that takes seconds would only queue behind each other.
        const c1 = api.find((row) => row.kind === kind && row.concurrency === 1);
        if (concurrency === 8 && c1 && c1.alone.median > 1_000) continue;
        const row = await alternate(pair, kind, concurrency, options);
        api.push(row);
        log(
          `case scoping: ${kind} c${concurrency}: alone ${row.alone.median.toFixed(1)} ms, beside ${row.beside.median.toFixed(1)} ms`,
        );
      }
    }
    const memory = { alone: await memoryOf(pair[0]), beside: await memoryOf(pair[1]) };
    const raw: RawRow[] = [];
    for (const kind of QUERY_KINDS) {
      raw.push(await alternateRaw(pair, kind, options));
      log(`case scoping: raw ${kind} done`);
    }
    const foreignWrite = {
      timeline: await afterForeignWrite(pair, 'timeline', options.inputs),
      summary: await afterForeignWrite(pair, 'summary', options.inputs),
    };
    log('case scoping: after writes in the other case, done');
    const result: CaseScopingResult = {
      size: size.name,
      entities: size.entities,
      relations: size.relations,
      besideEntities: options.besideEntities,
      besideRelations,
      besideFirst,
      machine: machine(),
      rounds: options.rounds,
      windowMs: options.windowMs,
      imports,
      reopen: {
        alone: pair[0].ready,
        beside: pair[1].ready,
      },
      firstTimeline,
      firstSummary,
      foreignWrite,
      serving: {
        alone: memory.alone.peakRssBytes,
        beside: memory.beside.peakRssBytes,
      },
      api,
      raw,
    };
    writeFileSync(resultFile, `${JSON.stringify(result, null, 2)}\n`);
    return caseScopingSection(result);
  } finally {
    for (const side of sides) await close(side);
    if (!options.keep && !options.reuse)
      for (const dir of Object.values(dirs)) rmSync(dir, { recursive: true, force: true });
  }
}

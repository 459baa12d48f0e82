/**
 * `npm run bench -- --store neo4j`: Redstring on Neo4j, side by side, in one run. For one graph
 * (medium by default, `--size large` for 1M entities and 5M relations) and one set of inputs:
 *
 * 1. Redstring on its embedded engine (import-phase.ts, serve-phase.ts: the existing benchmark's
 *    phases), through its API, for the Neo4j ÷ embedded ratio;
 * 2. a Neo4j of the benchmark's own (fresh folder, free port, never 7687), loaded through
 *    Redstring's importer (neo4j-import-phase.ts);
 * 3. the same questions through Redstring's GraphQL on that Neo4j (neo4j-serve-phase.ts), as raw
 *    Cypher through neo4j-driver (neo4j-raw.ts), and through @neo4j/graphql
 *    (neo4j-graphql-phase.ts), each way's answers checked against Redstring's;
 * 4. memory of the three processes, then a restart of Neo4j on the same folder, timed to the
 *    first answer Redstring gives.
 *
 * Writes bench-results/neo4j-<size>.json and bench-results/neo4j.md (every size's latest).
 *
 *   npm run bench -- --store neo4j                          medium
 *   npm run bench -- --store neo4j --size large             large (heap 8g, page cache 4g)
 *   npm run bench -- --store neo4j --heap 6g --page-cache 3g
 *   npm run bench -- --store neo4j --no-embedded            Neo4j only (no ratio to the embedded engine)
 *   npm run bench -- --store neo4j --keep                   keep the Neo4j folder in $TMPDIR
 *   npm run bench -- --store neo4j --neo4j-import bulk      import with the prototype Neo4j bulk
 *                                       loader (the default at large; one transaction otherwise)
 *   npm run bench -- --store neo4j --neo4j-uri bolt://127.0.0.1:7699
 *                                       a running Neo4j: imported into when empty, else read as is
 *                                       (no restart, no JVM memory)
 *   npm run bench -- --store neo4j --only neighborhood2,among    these questions, printed, not written
 */
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GraphGenerator, SIZES, type GraphSize } from '../support/generate.ts';
import type { ImportResult } from './import-phase.ts';
import { agreement, ngqlAnswer, redstringAnswer, type Agreement, type Answer } from './neo4j-answers.ts';
import type { NgqlReadyMessage } from './neo4j-graphql-phase.ts';
import type { Neo4jImportResult } from './neo4j-import-phase.ts';
import { RawNeo4j, STATEMENT_KINDS } from './neo4j-raw.ts';
import { neo4jDocument, neo4jSection, type Levels, type Neo4jSizeResult } from './neo4j-report.ts';
import type { Neo4jReadyMessage } from './neo4j-serve-phase.ts';
import { diskUsage, processMemory, startBenchNeo4j, type BenchNeo4j } from './neo4j-server.ts';
import { DIRECT, NGQL_DOCUMENTS, ngqlVariables } from './neo4j-workload.ts';
import {
  exited,
  forkPhase,
  isType,
  log,
  machine,
  nextMessage,
  post,
  type MemoryReply,
  type PhaseRequest,
} from './processes.ts';
import type { ReadyMessage, ServeReply, ServeRequest } from './serve-phase.ts';
import { runLoad, type LoadOptions, type Summary } from './stats.ts';
import { DOCUMENTS, QUERY_KINDS, makeInputs, variablesFor, type Inputs, type QueryKind } from './workload.ts';

const RESULTS = fileURLToPath(new URL('../../bench-results/', import.meta.url));

export interface Neo4jBenchOptions {
  sizes: string[];
  seed: number;
  windowMs: number;
  /** A running Neo4j instead of the benchmark's own. */
  uri: string | null;
  heap: string | null;
  pageCache: string | null;
  keep: boolean;
  /** Also measure the embedded engine on the same graph (the Neo4j ÷ embedded ratio). */
  embedded: boolean;
  /** How Redstring imports into Neo4j (neo4j-import-phase.ts); by size when null. */
  importMode: 'transaction' | 'bulk' | null;
  only: readonly QueryKind[] | null;
}

/**
 * Heap and page cache per size. The import is one transaction, whose state Neo4j holds on the
 * heap until it commits; the page cache holds the store files (the graph's, about 1 GB per
 * million relations with their evidence).
 */
const MEMORY: Record<GraphSize['name'], { heap: string; pageCache: string }> = {
  small: { heap: '2g', pageCache: '1g' },
  medium: { heap: '6g', pageCache: '2g' },
  large: { heap: '8g', pageCache: '4g' },
};

/** How many inputs of each question the three ways are compared on, and for how long at most. */
const COMPARED = 30;
const COMPARE_MS = 20_000;

const skipped: Summary = { count: 0, errors: 0, median: NaN, p95: NaN, p99: NaN, throughput: 0 };

function load(concurrency: number, windowMs: number): LoadOptions {
  return { concurrency, maxOps: concurrency === 1 ? 400 : 1_200, maxMs: windowMs, warmup: 10 };
}

/** c1, then c8 unless one request takes over a second (eight would only queue behind each other). */
async function levels(op: (i: number) => Promise<void>, windowMs: number): Promise<Levels> {
  const c1 = await runLoad(op, load(1, windowMs));
  const c8 = c1.median > 1_000 ? skipped : await runLoad(op, load(8, windowMs));
  return { c1, c8 };
}

const jvmMemory = (neo4j: BenchNeo4j | null) => (neo4j ? processMemory(neo4j.javaPid) : null);

/** Redstring on the embedded engine, same graph and inputs, through its API: the existing phases. */
async function embeddedRun(
  size: GraphSize,
  seed: number,
  inputs: Inputs,
  kinds: readonly QueryKind[],
  windowMs: number,
): Promise<NonNullable<Neo4jSizeResult['embedded']>> {
  const dir = join(tmpdir(), `redstring-bench-neo4j-embedded-${size.name}`);
  const phase = (file: string, args: string[]) => forkPhase(new URL(file, import.meta.url), args);
  log(`${size.name}: embedded engine: importing`);
  const importer = phase('./import-phase.ts', [size.name, String(seed), dir]);
  const imported = await nextMessage(importer, isType<ImportResult>('import'));
  await exited(importer);
  const server = phase('./serve-phase.ts', [dir]);
  try {
    const ready = await nextMessage(server, isType<ReadyMessage>('ready'));
    log(`${size.name}: embedded engine: serving; measuring ${kinds.join(', ')}`);
    // Every question once (the first timeline page builds the timeline index, not measured here).
    for (const kind of kinds) await post(ready.url, DOCUMENTS[kind], variablesFor(kind, inputs, 0));
    const api: Partial<Record<QueryKind, Levels>> = {};
    for (const kind of kinds) {
      api[kind] = await levels(
        (i) => post(ready.url, DOCUMENTS[kind], variablesFor(kind, inputs, i)).then(() => undefined),
        windowMs,
      );
      log(`${size.name}: embedded ${kind}: p95 ${api[kind].c1.p95.toFixed(1)} ms`);
    }
    const reply = nextMessage(server, isType<Extract<ServeReply, { type: 'memory' }>>('memory'));
    server.send({ type: 'memory' } satisfies ServeRequest);
    const memory = await reply;
    return {
      importMs: imported.importMs,
      generateMs: imported.generateMs,
      importPeakRssBytes: imported.peakRssBytes,
      reopenMs: ready.engineOpenMs + ready.storeOpenMs,
      warmUpMs: ready.warmUpMs,
      peakRssBytes: memory.peakRssBytes,
      api,
    };
  } finally {
    server.send({ type: 'close' } satisfies ServeRequest);
    await exited(server);
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A child that answers `memory` requests (both GraphQL servers). */
async function memoryOf(proc: ChildProcess): Promise<{ rssBytes: number; peakRssBytes: number }> {
  const reply = nextMessage(proc, isType<MemoryReply>('memory'));
  proc.send({ type: 'memory' } satisfies PhaseRequest);
  const { rssBytes, peakRssBytes } = await reply;
  return { rssBytes, peakRssBytes };
}

/** Compares each way's answers with Redstring's on the first inputs, within a time bound per way. */
async function compare(
  kind: QueryKind,
  redstring: (i: number) => Promise<Answer>,
  other: (i: number) => Promise<Answer>,
  inputs: Inputs,
): Promise<Agreement> {
  const pairs: { input: string; reference: Answer; other: Answer }[] = [];
  let errors = 0;
  let firstError: string | undefined;
  const deadline = performance.now() + COMPARE_MS;
  for (let i = 0; i < COMPARED && performance.now() < deadline; i++) {
    const reference = await redstring(i);
    try {
      pairs.push({
        input: JSON.stringify(variablesFor(kind, inputs, i)).slice(0, 80),
        reference,
        other: await other(i),
      });
    } catch (error) {
      errors++;
      firstError ??= error instanceof Error ? error.message : String(error);
    }
  }
  return agreement(kind, pairs, errors, firstError);
}

/** Redstring's import into the (empty) Neo4j at `uri`, in its own process, with what it cost Neo4j. */
async function importGraph(
  size: GraphSize,
  seed: number,
  uri: string,
  neo4j: BenchNeo4j | null,
  mode: 'transaction' | 'bulk',
  raw: RawNeo4j,
): Promise<NonNullable<Neo4jSizeResult['import']>> {
  const importer = forkPhase(new URL('./neo4j-import-phase.ts', import.meta.url), [
    size.name,
    String(seed),
    uri,
    mode,
  ]);
  // How much heap Neo4j holds for the import's transactions, polled while it runs: in one
  // transaction, Neo4j keeps its whole state until the commit (what sets the heap it needs).
  let txHeapBytes = 0;
  let polling = true;
  const poll = (async () => {
    while (polling) {
      await raw
        .run('SHOW TRANSACTIONS YIELD estimatedUsedHeapMemory AS heap RETURN max(heap) AS heap', {})
        .then((rows) => (txHeapBytes = Math.max(txHeapBytes, Number(rows[0]?.heap ?? 0))))
        .catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, 2_000));
    }
  })();
  const result = await nextMessage(importer, isType<Neo4jImportResult>('neo4j-import')).finally(() => {
    polling = false;
  });
  await exited(importer);
  await poll;
  const jvm = jvmMemory(neo4j);
  return {
    mode,
    importMs: result.importMs,
    generateMs: result.generateMs,
    relationsPerSecond: result.relations / ((result.importMs - result.generateMs) / 1000),
    evidence: result.evidence,
    importerPeakRssBytes: result.peakRssBytes,
    txHeapBytes,
    jvmRssBytes: jvm?.rssBytes ?? null,
    jvmPeakRssBytes: jvm?.peakRssBytes ?? null,
  };
}

async function benchSize(size: GraphSize, options: Neo4jBenchOptions): Promise<Neo4jSizeResult | null> {
  const loadAtStart = loadavg()[0]!;
  const gen = new GraphGenerator(size, options.seed);
  log(`${size.name}: building adjacency arrays and inputs`);
  const inputs = makeInputs(gen, gen.adjacency());
  const kinds = options.only ?? QUERY_KINDS;

  const embedded =
    options.embedded && !options.only
      ? await embeddedRun(size, options.seed, inputs, kinds, options.windowMs)
      : null;

  // Neo4j: the benchmark's own unless --neo4j-uri names one.
  const memory = {
    heap: options.heap ?? MEMORY[size.name].heap,
    pageCache: options.pageCache ?? MEMORY[size.name].pageCache,
  };
  const dataDir = join(tmpdir(), `redstring-bench-neo4j-${size.name}`);
  let neo4j: BenchNeo4j | null = null;
  let uri = options.uri;
  let startMs: number | null = null;
  if (!uri) {
    rmSync(dataDir, { recursive: true, force: true });
    mkdirSync(dataDir, { recursive: true });
    log(`${size.name}: starting Neo4j in ${dataDir} (heap ${memory.heap}, page cache ${memory.pageCache})`);
    neo4j = await startBenchNeo4j({ dataDir, ...memory });
    uri = neo4j.uri;
    startMs = neo4j.startMs;
  }
  const raw = new RawNeo4j(uri);
  const children: ChildProcess[] = [];
  try {
    const stored = Number((await raw.run('MATCH (n:Entity) RETURN count(n) AS count', {}))[0]?.count ?? 0);
    let imported: Neo4jSizeResult['import'] = null;
    // One transaction cannot hold the large graph here (neo4j-bulk-loader.ts says why).
    const importMode = options.importMode ?? (size.name === 'large' ? 'bulk' : 'transaction');
    if (stored === 0) {
      log(`${size.name}: importing into Neo4j through Redstring (${importMode})`);
      imported = await importGraph(size, options.seed, uri, neo4j, importMode, raw);
      log(
        `${size.name}: imported in ${(imported.importMs / 1000).toFixed(1)} s (${Math.round(imported.relationsPerSecond)} relations/s)`,
      );
    } else if (stored !== size.entities) {
      throw new Error(
        `the Neo4j at ${uri} holds ${stored} entities, not the ${size.entities} of ${size.name}`,
      );
    } else log(`${size.name}: the Neo4j at ${uri} holds the graph already: not importing`);
    const diskBytes = neo4j && existsSync(dataDir) ? diskUsage(dataDir) : null;

    const server = forkPhase(new URL('./neo4j-serve-phase.ts', import.meta.url), [uri]);
    children.push(server);
    const ready = await nextMessage(server, isType<Neo4jReadyMessage>('ready'));
    const ngqlServer = forkPhase(new URL('./neo4j-graphql-phase.ts', import.meta.url), [uri]);
    children.push(ngqlServer);
    const ngqlReady = await nextMessage(ngqlServer, isType<NgqlReadyMessage>('ready'));
    log(
      `${size.name}: Redstring opened on Neo4j in ${(ready.storeOpenMs / 1000).toFixed(1)} s; @neo4j/graphql schema in ${ngqlReady.schemaMs.toFixed(0)} ms`,
    );

    const redstring = (kind: QueryKind) => (i: number) =>
      post(ready.url, DOCUMENTS[kind], variablesFor(kind, inputs, i));
    const ngql = (kind: QueryKind) => (i: number) =>
      post(ngqlReady.url, NGQL_DOCUMENTS[kind]!, ngqlVariables(kind, inputs, i));
    const hasDirect = (kind: QueryKind) => DIRECT[kind] !== undefined;
    const hasStatements = (kind: QueryKind) => STATEMENT_KINDS.includes(kind);
    const ngqlErrors: Neo4jSizeResult['ngqlErrors'] = {};
    const hasNgql = (kind: QueryKind) => NGQL_DOCUMENTS[kind] !== undefined && !ngqlErrors[kind];

    // Every way once, so that a broken query fails the run instead of measuring errors. The
    // library's answers may fail on their own (a transaction over Neo4j's memory limit): that is
    // a result, reported with Neo4j's message, and the question is not measured for it.
    for (const kind of kinds) {
      await redstring(kind)(0);
      if (hasDirect(kind)) await raw.direct(kind, inputs, 0);
      if (hasStatements(kind)) await raw.viaStatements(kind, inputs, 0);
      if (hasNgql(kind))
        await ngql(kind)(0).catch((error: unknown) => {
          ngqlErrors[kind] = error instanceof Error ? error.message : String(error);
          log(`${size.name}: @neo4j/graphql failed on ${kind}: ${ngqlErrors[kind]}`);
        });
    }
    log(`${size.name}: every question answered once by every way; comparing answers`);
    const answers: Neo4jSizeResult['answers'] = { direct: {}, statements: {}, ngql: {} };
    for (const kind of kinds) {
      const reference = async (i: number) => redstringAnswer(kind, await redstring(kind)(i));
      if (hasDirect(kind))
        answers.direct[kind] = await compare(kind, reference, (i) => raw.direct(kind, inputs, i), inputs);
      if (hasStatements(kind))
        answers.statements[kind] = await compare(
          kind,
          reference,
          (i) => raw.viaStatements(kind, inputs, i),
          inputs,
        );
      if (hasNgql(kind))
        answers.ngql[kind] = await compare(
          kind,
          reference,
          async (i) => ngqlAnswer(kind, await ngql(kind)(i)),
          inputs,
        );
    }

    const typename = {
      redstring: await levels(
        () => post(ready.url, '{ __typename }').then(() => undefined),
        options.windowMs,
      ),
      ngql: await levels(() => post(ngqlReady.url, '{ __typename }').then(() => undefined), options.windowMs),
    };
    const result: Pick<Neo4jSizeResult, 'redstring' | 'rawDirect' | 'rawStatements' | 'ngql'> = {
      redstring: {},
      rawDirect: {},
      rawStatements: {},
      ngql: {},
    };
    // Question by question, the ways one after the other, so that each meets Neo4j's caches in
    // the state the one before left them.
    const c1 = load(1, options.windowMs);
    for (const kind of kinds) {
      result.redstring[kind] = await levels(
        (i) => redstring(kind)(i).then(() => undefined),
        options.windowMs,
      );
      if (hasDirect(kind))
        result.rawDirect[kind] = await runLoad((i) => raw.direct(kind, inputs, i).then(() => undefined), c1);
      if (hasStatements(kind))
        result.rawStatements[kind] = await runLoad(
          (i) => raw.viaStatements(kind, inputs, i).then(() => undefined),
          c1,
        );
      if (hasNgql(kind))
        result.ngql[kind] = await levels((i) => ngql(kind)(i).then(() => undefined), options.windowMs);
      const line = (name: string, s: Summary | undefined) =>
        s ? `${name} ${s.median.toFixed(1)} / ${s.p95.toFixed(1)}` : null;
      log(
        `${size.name}: ${kind} (median / p95 ms, c1): ` +
          [
            line('Redstring', result.redstring[kind].c1),
            line('direct', result.rawDirect[kind]),
            line('statements', result.rawStatements[kind]),
            line('@neo4j/graphql', result.ngql[kind]?.c1),
            line('embedded', embedded?.api[kind]?.c1),
          ]
            .filter(Boolean)
            .join(', '),
      );
    }
    const jvm = jvmMemory(neo4j);
    const serve: Neo4jSizeResult['serve'] = {
      storeOpenMs: ready.storeOpenMs,
      ngqlSchemaMs: ngqlReady.schemaMs,
      redstring: await memoryOf(server),
      ngql: await memoryOf(ngqlServer),
      jvm: jvm ? { rssBytes: jvm.rssBytes, peakRssBytes: jvm.peakRssBytes } : null,
    };

    let restart: Neo4jSizeResult['restart'] = null;
    if (neo4j && !options.only) {
      log(`${size.name}: restarting Neo4j on the same folder`);
      const port = Number(new URL(uri.replace('bolt:', 'http:')).port);
      const t0 = performance.now();
      await neo4j.stop();
      const stopMs = performance.now() - t0;
      neo4j = null;
      const spawned = performance.now();
      const starting = startBenchNeo4j({ dataDir, ...memory }, port);
      // Redstring's server stays up: its driver reconnects once Neo4j answers again. A GraphQL
      // request sent while Neo4j is down is retried by the driver for up to 8 s, so /health (one
      // attempt, no retries) is polled every 100 ms until the engine is up, then the question is
      // asked until it is answered.
      const health = ready.url.replace(/\/graphql$/, '/health');
      for (;;) {
        const up = await fetch(health)
          .then((response) => response.json() as Promise<{ engine?: { status?: string } }>)
          .then((body) => body.engine?.status === 'up')
          .catch(() => false);
        if (up) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      let firstAnswerMs = NaN;
      for (let attempt = 0; Number.isNaN(firstAnswerMs); attempt++) {
        try {
          await redstring('entity')(0);
          firstAnswerMs = performance.now() - spawned;
        } catch (error) {
          if (attempt >= 100) throw error;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      }
      neo4j = await starting;
      const coldNeighborhood2 = await runLoad(
        (i) => redstring('neighborhood2')(i + 1_000).then(() => undefined),
        {
          concurrency: 1,
          maxOps: 50,
          maxMs: 60_000,
          warmup: 0,
        },
      );
      restart = {
        stopMs,
        neo4jReadyMs: neo4j.startMs,
        firstAnswerMs,
        coldNeighborhood2,
        jvmRssBytes: jvmMemory(neo4j)?.rssBytes ?? null,
      };
      log(`${size.name}: first answer ${(firstAnswerMs / 1000).toFixed(1)} s after Neo4j was spawned again`);
    }

    // The other import path into a fresh Neo4j of the same size, for a comparison in one run. Not at
    // the large size: one transaction of 5M relations outlasts the local Neo4j's 10-minute limit.
    let otherImport: Neo4jSizeResult['otherImport'] = null;
    if (neo4j && !options.only && size.name !== 'large') {
      const other = importMode === 'bulk' ? 'transaction' : 'bulk';
      await neo4j.stop();
      neo4j = null;
      const otherDir = `${dataDir}-${other}`;
      rmSync(otherDir, { recursive: true, force: true });
      mkdirSync(otherDir, { recursive: true });
      log(`${size.name}: importing again into a fresh Neo4j, ${other}`);
      const second = await startBenchNeo4j({ dataDir: otherDir, ...memory });
      const secondRaw = new RawNeo4j(second.uri);
      try {
        otherImport = await importGraph(size, options.seed, second.uri, second, other, secondRaw);
        log(`${size.name}: ${other}: ${Math.round(otherImport.relationsPerSecond)} relations/s`);
      } finally {
        await secondRaw.close();
        await second.stop();
        rmSync(otherDir, { recursive: true, force: true });
      }
    }

    const full: Neo4jSizeResult = {
      size: size.name,
      entities: size.entities,
      relations: size.relations,
      seed: options.seed,
      machine: machine(),
      loadAtStart,
      neo4j: {
        own: options.uri === null,
        heap: options.uri ? null : memory.heap,
        pageCache: options.uri ? null : memory.pageCache,
        startMs,
        diskBytes,
      },
      import: imported,
      otherImport,
      serve,
      restart,
      typename,
      ...result,
      answers,
      ngqlErrors,
      embedded,
    };
    if (options.only) {
      console.log(neo4jSection(full));
      return null;
    }
    return full;
  } finally {
    for (const proc of children) {
      if (proc.connected) proc.send({ type: 'close' } satisfies PhaseRequest);
      await exited(proc);
    }
    await raw.close();
    await neo4j?.stop();
    if (!options.uri && !options.keep) rmSync(dataDir, { recursive: true, force: true });
  }
}

export async function runNeo4jBench(options: Neo4jBenchOptions): Promise<void> {
  mkdirSync(RESULTS, { recursive: true });
  for (const name of options.sizes) {
    const size = SIZES[name as GraphSize['name']];
    if (!size) throw new Error(`--size ${name}: use small, medium or large`);
    const result = await benchSize(size, options);
    if (result)
      writeFileSync(join(RESULTS, `neo4j-${size.name}.json`), `${JSON.stringify(result, null, 2)}\n`);
  }
  if (options.only) return;
  const results = ['small', 'medium', 'large']
    .map((name) => join(RESULTS, `neo4j-${name}.json`))
    .filter((file) => existsSync(file))
    .map((file) => JSON.parse(readFileSync(file, 'utf8')) as Neo4jSizeResult);
  const markdown = neo4jDocument(results);
  writeFileSync(join(RESULTS, 'neo4j.md'), markdown);
  console.log(markdown);
}

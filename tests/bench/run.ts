/**
 * `npm run bench`: generates graphs, imports them through the store, serves them over GraphQL on
 * loopback and measures, with baselines from the same run (raw engine, in-memory floor, empty
 * request), then Cytoscape in headless Chromium. Writes bench-results/latest.md and prints it.
 *
 *   npm run bench                       small and medium, and the browser
 *   npm run bench -- --size large       the large graph (1M entities, 5M relations) alone
 *   npm run bench -- --size small --no-browser --ms 2000
 *   npm run bench -- --size medium --plain    the store on Cypher alone (no bulk load, no adjacency)
 *   npm run bench -- --size medium --reuse --only entity,neighborhood2
 *                                       only these operations through the API, beside their in-memory
 *                                       floor (no raw-engine baseline), printed and not written to
 *                                       bench-results/
 *   npm run bench -- --size medium --reuse --compare main~3
 *                                       this checkout against another commit, both serving at once,
 *                                       in alternating rounds (compare.ts); printed, not written
 *   npm run bench -- --soak [--seconds 60] [--clients 16] [--auth]
 *                                       the load check: the real server on the Kursk case, 16 clients
 *                                       over a realistic mix with a few writes (soak.ts), printed
 *   npm run bench -- --size large --beside 100000
 *                                       what case scoping costs: the size in one case, alone and with
 *                                       a case of 100000 entities beside it, alternating (case-scoping.ts)
 *   npm run bench -- --matches [--entities 100000]
 *                                       matching across cases: case A in case B at 100k × 100k,
 *                                       beside a plain join of names (case-matches.ts)
 *   npm run bench -- --explorer [--rounds 4]
 *                                       the explorer in headless Chromium on imported cases up to 5,000
 *                                       elements: first draw, layout, longest task, pan FPS, canvas and
 *                                       WebGL (explorer-browser.ts)
 *   npm run bench -- --store neo4j      Redstring on Neo4j beside raw Cypher, @neo4j/graphql and the
 *                                       embedded engine (neo4j-run.ts: medium by default)
 */
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runBrowserBench } from './browser.ts';
import { runCaseMatches } from './case-matches.ts';
import { runCaseScoping } from './case-scoping.ts';
import { caseScopingSections } from './case-scoping-report.ts';
import { runCompare } from './compare.ts';
import { explorerSection, runExplorerBench } from './explorer-browser.ts';
import { amongFloor, neighborhoodFloor, pathsFloor, shortestPathFloor } from './floor.ts';
import { GraphGenerator, SIZES, type GraphSize } from '../support/generate.ts';
import type { ImportResult } from './import-phase.ts';
import { runNeo4jBench } from './neo4j-run.ts';
import { runSoak } from './soak.ts';
import { forkPhase, isType, log, machine, nextMessage, post } from './processes.ts';
import { bytes, document, machineLine, ms, type BrowserSection, type SizeResult } from './report.ts';
import type { ReadyMessage, ServeReply, ServeRequest } from './serve-phase.ts';
import { runLoad, type LoadOptions, type Summary } from './stats.ts';
import {
  DOCUMENTS,
  QUERY_KINDS,
  QUERY_LABELS,
  makeInputs,
  variablesFor,
  type Inputs,
  type QueryKind,
} from './workload.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const RESULTS = join(ROOT, 'bench-results');

const { values } = parseArgs({
  options: {
    // small,medium by default; medium with --store neo4j.
    size: { type: 'string' },
    seed: { type: 'string', default: '42' },
    ms: { type: 'string', default: '4000' },
    'no-browser': { type: 'boolean', default: false },
    'browser-only': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    plain: { type: 'boolean', default: false },
    // Serve a database a previous `--keep` run left, with that run's import numbers.
    reuse: { type: 'boolean', default: false },
    // A quick look at some operations while working on them: API only, nothing written.
    only: { type: 'string' },
    // This checkout against another commit (compare.ts), with --only's operations or all of them.
    compare: { type: 'string' },
    rounds: { type: 'string', default: '4' },
    // Entities of a foreign case beside the measured one: the case-scoping comparison instead.
    beside: { type: 'string' },
    // `--store neo4j`: Redstring on Neo4j beside raw Cypher, @neo4j/graphql and the embedded
    // engine, in one run (neo4j-run.ts). The options below are its own.
    store: { type: 'string', default: 'embedded' },
    'neo4j-uri': { type: 'string' },
    heap: { type: 'string' },
    'page-cache': { type: 'string' },
    'no-embedded': { type: 'boolean', default: false },
    'neo4j-import': { type: 'string' },
    // The load check (soak.ts); its options below.
    soak: { type: 'boolean', default: false },
    seconds: { type: 'string', default: '60' },
    clients: { type: 'string', default: '16' },
    auth: { type: 'boolean', default: false },
    // Matching across cases (case-matches.ts), with its number of entities per case.
    matches: { type: 'boolean', default: false },
    entities: { type: 'string', default: '100000' },
    // The explorer in the browser (explorer-browser.ts), --rounds times per case and renderer.
    explorer: { type: 'boolean', default: false },
  },
});
function fail(message: string): never {
  throw new Error(message);
}
if (values.store !== 'embedded' && values.store !== 'neo4j')
  fail(`--store ${values.store}: use embedded or neo4j`);

const only: readonly QueryKind[] | null = values.only
  ? values.only.split(',').map((name) => {
      if (!(QUERY_KINDS as readonly string[]).includes(name))
        throw new Error(`--only ${name}: use ${QUERY_KINDS.join(', ')}`);
      return name as QueryKind;
    })
  : null;

function child(file: string, args: string[]): ChildProcess {
  return forkPhase(new URL(file, import.meta.url), args, { REDSTRING_BENCH_PLAIN: values.plain ? '1' : '0' });
}

async function benchSize(size: GraphSize, seed: number, windowMs: number): Promise<SizeResult | null> {
  const gen = new GraphGenerator(size, seed);
  const dir = join(tmpdir(), `redstring-bench-${size.name}`);
  log(`${size.name}: building adjacency arrays and inputs`);
  const csr = gen.adjacency();
  const inputs: Inputs = makeInputs(gen, csr);

  if (values.beside) {
    const section = await runCaseScoping({
      size,
      seed,
      besideEntities: Number(values.beside),
      inputs,
      windowMs,
      rounds: Number(values.rounds),
      keep: values.keep,
      reuse: values.reuse,
      resultsDir: RESULTS,
    });
    writeFileSync(join(RESULTS, 'case-scoping.md'), `${caseScopingSections(RESULTS)}`);
    console.log(section);
    return null;
  }
  let imported: ImportResult;
  const previous = loadJson<SizeResult>(join(RESULTS, `${size.name}${values.plain ? '-plain' : ''}.json`));
  if (values.reuse && previous && existsSync(dir)) {
    log(`${size.name}: reusing the database in ${dir} and the import numbers of ${previous.machine.date}`);
    imported = {
      type: 'import',
      entities: size.entities,
      relations: size.relations,
      generateMs: 0,
      ...previous.import,
    };
  } else {
    log(`${size.name}: importing ${size.entities} entities and ${size.relations} relations`);
    const importer = child('./import-phase.ts', [size.name, String(seed), dir]);
    imported = await nextMessage(importer, isType<ImportResult>('import'));
    await new Promise((resolve) => importer.once('exit', resolve));
    log(`${size.name}: imported in ${(imported.importMs / 1000).toFixed(1)} s`);
  }

  if (values.compare) {
    console.log(
      await runCompare({
        size,
        dir,
        inputs,
        ref: values.compare,
        kinds: only ?? QUERY_KINDS,
        windowMs,
        rounds: Number(values.rounds),
      }),
    );
    if (!values.keep && !values.reuse) rmSync(dir, { recursive: true, force: true });
    return null;
  }
  const server = child('./serve-phase.ts', [dir]);
  try {
    const ready = await nextMessage(server, isType<ReadyMessage>('ready'));
    log(
      `${size.name}: reopened in ${((ready.engineOpenMs + ready.storeOpenMs) / 1000).toFixed(1)} s, warmed up in ${(ready.warmUpMs / 1000).toFixed(1)} s, serving`,
    );
    const ask = <T extends ServeReply>(request: ServeRequest, type: T['type']) => {
      const reply = nextMessage(server, isType<T>(type));
      server.send(request);
      return reply;
    };
    // Every operation once, so that a broken query fails the run instead of measuring errors. The
    // first timeline page also builds the store's timeline index: its time is reported alone.
    let firstTimelineMs = NaN;
    for (const kind of QUERY_KINDS) {
      const started = performance.now();
      await post(ready.url, DOCUMENTS[kind], variablesFor(kind, inputs, 0));
      if (kind === 'timeline') firstTimelineMs = performance.now() - started;
    }
    // The summary takes its span of dates from the timeline index, built by now: what is left is
    // counting per type.
    const summaryStarted = performance.now();
    await post(ready.url, DOCUMENTS.summary, {});
    const firstSummaryMs = performance.now() - summaryStarted;
    const peak = async () =>
      (await ask<Extract<ServeReply, { type: 'memory' }>>({ type: 'memory' }, 'memory')).peakRssBytes;
    log(`${size.name}: every operation once; the server's peak is ${bytes(await peak())}`);

    const load = (concurrency: number): LoadOptions => ({
      concurrency,
      maxOps: concurrency === 1 ? 400 : 1_200,
      maxMs: windowMs,
      warmup: 10,
    });
    const http = (kind: QueryKind | 'typename', concurrency: number) =>
      runLoad(
        (i) =>
          post(ready.url, DOCUMENTS[kind], kind === 'typename' ? {} : variablesFor(kind, inputs, i)).then(
            () => undefined,
          ),
        load(concurrency),
      );
    const skipped: Summary = { count: 0, errors: 0, median: NaN, p95: NaN, p99: NaN, throughput: 0 };
    const typename = { c1: await http('typename', 1), c8: await http('typename', 8) };
    const index = (id: string) => gen.indexOf(id);
    const canvases = inputs.canvases.map((ids) => ids.map(index));
    const sync = (fn: (i: number) => void): Promise<Summary> =>
      runLoad(async (i) => fn(i), { ...load(1), maxOps: 2_000 });
    /** The in-memory floor of `kind` (floor.ts), for the kinds that have one. */
    const floorOf = (kind: QueryKind): Promise<Summary> | null => {
      const entity = (i: number) => index(inputs.entities[i % inputs.entities.length]!);
      switch (kind) {
        case 'neighborhood1':
        case 'neighborhood2': {
          const depth = kind === 'neighborhood1' ? 1 : 2;
          return sync((i) => neighborhoodFloor(csr, entity(i), depth, 500, 200));
        }
        case 'shortestPath':
          return sync((i) => {
            const [a, b] = inputs.pathPairs[i % inputs.pathPairs.length]!;
            shortestPathFloor(csr, index(a), index(b), 6, 5_000);
          });
        case 'paths':
          return sync((i) => {
            const [a, b] = inputs.nearPairs[i % inputs.nearPairs.length]!;
            pathsFloor(csr, index(a), index(b), 4, 200, 20);
          });
        case 'among':
          return sync((i) => amongFloor(csr, canvases[i % canvases.length]!));
        default:
          return null;
      }
    };
    if (only) {
      // The floor of the same sitting beside each operation that has one, so that a quick look at
      // a few operations still gives the ratio the full run reports (docs/performance.md).
      const floors = new Map<QueryKind, Summary | null>();
      for (const kind of only) floors.set(kind, await floorOf(kind));
      const rows: string[] = [];
      for (const c of ['c1', 'c8'] as const) {
        const line = (label: string, s: Summary, floor?: Summary | null) =>
          `| ${label} | ${c.slice(1)} | ${ms(s.median)} | ${ms(s.p95)} | ${ms(s.p99)} | ${Math.round(s.throughput)} | ${s.errors} | ${floor ? `${ms(floor.median)} / ${ms(floor.p95)}` : ''} | ${floor ? `${(s.median / floor.median).toFixed(0)}×` : ''} |`;
        rows.push(line('`{ __typename }` (request floor)', typename[c]));
        for (const kind of only)
          rows.push(line(QUERY_LABELS[kind], await http(kind, c === 'c1' ? 1 : 8), floors.get(kind)));
      }
      console.log(
        [
          `## ${size.name}, --only ${only.join(',')}: ${machineLine(machine())}`,
          '',
          '| operation | conc. | median ms | p95 ms | p99 ms | req/s | errors | floor median / p95 ms | median ÷ floor |',
          '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
          ...rows,
          '',
        ].join('\n'),
      );
      return null;
    }
    const api = {} as SizeResult['api'];
    const raw: SizeResult['raw'] = {};
    for (const kind of QUERY_KINDS) {
      const c1 = await http(kind, 1);
      // Eight clients of an operation that takes seconds would only queue behind each other.
      const c8 = c1.median > 1_000 ? skipped : await http(kind, 8);
      api[kind] = { c1, c8 };
      // The peak after each operation tells which one set it.
      log(
        `${size.name}: ${kind}: p95 ${c1.p95.toFixed(1)} ms (c1), ${c8 === skipped ? 'skipped' : `${c8.p95.toFixed(1)} ms`} (c8); server peak ${bytes(await peak())}`,
      );
    }
    // The server's peak before the raw baselines, which run in its process (the same engine) and
    // allocate what the API does not (a Cypher walk of a hub reads ~40 000 hops).
    const memory = await ask<Extract<ServeReply, { type: 'memory' }>>({ type: 'memory' }, 'memory');
    for (const kind of QUERY_KINDS) {
      raw[kind] = (
        await ask<Extract<ServeReply, { type: 'raw' }>>(
          { type: 'raw', kind, inputs, options: load(1) },
          'raw',
        )
      ).summary;
      log(`${size.name}: ${kind}: raw engine p95 ${raw[kind]!.p95.toFixed(1)} ms`);
    }
    const withBaselines = await ask<Extract<ServeReply, { type: 'memory' }>>({ type: 'memory' }, 'memory');

    const floor: SizeResult['floor'] = {
      neighborhood1: (await floorOf('neighborhood1'))!,
      neighborhood2: (await floorOf('neighborhood2'))!,
      shortestPath: (await floorOf('shortestPath'))!,
      paths: (await floorOf('paths'))!,
      among: (await floorOf('among'))!,
    };
    return {
      size: size.name,
      entities: size.entities,
      relations: size.relations,
      machine: machine(),
      import: imported,
      reopen: {
        engineOpenMs: ready.engineOpenMs,
        storeOpenMs: ready.storeOpenMs,
        rssBytes: ready.rssBytes,
        peakRssBytes: ready.peakRssBytes,
        warmUpMs: ready.warmUpMs,
      },
      firstTimelineMs,
      firstSummaryMs,
      serving: {
        rssBytes: memory.rssBytes,
        peakRssBytes: memory.peakRssBytes,
        peakWithBaselinesBytes: withBaselines.peakRssBytes,
      },
      typename,
      api,
      raw,
      floor,
    };
  } finally {
    server.send({ type: 'close' } satisfies ServeRequest);
    await new Promise((resolve) => (server.exitCode === null ? server.once('exit', resolve) : resolve(null)));
    if (!values.keep && !values.reuse) rmSync(dir, { recursive: true, force: true });
  }
}

function loadJson<T>(file: string): T | null {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T) : null;
}

async function main() {
  mkdirSync(RESULTS, { recursive: true });
  const seed = Number(values.seed);
  const windowMs = Number(values.ms);
  if (values.soak) {
    await runSoak({
      seconds: Number(values.seconds),
      clients: Number(values.clients),
      auth: values.auth,
    });
    return;
  }
  if (values.explorer) {
    const section = explorerSection(
      await runExplorerBench({ rounds: Number(values.rounds), panMs: 3000, seed }),
    );
    writeFileSync(join(RESULTS, 'explorer-browser.md'), section);
    console.log(section);
    return;
  }
  if (values.matches) {
    const section = await runCaseMatches({ entities: Number(values.entities), seed });
    writeFileSync(join(RESULTS, 'case-matches.md'), section);
    console.log(section);
    return;
  }
  if (values.store === 'neo4j') {
    await runNeo4jBench({
      sizes: String(values.size ?? 'medium').split(','),
      seed,
      windowMs,
      uri: values['neo4j-uri'] ?? null,
      heap: values.heap ?? null,
      pageCache: values['page-cache'] ?? null,
      keep: values.keep,
      embedded: !values['no-embedded'],
      importMode:
        values['neo4j-import'] === undefined
          ? null
          : values['neo4j-import'] === 'bulk' || values['neo4j-import'] === 'transaction'
            ? values['neo4j-import']
            : fail(`--neo4j-import ${values['neo4j-import']}: use transaction or bulk`),
      only,
    });
    return;
  }
  const names = values['browser-only'] ? [] : String(values.size ?? 'small,medium').split(',');
  for (const name of names) {
    const size = SIZES[name as GraphSize['name']];
    if (!size) throw new Error(`--size ${name}: use small, medium or large`);
    const result = await benchSize(size, seed, windowMs);
    if (!result) continue;
    const file = values.plain ? `${size.name}-plain.json` : `${size.name}.json`;
    writeFileSync(join(RESULTS, file), `${JSON.stringify({ ...result, plain: values.plain }, null, 2)}\n`);
  }
  if (only || values.compare) return;
  if (
    !values['no-browser'] &&
    (values['browser-only'] || names.includes('small') || names.includes('medium'))
  ) {
    log('browser: Cytoscape canvas and WebGL at 1k, 5k and 20k elements');
    const results = await runBrowserBench({ elementCounts: [1_000, 5_000, 20_000], msPerRun: 3_000 });
    writeFileSync(
      join(RESULTS, 'browser.json'),
      `${JSON.stringify({ machine: machine(), results }, null, 2)}\n`,
    );
  }
  // The document shows the latest result of every size, each with its own date and commit.
  const sizes = ['small', 'medium', 'large', 'small-plain', 'medium-plain', 'large-plain']
    .map((name) => loadJson<SizeResult>(join(RESULTS, `${name}.json`)))
    .filter((r): r is SizeResult => r !== null);
  const markdown = [
    document(sizes, loadJson<BrowserSection>(join(RESULTS, 'browser.json'))),
    caseScopingSections(RESULTS),
  ].join('\n');
  writeFileSync(join(RESULTS, 'latest.md'), markdown);
  console.log(markdown);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

/**
 * Where the time of one API operation goes, without HTTP or a second process: opens a database a
 * `--keep` run left, and runs the operation in a loop through the store alone, through graphql-js
 * (`execute` on the app's schema), and through the app's `fetch` (yoga, plugins, JSON). Run it
 * under `--cpu-prof` to see the functions.
 *
 *   npx tsx tests/bench/profile-graphql.ts --kind neighborhood2 --count 300
 *   npx tsx tests/bench/profile-graphql.ts --kind entity --only app --profile /tmp/entity.cpuprofile
 *   npx tsx tests/bench/profile-graphql.ts --dir /tmp/copy-of-the-kept-database
 *   npx tsx tests/bench/profile-graphql.ts --neo4j-uri bolt://127.0.0.1:7699 --kind among
 *                                       the store on a Neo4j that holds the graph (`--store neo4j --keep`)
 *   npx tsx tests/bench/profile-graphql.ts --kind among --count 150 --again --only app
 *                                       each canvas asked twice in a row: the first time, and again as
 *                                       the explorer asks it after an expansion (what the store kept)
 *   npx tsx tests/bench/profile-graphql.ts --neo4j-uri bolt://127.0.0.1:7699 --kind among --proposed
 *                                       the same with the statements of tests/bench/neo4j-proposed/
 *                                       in place of cypher/queries/ ones of the same name
 *
 * `--profile` records the CPU profile of the measured loops only (not the open, not the warm-up).
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { execute, parse, type ExecutionResult } from 'graphql';
import { pino } from 'pino';
import { createApp } from '../../server/app.ts';
import { readConfig } from '../../server/config.ts';
import { createEngine } from '../../server/engine/create-engine.ts';
import { GrafeoEngine } from '../../server/engine/grafeo-engine.ts';
import { CaseScopes } from '../../server/graphql/context.ts';
import { LOCAL_ACTOR } from '../../server/store/actor.ts';
import { GraphStore } from '../../server/store/graph-store.ts';
import { GraphGenerator, SIZES, type GraphSize } from '../support/generate.ts';
import { withProposedStatements } from './neo4j-proposed.ts';
import { neo4jEnv } from './neo4j-workload.ts';
import { percentile } from './stats.ts';
import { DOCUMENTS, QUERY_KINDS, makeInputs, variablesFor, type QueryKind } from './workload.ts';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: 'medium' },
    seed: { type: 'string', default: '42' },
    kind: { type: 'string', default: 'neighborhood2' },
    count: { type: 'string', default: '300' },
    // store, execute, app, or all three
    only: { type: 'string' },
    profile: { type: 'string' },
    // the database folder, when not the one `--keep` left (a copy, so as not to hold its lock)
    dir: { type: 'string' },
    // a Neo4j holding the same graph, instead of the embedded engine
    'neo4j-uri': { type: 'string' },
    // the statements of tests/bench/neo4j-proposed/ instead of those of the same name
    proposed: { type: 'boolean', default: false },
    // each input twice in a row, timed apart: what the explorer does when it asks its canvas again
    again: { type: 'boolean', default: false },
  },
});

const size = SIZES[values.size as GraphSize['name']];
if (!size) throw new Error(`--size ${values.size}: use small, medium or large`);
const kind = values.kind as QueryKind;
if (!QUERY_KINDS.includes(kind)) throw new Error(`--kind ${kind}: use ${QUERY_KINDS.join(', ')}`);
const count = Number(values.count);

const gen = new GraphGenerator(size, Number(values.seed));
const inputs = makeInputs(gen, gen.adjacency());
const engine = values['neo4j-uri']
  ? await createEngine(readConfig(neo4jEnv(values['neo4j-uri'])))
  : GrafeoEngine.open({ dataDir: values.dir ?? join(tmpdir(), `redstring-bench-${size.name}`) });
const store = await GraphStore.open(values.proposed ? withProposedStatements(engine) : engine);
const app = createApp({ store, config: { requestTimeoutMs: 60_000 }, logger: pino({ level: 'warn' }) });
const schema = app.yoga.getEnveloped().schema;
const document = parse(DOCUMENTS[kind]);

/** What the store does for the operation's root field (nested fields go through loaders). */
async function storeOnly(i: number): Promise<void> {
  const v = variablesFor(kind, inputs, i);
  switch (kind) {
    case 'neighborhood1':
    case 'neighborhood2':
      await store.neighborhood([String(v.id)], { depth: kind === 'neighborhood1' ? 1 : 2, limit: 500 });
      return;
    case 'entity': {
      const id = String(v.id);
      await store.getEntities([id]);
      await Promise.all([
        store.relationCounts([id]),
        store.relationsOf([id], {}, 20),
        store.neighborsOf([id], {}, 20),
      ]);
      return;
    }
    case 'among':
      await store.relationsAmong(v.ids as string[]);
      return;
    default:
      throw new Error(`no store-only workload for ${kind}`);
  }
}

async function executeOnly(i: number): Promise<void> {
  const result = (await execute({
    schema,
    document,
    variableValues: variablesFor(kind, inputs, i),
    contextValue: { store, scopes: new CaseScopes(), actor: LOCAL_ACTOR },
  })) as ExecutionResult;
  if (result.errors) throw result.errors[0];
}

async function viaApp(i: number): Promise<void> {
  const response = await app.fetch(
    new Request('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: DOCUMENTS[kind], variables: variablesFor(kind, inputs, i) }),
    }),
  );
  // Not parsed: the client's JSON work is not the server's (only an error is looked at).
  const text = await response.text();
  if (!text.startsWith('{"data"') || text.includes('"errors":')) throw new Error(text.slice(0, 500));
}

const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 100 });

async function measure(name: string, op: (i: number) => Promise<void>) {
  // With --again the warm-up takes inputs after the measured ones, so that the first asking of each
  // measured input is its first (keep --count under the inputs' number: 200 canvases for among).
  const warmFrom = values.again ? count : 0;
  for (let i = 0; i < 20; i++) await op(warmFrom + i);
  if (values.profile) await session.post('Profiler.start');
  const samples: number[] = [];
  const again: number[] = [];
  const timed = async (i: number, into: number[]) => {
    const t0 = performance.now();
    await op(i);
    into.push(performance.now() - t0);
  };
  // CPU time (all threads) tells versions apart on a busy machine better than latency does.
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < count; i++) {
    await timed(i, samples);
    if (values.again) await timed(i, again);
  }
  if (values.profile) {
    const { profile } = await session.post('Profiler.stop');
    const file = values.profile.replace(/(\.cpuprofile)?$/, `-${name}.cpuprofile`);
    writeFileSync(file, JSON.stringify(profile));
  }
  const cpu = process.cpuUsage(cpu0);
  const report = (label: string, list: number[]) => {
    list.sort((a, b) => a - b);
    const mean = list.reduce((sum, s) => sum + s, 0) / list.length;
    console.log(
      `${kind} ${label.padEnd(8)} mean ${mean.toFixed(2)} ms, median ${percentile(list, 50).toFixed(2)} ms, p95 ${percentile(list, 95).toFixed(2)} ms`,
    );
  };
  report(name, samples);
  if (values.again) report(`${name}, asked again`, again);
  const ops = values.again ? 2 * count : count;
  console.log(`${kind} ${name.padEnd(8)} CPU ${((cpu.user + cpu.system) / 1000 / ops).toFixed(2)} ms/op`);
}

const phases = values.only ? values.only.split(',') : ['store', 'execute', 'app'];
if (phases.includes('store')) await measure('store', storeOnly);
if (phases.includes('execute')) await measure('execute', executeOnly);
if (phases.includes('app')) await measure('app', viaApp);
await store.close();

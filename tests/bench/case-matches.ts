/**
 * `npm run bench -- --matches [--entities 100000]`: matching across cases (server/store/matches/)
 * at 100k × 100k entities, on the embedded engine, in this process.
 *
 * Case A is the benchmark generator's graph (entities only: matching reads no relation); case B is
 * the same generator with another seed, where every tenth entity is planted from one of A's as
 * another investigator would have it: the same name, the name in capitals with its words turned
 * round, a close spelling, or only the registration number. Other matches are the generator's own
 * coincidences (its names are short syllables, so many repeat across seeds).
 *
 * Measured: each case's match index built from the engine (the first question after opening);
 * "which entities of A appear in B" (Case.matchesIn), first page with the whole join and the pages
 * after it; after a write to B, the next page (re-reading the written entity and joining again);
 * Entity.alsoAppearsIn for entities of A. Baseline from the same run, on the same entities: a plain
 * in-memory join of folded names (each of B's folded names and aliases in a Map, each of A's
 * looked up), which finds exact and folded names only, without reasons, scores or guards. Ratios
 * to it are the figures to compare across runs; the planted pairs found say what the index keeps.
 */
import { foldText } from '../../server/store/search/tokenizer.ts';
import { GraphStore } from '../../server/store/graph-store.ts';
import type { EntityInput, GraphFile } from '../../server/model/case-format.ts';
import { GraphGenerator, SIZES, prng } from '../support/generate.ts';
import { openTestEngine } from '../support/engines.ts';
import { log, machine } from './processes.ts';
import { machineLine, ms } from './report.ts';
import { percentile } from './stats.ts';

export interface CaseMatchesOptions {
  entities: number;
  seed: number;
}

const CHUNK = 5_000;
const PLANT_EVERY = 10;
const PLANT_KINDS = ['same name', 'words turned, capitals', 'close spelling', 'registration number'] as const;
type PlantKind = (typeof PLANT_KINDS)[number];

interface Planted {
  a: string;
  b: string;
  kind: PlantKind;
}

function closeSpelling(name: string, rand: () => number): string | null {
  const words = name.split(' ');
  const last = words[words.length - 1]!;
  if (words.length < 2 || name.replace(/\W/g, '').length < 10 || last.length < 4) return null;
  const at = 1 + Math.floor(rand() * (last.length - 2));
  const swapped = last.slice(0, at) + last[at + 1] + last[at] + last.slice(at + 2);
  return [...words.slice(0, -1), swapped].join(' ');
}

/** B's entity `index`: the generator's, or one planted from A's. */
function caseBEntity(genA: GraphGenerator, genB: GraphGenerator, index: number, n: number) {
  const own = { ...genB.entity(index), id: `b${index.toString(36)}` };
  if (index % PLANT_EVERY !== 0) return { entity: own, planted: null };
  const rand = prng(7, index);
  const aIndex = (index * 7919 + 13) % n;
  const a = genA.entity(aIndex);
  const kind = PLANT_KINDS[(index / PLANT_EVERY) % PLANT_KINDS.length]!;
  let entity: EntityInput | null = null;
  if (kind === 'same name') entity = { ...own, type: a.type, name: a.name, aliases: [] };
  else if (kind === 'words turned, capitals')
    entity = { ...own, type: a.type, name: a.name.split(' ').reverse().join(' ').toUpperCase(), aliases: [] };
  else if (kind === 'close spelling') {
    const name = closeSpelling(a.name, rand);
    if (name) entity = { ...own, type: a.type, name, aliases: [] };
  } else if (typeof a.properties.registrationNumber === 'string') {
    const number = a.properties.registrationNumber;
    entity = {
      ...own,
      type: a.type,
      properties: { registrationNumber: `${number.slice(0, 4)} ${number.slice(4)}` },
    };
  }
  return entity
    ? { entity, planted: { a: a.id, b: entity.id, kind } satisfies Planted }
    : { entity: own, planted: null };
}

function* chunks(entities: Iterable<EntityInput>): Generator<GraphFile> {
  let chunk: EntityInput[] = [];
  for (const entity of entities) {
    chunk.push(entity);
    if (chunk.length === CHUNK) {
      yield { sources: [], entities: chunk, relations: [] };
      chunk = [];
    }
  }
  if (chunk.length > 0) yield { sources: [], entities: chunk, relations: [] };
}

/** The same entity without its evidence: the cases hold no sources. */
const bare = (entity: EntityInput): EntityInput => ({ ...entity, evidence: [] });

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await work();
  return { ms: performance.now() - started, value };
}

/** The baseline: folded names and aliases of B in a Map, each of A's looked up. */
function plainJoin(a: readonly EntityInput[], b: readonly EntityInput[]): { ms: number; found: number } {
  const started = performance.now();
  const byName = new Map<string, string[]>();
  for (const entity of b)
    for (const name of [entity.name, ...entity.aliases]) {
      const key = foldText(name);
      const ids = byName.get(key);
      if (ids) ids.push(entity.id);
      else byName.set(key, [entity.id]);
    }
  let found = 0;
  for (const entity of a)
    if ([entity.name, ...entity.aliases].some((name) => byName.has(foldText(name)))) found++;
  return { ms: performance.now() - started, found };
}

export async function runCaseMatches(options: CaseMatchesOptions): Promise<string> {
  const n = options.entities;
  const size = { ...SIZES.medium, entities: n };
  const genA = new GraphGenerator(size, options.seed);
  const genB = new GraphGenerator(size, options.seed + 1);
  const a: EntityInput[] = [];
  for (let i = 0; i < n; i++) a.push(bare(genA.entity(i)));
  const b: EntityInput[] = [];
  const planted: Planted[] = [];
  for (let i = 0; i < n; i++) {
    const made = caseBEntity(genA, genB, i, n);
    b.push(bare(made.entity));
    if (made.planted) planted.push(made.planted);
  }

  const { engine, cleanup } = await openTestEngine({ ...process.env, REDSTRING_TEST_ENGINE: 'embedded' });
  try {
    const store = await GraphStore.open(engine, {}, { firstCase: { id: 'case-a', name: 'Case A' } });
    await store.createCase({ id: 'case-b', name: 'Case B' });
    log(`matches: importing ${n} entities into each of two cases`);
    const importA = await timed(async () => (await store.inCase('case-a')).importChunks(chunks(a)));
    const importB = await timed(async () => (await store.inCase('case-b')).importChunks(chunks(b)));
    log(`matches: imported in ${ms(importA.ms)} and ${ms(importB.ms)} ms; building the match indexes`);

    const buildA = await timed(async () => (await store.inCase('case-a')).matchIndex());
    const buildB = await timed(async () => (await store.inCase('case-b')).matchIndex());

    const baselines = Array.from({ length: 5 }, () => plainJoin(a, b));
    const baselineMs = percentile(
      baselines.map((r) => r.ms).sort((x, y) => x - y),
      50,
    );

    log('matches: case A in case B, the whole join, then page by page');
    const first = await timed(() => store.matchesIn('case-a', 'case-b', { first: 100 }));
    const pageMs: number[] = [];
    const pairs = new Set<string>();
    let after: string | null = null;
    let pages = 0;
    let matchesListed = 0;
    for (;;) {
      const page = await timed(() => store.matchesIn('case-a', 'case-b', { first: 500, after }));
      pageMs.push(page.ms);
      pages++;
      for (const item of page.value.items)
        for (const match of item.matches) {
          pairs.add(`${item.entity.id} ${match.entity.id}`);
          matchesListed++;
        }
      if (!page.value.hasNextPage) break;
      after = page.value.endCursor;
    }
    pageMs.sort((x, y) => x - y);

    // The join again with the index cold for this pair: a write to B marks one entity; the next
    // page re-reads it and joins again.
    const caseB = await store.inCase('case-b');
    const afterWriteMs: number[] = [];
    for (let i = 0; i < 5; i++) {
      await caseB.upsertEntity({ ...b[i * 7 + 1]!, description: `changed ${i}` });
      afterWriteMs.push((await timed(() => store.matchesIn('case-a', 'case-b', { first: 100 }))).ms);
    }
    afterWriteMs.sort((x, y) => x - y);

    const rand = prng(options.seed, 0xa1);
    const alsoMs: number[] = [];
    for (let i = 0; i < 300; i++) {
      const id = a[Math.floor(rand() * n)]!.id;
      alsoMs.push((await timed(() => store.alsoAppearsIn('case-a', id, 20))).ms);
    }
    alsoMs.sort((x, y) => x - y);

    const byKind = PLANT_KINDS.map((kind) => {
      const of = planted.filter((p) => p.kind === kind);
      const found = of.filter((p) => pairs.has(`${p.a} ${p.b}`)).length;
      return `| ${kind} | ${of.length} | ${found} (${((found / Math.max(1, of.length)) * 100).toFixed(1)}%) |`;
    });
    const ratio = (value: number) => `${(value / baselineMs).toFixed(1)}×`;
    const memory = process.memoryUsage();
    return [
      `## Matches across cases, ${n.toLocaleString('en-US')} × ${n.toLocaleString('en-US')} entities: ${machineLine(machine())}`,
      '',
      `Embedded engine, in process, through the store (GraphStore.matchesIn / alsoAppearsIn). Baseline:`,
      `a plain in-memory join of folded names and aliases over the same entities, ${ms(baselineMs)} ms`,
      `(median of 5; it finds ${baselines[0]!.found.toLocaleString('en-US')} entities of A, exact and folded names only, no guards).`,
      '',
      '| what | ms | × baseline |',
      '| --- | --- | --- |',
      `| match index of A built from the engine (${n.toLocaleString('en-US')} entities) | ${ms(buildA.ms)} | ${ratio(buildA.ms)} |`,
      `| match index of B built from the engine | ${ms(buildB.ms)} | ${ratio(buildB.ms)} |`,
      `| A in B: first page (100), with the whole join | ${ms(first.ms)} | ${ratio(first.ms)} |`,
      `| A in B: pages of 500 after it (median of ${pages}) | ${ms(percentile(pageMs, 50))} | ${ratio(percentile(pageMs, 50))} |`,
      `| A in B: pages of 500, p95 | ${ms(percentile(pageMs, 95))} | ${ratio(percentile(pageMs, 95))} |`,
      `| A in B after a write to B: first page (median of 5) | ${ms(percentile(afterWriteMs, 50))} | ${ratio(percentile(afterWriteMs, 50))} |`,
      `| alsoAppearsIn(first: 20) of an entity of A, median of 300 | ${ms(percentile(alsoMs, 50))} | ${ratio(percentile(alsoMs, 50))} |`,
      `| alsoAppearsIn, p95 | ${ms(percentile(alsoMs, 95))} | ${ratio(percentile(alsoMs, 95))} |`,
      '',
      `Entities of A with a match in B: ${first.value.totalCount.toLocaleString('en-US')}, with ${matchesListed.toLocaleString('en-US')} matches listed (at most 10 each).`,
      `Imports (not part of matching): A ${ms(importA.ms)} ms, B ${ms(importB.ms)} ms. Heap after: ${Math.round(memory.heapUsed / 2 ** 20)} MiB, RSS ${Math.round(memory.rss / 2 ** 20)} MiB.`,
      '',
      '| planted in B | pairs | found by A in B |',
      '| --- | --- | --- |',
      ...byKind,
      '',
    ].join('\n');
  } finally {
    await cleanup();
  }
}

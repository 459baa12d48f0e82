/**
 * A micro-benchmark of the search index alone (no engine, no GraphQL): builds it from the
 * benchmark's generator the way `GraphStore.rebuildSearchIndex` does (pages of 100 000, in id
 * order) and times the query kinds `workload.ts` sends, per kind, so that a change to
 * `search-index.ts` can be judged without the 15-minute large benchmark.
 *
 *   npx tsx --expose-gc tests/bench/search-index-bench.ts [--entities 1000000] [--queries 2000]
 *     [--impl path/to/other-search-index.ts] [--compare path/to/other-search-index.ts] [--slowest 20]
 *
 * `--impl` measures another implementation with the same interface; `--compare` builds a second
 * index too and reports how many of this one's top 10 the other also returns (a change of
 * ranking is the price of most speed-ups; this says how much).
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { GraphGenerator, prng, SIZES } from '../support/generate.ts';
import { percentile } from './stats.ts';
import type { SearchDocument, SearchMatch } from '../../server/store/search-index.ts';
import { foldText } from '../../server/store/search/tokenizer.ts';

interface Index {
  readonly size: number;
  upsert(documents: Iterable<SearchDocument>): void;
  search(text: string, options: { types?: readonly string[] | null; limit: number }): SearchMatch[];
}
type IndexModule = { SearchIndex: new () => Index };

const KINDS = ['name', 'prefix3', 'prefix', 'transposed', 'alias'] as const;
type Kind = (typeof KINDS)[number];
interface Query {
  kind: Kind;
  text: string;
  /** The entity the text was made from. */
  target: string;
  /**
   * The word the text was made from (folded), or the whole name or alias: the top hit should
   * have it. A 3-letter prefix matches thousands of entities and a name is shared by several,
   * so the target itself is in the top 10 only by chance; a top hit without the word is a miss.
   */
  word: string;
}

function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

/** Texts made the way `workload.ts` makes them (`searchText`), from its own stream, with their kind. */
function makeQueries(gen: GraphGenerator, count: number): Query[] {
  const rand = prng(gen.seed, 0x5ea4c);
  const out: Query[] = [];
  for (let i = 0; i < count; i++) {
    const index = Math.floor(rand() * gen.size.entities);
    const entity = gen.entity(index);
    const words = entity.name.split(' ').filter((w) => /^\p{L}{3,}$/u.test(w));
    const word = words[Math.floor(rand() * words.length)] ?? entity.name;
    const u = rand();
    const target = entity.id;
    const folded = foldText(word);
    if (u < 0.3) out.push({ kind: 'name', text: entity.name, target, word: foldText(entity.name) });
    else if (u < 0.5) out.push({ kind: 'prefix3', text: word.slice(0, 3), target, word: folded.slice(0, 3) });
    else if (u < 0.7) {
      const text = word.slice(0, Math.max(4, word.length - 2));
      out.push({ kind: 'prefix', text, target, word: foldText(text) });
    } else if (u < 0.9 && word.length >= 5) {
      const at = 1 + Math.floor(rand() * (word.length - 2));
      const text = `${word.slice(0, at)}${word.charAt(at + 1)}${word.charAt(at)}${word.slice(at + 2)}`;
      out.push({ kind: 'transposed', text, target, word: folded });
    } else {
      const text = entity.aliases[0] ?? entity.name;
      out.push({ kind: 'alias', text, target, word: foldText(text) });
    }
  }
  return out;
}

/** Whether the entity has the query's word: as a word's start, or as its whole name or alias. */
function hasWord(gen: GraphGenerator, id: string, query: Query): boolean {
  const entity = gen.entity(gen.indexOf(id));
  const texts = [entity.name, ...entity.aliases].map(foldText);
  if (query.kind === 'name' || query.kind === 'alias') return texts.includes(query.word);
  return texts.some((text) => text.split(/[^\p{L}\p{N}]+/u).some((w) => w.startsWith(query.word)));
}

const gc = (globalThis as { gc?: () => void }).gc;
const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
const ms = (value: number) => `${value.toFixed(2)} ms`;

async function load(path: string): Promise<IndexModule> {
  return (await import(pathToFileURL(resolve(path)).href)) as IndexModule;
}

/** Entity indices in id order: the order `entities-search-rows` reads them on open. */
function idOrder(gen: GraphGenerator): Int32Array {
  const ids = Array.from({ length: gen.size.entities }, (_, i) => gen.entityId(i));
  const order = Int32Array.from(ids.keys());
  order.sort((a, b) => (ids[a]! < ids[b]! ? -1 : 1));
  return order;
}

function build(
  module: IndexModule,
  gen: GraphGenerator,
  order: Int32Array,
): { index: Index; buildMs: number } {
  const index = new module.SearchIndex();
  const page = 100_000;
  let buildMs = 0;
  for (let start = 0; start < order.length; start += page) {
    const docs: SearchDocument[] = [];
    for (const i of order.subarray(start, start + page)) {
      const { id, type, name, aliases } = gen.entity(i);
      docs.push({ id, type, name, aliases });
    }
    const t = performance.now();
    index.upsert(docs);
    buildMs += performance.now() - t;
  }
  return { index, buildMs };
}

async function main() {
  const entities = Number(option('entities') ?? SIZES.large.entities);
  const count = Number(option('queries') ?? 2_000);
  const implPath = option('impl') ?? 'server/store/search-index.ts';
  const comparePath = option('compare');
  if (!gc) console.error('run with --expose-gc for heap numbers after collection');
  const gen = new GraphGenerator({ name: 'large', entities, relations: 0 });

  const order = idOrder(gen);
  gc?.();
  // Typed arrays live outside the JavaScript heap: both count.
  const before = process.memoryUsage();
  const { index, buildMs } = build(await load(implPath), gen, order);
  gc?.();
  const memory = process.memoryUsage();
  console.log(`${implPath}: ${index.size} documents`);
  console.log(`build ${(buildMs / 1000).toFixed(2)} s (upsert only, generator excluded)`);
  console.log(
    `heap +${mib(memory.heapUsed - before.heapUsed)}, array buffers +${mib(memory.arrayBuffers - before.arrayBuffers)}, ` +
      `resident ${mib(memory.rss)} after build and gc`,
  );

  const queries = makeQueries(gen, count);
  // Warm-up on a separate slice of texts, so the JIT has seen every path before timing.
  for (const query of makeQueries(new GraphGenerator(gen.size, gen.seed + 1), 200))
    index.search(query.text, { limit: 10 });

  const samples = new Map<Kind | 'all', number[]>();
  // Processor time beside wall time: on a shared machine the wall clock also counts waiting for a
  // core (microsecond resolution, so it is only meaningful from ~0.1 ms).
  const cpuSamples = new Map<Kind, number[]>();
  const found = new Map<Kind, number>();
  const right = new Map<Kind, number>();
  const results: SearchMatch[][] = [];
  const timed: { query: Query; elapsed: number }[] = [];
  for (const query of queries) {
    const cpuStart = process.cpuUsage();
    const t = performance.now();
    const hits = index.search(query.text, { limit: 10 });
    const elapsed = performance.now() - t;
    const cpu = process.cpuUsage(cpuStart);
    const cpuList = cpuSamples.get(query.kind) ?? [];
    cpuList.push((cpu.user + cpu.system) / 1000);
    cpuSamples.set(query.kind, cpuList);
    results.push(hits);
    timed.push({ query, elapsed });
    for (const key of [query.kind, 'all'] as const) {
      const list = samples.get(key) ?? [];
      list.push(elapsed);
      samples.set(key, list);
    }
    if (hits.some((hit) => hit.id === query.target)) found.set(query.kind, (found.get(query.kind) ?? 0) + 1);
    if (hits[0] && hasWord(gen, hits[0].id, query)) right.set(query.kind, (right.get(query.kind) ?? 0) + 1);
  }
  console.log(
    '\n| kind | queries | median | p95 | p99 | max | CPU p95 | top hit has the word | target in top 10 |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  const share = (counts: Map<Kind, number>, kind: Kind | 'all', of: number) => {
    const count = kind === 'all' ? [...counts.values()].reduce((a, b) => a + b, 0) : (counts.get(kind) ?? 0);
    return `${((count / Math.max(1, of)) * 100).toFixed(0)}%`;
  };
  for (const kind of [...KINDS, 'all'] as const) {
    const sorted = (samples.get(kind) ?? []).sort((a, b) => a - b);
    const cpu = (kind === 'all' ? [...cpuSamples.values()].flat() : (cpuSamples.get(kind) ?? [])).sort(
      (a, b) => a - b,
    );
    console.log(
      `| ${kind} | ${sorted.length} | ${ms(percentile(sorted, 50))} | ${ms(percentile(sorted, 95))} | ` +
        `${ms(percentile(sorted, 99))} | ${ms(sorted[sorted.length - 1] ?? NaN)} | ${ms(percentile(cpu, 95))} | ` +
        `${share(right, kind, sorted.length)} | ${share(found, kind, sorted.length)} |`,
    );
  }

  const slowest = Number(option('slowest') ?? 0);
  if (slowest > 0) {
    console.log(`\nslowest ${slowest}:`);
    for (const { query, elapsed } of timed.sort((a, b) => b.elapsed - a.elapsed).slice(0, slowest))
      console.log(`  ${ms(elapsed)} ${query.kind} ${JSON.stringify(query.text)}`);
  }

  if (comparePath) {
    const other = build(await load(comparePath), gen, order).index;
    const overlap = new Map<Kind, [number, number]>();
    queries.forEach((query, i) => {
      const mine = results[i]!;
      const theirs = new Set(other.search(query.text, { limit: 10 }).map((hit) => hit.id));
      const [shared, total] = overlap.get(query.kind) ?? [0, 0];
      overlap.set(query.kind, [
        shared + mine.filter((hit) => theirs.has(hit.id)).length,
        total + Math.max(mine.length, theirs.size),
      ]);
    });
    console.log(`\ntop-10 overlap with ${comparePath}:`);
    for (const [kind, [shared, total]] of overlap)
      console.log(`  ${kind}: ${((shared / Math.max(1, total)) * 100).toFixed(0)}%`);
  }
}

await main();

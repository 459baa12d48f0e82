/**
 * The Neo4j benchmark's results (bench-results/neo4j-<size>.json) and their Markdown
 * (bench-results/neo4j.md): per size, Redstring on Neo4j beside raw Cypher, @neo4j/graphql and
 * the embedded engine, with the ratios, memory, import rate, restart and the targets of issue 12.
 */
import type { Agreement } from './neo4j-answers.ts';
import { NGQL_CANNOT, NGQL_CYPHER } from './neo4j-workload.ts';
import { bytes, machineLine, ms, type Machine } from './report.ts';
import type { Summary } from './stats.ts';
import { QUERY_KINDS, QUERY_LABELS, type QueryKind } from './workload.ts';

export interface Levels {
  c1: Summary;
  c8: Summary;
}

export interface Neo4jSizeResult {
  size: string;
  entities: number;
  relations: number;
  seed: number;
  machine: Machine;
  /** One-minute load average when the size began (the machine line has it at the end). */
  loadAtStart: number;
  neo4j: {
    /** Started by the benchmark (heap and page cache known) or given with --neo4j-uri. */
    own: boolean;
    heap: string | null;
    pageCache: string | null;
    /** Spawn to Bolt ready, on an empty folder. */
    startMs: number | null;
    diskBytes: number | null;
  };
  /** Redstring's importer into Neo4j; null when --neo4j-uri named a database that was loaded already. */
  import: {
    /** `transaction`: the adapter as it is (one transaction); `bulk`: with the prototype bulk loader. */
    mode: 'transaction' | 'bulk';
    importMs: number;
    generateMs: number;
    relationsPerSecond: number;
    evidence: number;
    importerPeakRssBytes: number;
    /** The most heap Neo4j reported for the import's transaction (SHOW TRANSACTIONS, every 2 s). */
    txHeapBytes: number;
    /** The JVM after the import, and its peak so far (VmHWM): the import's. */
    jvmRssBytes: number | null;
    jvmPeakRssBytes: number | null;
  } | null;
  /** The other import mode, into a fresh Neo4j of the same size in the same run (not at large). */
  otherImport?: Neo4jSizeResult['import'];
  serve: {
    /** Redstring's `GraphStore.open` on Neo4j: schema statements and the search index read from Neo4j. */
    storeOpenMs: number;
    ngqlSchemaMs: number;
    redstring: { rssBytes: number; peakRssBytes: number };
    ngql: { rssBytes: number; peakRssBytes: number };
    /** The JVM after every question was measured, and its peak since it started (import included). */
    jvm: { rssBytes: number; peakRssBytes: number } | null;
  };
  restart: {
    /** SIGTERM to exit: Neo4j's clean shutdown (a checkpoint). */
    stopMs: number;
    /** Spawn to the line that says Bolt is ready. */
    neo4jReadyMs: number;
    /** Spawn to the first answer Redstring's GraphQL gave (an entity page), asked every 100 ms. */
    firstAnswerMs: number;
    /** The first depth-2 neighbourhoods after that (cold page cache), median and p95 of 50. */
    coldNeighborhood2: Summary;
    jvmRssBytes: number | null;
  } | null;
  typename: { redstring: Levels; ngql: Levels };
  redstring: Partial<Record<QueryKind, Levels>>;
  rawDirect: Partial<Record<QueryKind, Summary>>;
  rawStatements: Partial<Record<QueryKind, Summary>>;
  ngql: Partial<Record<QueryKind, Levels>>;
  /** Each way's answers against Redstring's, on the first inputs. */
  answers: {
    direct: Partial<Record<QueryKind, Agreement>>;
    statements: Partial<Record<QueryKind, Agreement>>;
    ngql: Partial<Record<QueryKind, Agreement>>;
  };
  /** Questions @neo4j/graphql failed on, with Neo4j's message (not measured for it). */
  ngqlErrors: Partial<Record<QueryKind, string>>;
  /** Redstring on the embedded engine, same size, seed and inputs, measured in the same run. */
  embedded: {
    importMs: number;
    generateMs: number;
    importPeakRssBytes: number;
    reopenMs: number;
    warmUpMs: number;
    peakRssBytes: number;
    api: Partial<Record<QueryKind, Levels>>;
  } | null;
}

/** Targets of issue 12, checked at the large size on Neo4j. */
export const NEO4J_TARGETS = { neighborhood2P95Ms: 25, amongP95Ms: 50, rawRatio: 2 };

const count = (value: number) => Math.round(value).toLocaleString('en-US');
const ratio = (a: number | undefined, b: number | undefined) =>
  a === undefined || b === undefined || !Number.isFinite(a / b) || b === 0
    ? '–'
    : `${(a / b).toFixed(a / b < 10 ? 2 : 0)}×`;
const seconds = (value: number) => `${(value / 1000).toFixed(1)} s`;
const medianP95 = (s: Summary | undefined) =>
  s ? `${ms(s.median)} / ${ms(s.p95)}${s.errors > 0 ? ` (**${s.errors} failed**)` : ''}` : '–';

function table(header: string[], rows: string[][]): string {
  const lines = [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`];
  for (const row of rows) lines.push(`| ${row.join(' | ')} |`);
  return lines.join('\n');
}

/** The faster of the two raw baselines (by median): the floor Redstring is compared with. */
export function rawFloor(r: Neo4jSizeResult, kind: QueryKind): { summary: Summary; which: string } | null {
  const direct = r.rawDirect[kind];
  const statements = r.rawStatements[kind];
  if (direct && statements)
    return direct.median <= statements.median
      ? { summary: direct, which: 'direct' }
      : { summary: statements, which: 'statements' };
  if (direct) return { summary: direct, which: 'direct' };
  if (statements) return { summary: statements, which: 'statements' };
  return null;
}

const kindsOf = (r: Neo4jSizeResult) => QUERY_KINDS.filter((kind) => r.redstring[kind]);

export function latencyRows(r: Neo4jSizeResult): string[][] {
  return kindsOf(r).map((kind) => {
    const red = r.redstring[kind]!;
    const floor = rawFloor(r, kind);
    const ngql = r.ngql[kind];
    const embedded = r.embedded?.api[kind];
    const label = NGQL_CYPHER[kind] && ngql ? ` (${NGQL_CYPHER[kind]})` : '';
    return [
      QUERY_LABELS[kind],
      medianP95(red.c1),
      red.c8.count > 0 ? `${medianP95(red.c8)} (${count(red.c8.throughput)}/s)` : 'skipped',
      medianP95(r.rawDirect[kind]),
      medianP95(r.rawStatements[kind]),
      ngql
        ? `${medianP95(ngql.c1)}${label}`
        : r.ngqlErrors[kind]
          ? `failed: ${r.ngqlErrors[kind].slice(0, 140)}`
          : 'cannot',
      ngql && ngql.c8.count > 0 ? `${medianP95(ngql.c8)} (${count(ngql.c8.throughput)}/s)` : '–',
      embedded ? medianP95(embedded.c1) : '–',
      floor ? `${ratio(red.c1.median, floor.summary.median)} (${floor.which})` : '–',
      ngql ? ratio(red.c1.median, ngql.c1.median) : '–',
      embedded ? ratio(red.c1.median, embedded.c1.median) : '–',
      embedded ? ratio(red.c1.p95, embedded.c1.p95) : '–',
    ];
  });
}

const LATENCY_HEADER = [
  'question',
  'Redstring c1 median / p95 ms',
  'Redstring c8 (req/s)',
  'raw Cypher, direct',
  'raw Cypher, store statements',
  '@neo4j/graphql c1',
  '@neo4j/graphql c8 (req/s)',
  'embedded engine c1',
  'Redstring ÷ raw (median)',
  'Redstring ÷ @neo4j/graphql (median)',
  'Neo4j ÷ embedded (median)',
  'Neo4j ÷ embedded (p95)',
];

function answerRows(r: Neo4jSizeResult): string[][] {
  const rows: string[][] = [];
  const describe = (a: Agreement | undefined) => {
    if (!a) return '–';
    const parts = [`${a.same}/${a.compared} same`];
    if (a.errors > 0) parts.push(`**${a.errors} failed** (${(a.firstError ?? '').slice(0, 120)})`);
    if (a.superset > 0) parts.push(`${a.superset} superset`);
    if (a.differs > 0) parts.push(`**${a.differs} differ** (${a.examples.join(', ')})`);
    if (a.searchOverlap !== undefined)
      parts.push(`${Math.round(a.searchOverlap * 100)}% of Redstring's top 10`);
    if (a.meanRelations !== null && a.redstringMeanRelations !== null)
      parts.push(
        `${a.meanRelations.toFixed(0)} relations per answer (Redstring ${a.redstringMeanRelations.toFixed(0)})`,
      );
    return parts.join(', ');
  };
  for (const kind of kindsOf(r))
    rows.push([
      QUERY_LABELS[kind],
      describe(r.answers.direct[kind]),
      describe(r.answers.statements[kind]),
      r.ngql[kind]
        ? describe(r.answers.ngql[kind])
        : (NGQL_CANNOT[kind] ?? (r.ngqlErrors[kind] ? 'failed' : '–')),
    ]);
  return rows;
}

export function neo4jTargetRows(r: Neo4jSizeResult): string[][] {
  const verdict = (ok: boolean) => (ok ? 'met' : '**not met**');
  const rows: string[][] = [];
  const n2 = r.redstring.neighborhood2?.c1.p95;
  if (n2 !== undefined)
    rows.push([
      'neighbourhood depth 2, p95',
      `≤ ${NEO4J_TARGETS.neighborhood2P95Ms} ms`,
      `${ms(n2)} ms`,
      verdict(n2 <= NEO4J_TARGETS.neighborhood2P95Ms),
    ]);
  const among = r.redstring.among?.c1.p95;
  if (among !== undefined)
    rows.push([
      'relations among a 500-id canvas, p95',
      `≤ ${NEO4J_TARGETS.amongP95Ms} ms`,
      `${ms(among)} ms`,
      verdict(among <= NEO4J_TARGETS.amongP95Ms),
    ]);
  const both = kindsOf(r).filter((kind) => r.ngql[kind]);
  const slower = both.filter((kind) => r.redstring[kind]!.c1.median >= r.ngql[kind]!.c1.median);
  rows.push([
    'Redstring faster than @neo4j/graphql (median, c1) on every question both answer',
    both.map((kind) => QUERY_LABELS[kind]).join('; '),
    slower.length === 0
      ? 'faster on all'
      : `slower on: ${slower.map((kind) => QUERY_LABELS[kind]).join('; ')}`,
    verdict(slower.length === 0),
  ]);
  const over = kindsOf(r).filter((kind) => {
    const floor = rawFloor(r, kind);
    return floor && r.redstring[kind]!.c1.median > NEO4J_TARGETS.rawRatio * floor.summary.median;
  });
  rows.push([
    'Redstring within 2× raw Cypher (median, c1)',
    `≤ ${NEO4J_TARGETS.rawRatio}×`,
    over.length === 0
      ? 'within on all'
      : `over on: ${over.map((kind) => `${QUERY_LABELS[kind]} ${ratio(r.redstring[kind]!.c1.median, rawFloor(r, kind)!.summary.median)}`).join('; ')}`,
    verdict(over.length === 0),
  ]);
  return rows;
}

export function neo4jSection(r: Neo4jSizeResult): string {
  const jvm = (rss: number | null | undefined, peak?: number | null) =>
    rss === null || rss === undefined ? '–' : `${bytes(rss)}${peak ? ` (peak ${bytes(peak)})` : ''}`;
  const setup: string[][] = [
    [
      'Neo4j',
      r.neo4j.own
        ? `5.26 Community (scripts/neo4j.ts), heap ${r.neo4j.heap}, page cache ${r.neo4j.pageCache}; Bolt ready ${seconds(r.neo4j.startMs ?? NaN)} after spawn (empty folder)`
        : 'given with --neo4j-uri',
    ],
  ];
  const importRows = (imp: NonNullable<Neo4jSizeResult['import']>, note: string) => [
    [
      `${
        imp.mode === 'bulk'
          ? 'import through Redstring (`GraphStore.importChunks` with the prototype Neo4j bulk loader: a transaction per batch)'
          : 'import through Redstring (`GraphStore.importChunks`, one transaction: the adapter as it is)'
      }${note}, without the generator`,
      `${seconds(imp.importMs - imp.generateMs)}: **${count(imp.relationsPerSecond)} relations/s**; ${seconds(imp.importMs)} with the generator; importer peak ${bytes(imp.importerPeakRssBytes)}; Neo4j JVM after it ${jvm(imp.jvmRssBytes, imp.jvmPeakRssBytes)}; heap held by its transaction (most seen, every 2 s) ${bytes(imp.txHeapBytes)}`,
    ],
  ];
  if (r.import) setup.push(...importRows(r.import, ''));
  if (r.otherImport) setup.push(...importRows(r.otherImport, ', into a second fresh Neo4j, same run'));
  if (r.neo4j.diskBytes !== null)
    setup.push(['Neo4j folder on disk after the import', bytes(r.neo4j.diskBytes)]);
  setup.push(
    [
      'Redstring open on Neo4j (schema statements, search index read from Neo4j and built)',
      seconds(r.serve.storeOpenMs),
    ],
    [
      'resident memory while serving: Neo4j JVM / Redstring server / @neo4j/graphql server',
      `${jvm(r.serve.jvm?.rssBytes, r.serve.jvm?.peakRssBytes)} / ${bytes(r.serve.redstring.rssBytes)} (peak ${bytes(r.serve.redstring.peakRssBytes)}) / ${bytes(r.serve.ngql.rssBytes)} (peak ${bytes(r.serve.ngql.peakRssBytes)})`,
    ],
  );
  if (r.restart)
    setup.push([
      'restart: stop Neo4j, start it on the same folder, first Redstring answer',
      `stop ${seconds(r.restart.stopMs)}; Bolt ready ${seconds(r.restart.neo4jReadyMs)} after spawn; **first answer ${seconds(r.restart.firstAnswerMs)} after spawn**; then 50 depth-2 neighbourhoods, median / p95 ${medianP95(r.restart.coldNeighborhood2)} ms; JVM ${jvm(r.restart.jvmRssBytes)}`,
    ]);
  if (r.embedded)
    setup.push(
      [
        'embedded engine, same graph: import / reopen + warm-up',
        `${seconds(r.embedded.importMs - r.embedded.generateMs)} (${count(r.relations / ((r.embedded.importMs - r.embedded.generateMs) / 1000))} relations/s, peak ${bytes(r.embedded.importPeakRssBytes)}) / ${seconds(r.embedded.reopenMs)} + ${seconds(r.embedded.warmUpMs)}`,
      ],
      [
        'embedded engine, same graph: server peak resident memory (engine in process)',
        bytes(r.embedded.peakRssBytes),
      ],
    );
  const typename = [
    '`{ __typename }` (request floor)',
    medianP95(r.typename.redstring.c1),
    `${medianP95(r.typename.redstring.c8)} (${count(r.typename.redstring.c8.throughput)}/s)`,
    '',
    '',
    medianP95(r.typename.ngql.c1),
    `${medianP95(r.typename.ngql.c8)} (${count(r.typename.ngql.c8.throughput)}/s)`,
    '',
    '',
    ratio(r.typename.redstring.c1.median, r.typename.ngql.c1.median),
    '',
    '',
  ];
  return [
    `## ${r.size}: ${count(r.entities)} entities, ${count(r.relations)} relations (seed ${r.seed})`,
    '',
    `Machine: ${machineLine(r.machine)}; load average ${r.loadAtStart.toFixed(1)} at the start`,
    '',
    table(['what', 'measured'], setup),
    '',
    'Latencies in ms, median / p95; c1 is one client, c8 eight at once. Every Redstring and @neo4j/graphql request is GraphQL over HTTP on loopback from the benchmark process; raw Cypher is neo4j-driver `executeRead` from the same process.',
    '',
    table(LATENCY_HEADER, [typename, ...latencyRows(r)]),
    '',
    'Answers against Redstring’s, on the first inputs of each question:',
    '',
    table(['question', 'raw, direct', 'raw, store statements', '@neo4j/graphql'], answerRows(r)),
    '',
    'Targets (issue 12; they apply at the large size):',
    '',
    table(['target', 'goal', 'measured', ''], neo4jTargetRows(r)),
  ].join('\n');
}

export function neo4jDocument(results: Neo4jSizeResult[]): string {
  return [
    '# Redstring on Neo4j, side by side',
    '',
    'Generated by `npm run bench -- --store neo4j` (medium) and `npm run bench -- --store neo4j --size large`; each section says when and where it ran. docs/performance.md ("Neo4j") says what is measured and why.',
    '',
    'Each question is asked four ways in one run: Redstring’s GraphQL on Neo4j; raw Cypher through neo4j-driver, both as one hand-written statement (_direct_) and as the store’s own statements and algorithms without the store, GraphQL or HTTP (_store statements_); @neo4j/graphql over the same database; and Redstring on its embedded engine, same graph and inputs. Ratios compare medians at c1; the raw ratio uses the faster raw column.',
    '',
    ...results.flatMap((r) => [neo4jSection(r), '']),
  ].join('\n');
}

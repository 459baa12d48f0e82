/**
 * The benchmark's results as Markdown: one section per graph size, each with the machine, date and
 * commit it ran on, so that a large run from yesterday and a medium run from today can sit in one
 * file without passing for one run.
 */
import type { BrowserResult } from './browser.ts';
import type { Summary } from './stats.ts';
import { QUERY_KINDS, QUERY_LABELS, type QueryKind } from './workload.ts';

export interface Machine {
  cpu: string;
  cores: number;
  memoryBytes: number;
  node: string;
  date: string;
  commit: string;
  /** One-minute load average when the section was written. */
  load?: number;
}

export interface SizeResult {
  size: string;
  /** True for a run on Cypher alone (`--plain`): no bulk load, no adjacency walk. */
  plain?: boolean;
  entities: number;
  relations: number;
  machine: Machine;
  import: {
    evidence: number;
    importMs: number;
    generateMs?: number;
    closeMs: number;
    peakRssBytes: number;
    diskBytes: number;
  };
  /** `peakRssBytes`: the server's peak by the end of the reopen (absent in older results). */
  reopen: {
    engineOpenMs: number;
    storeOpenMs: number;
    rssBytes: number;
    peakRssBytes?: number;
    /** The engine's read-ahead after the open (absent in older results). */
    warmUpMs?: number;
  };
  /** The first timeline page after the reopen, which builds the timeline index (absent in older results). */
  firstTimelineMs?: number;
  /** The first graph summary, after that page (absent in older results). */
  firstSummaryMs?: number;
  /** Peaks of the server's process: through the API only, then with the raw baselines run in it. */
  serving: { rssBytes: number; peakRssBytes: number; peakWithBaselinesBytes?: number };
  typename: { c1: Summary; c8: Summary };
  api: Record<QueryKind, { c1: Summary; c8: Summary }>;
  raw: Partial<Record<QueryKind, Summary>>;
  floor: Partial<Record<QueryKind, Summary>>;
}

export interface BrowserSection {
  machine: Machine;
  results: BrowserResult[];
}

const GiB = 1024 ** 3;
const MiB = 1024 ** 2;

// NaN (an operation not run) comes back from JSON as null.
export const ms = (value: number | null) =>
  value === null || Number.isNaN(value)
    ? '–'
    : value < 1
      ? value.toFixed(2)
      : value < 10
        ? value.toFixed(1)
        : value.toFixed(0);
export const bytes = (value: number) =>
  value >= GiB ? `${(value / GiB).toFixed(2)} GiB` : `${(value / MiB).toFixed(0)} MiB`;
const count = (value: number) => value.toLocaleString('en-US');
const ratio = (a: number | null, b: number | null | undefined) =>
  a === null || b === null || b === undefined || !Number.isFinite(a / b)
    ? ''
    : `${(a / b).toFixed(a / b < 10 ? 1 : 0)}×`;
const seconds = (value: number) => `${(value / 1000).toFixed(1)} s`;

export function machineLine(m: Machine): string {
  const load = m.load === undefined ? '' : `; load average ${m.load.toFixed(1)} at the end`;
  return `${m.cpu}, ${m.cores} cores, ${bytes(m.memoryBytes)} memory; Node ${m.node}; ${m.date}; commit ${m.commit}${load}`;
}

/** Targets of issue #6, checked at the large size through GraphQL. */
export const TARGETS = {
  neighborhood2P95Ms: 25,
  shortestPathP95Ms: 100,
  searchP95Ms: 15,
  entityP95Ms: 10,
  reopenMs: 5_000,
  rssBytes: 4 * GiB,
  importRelationsPerSecond: 50_000,
};

/** The import's time without the generator's (which runs inside the import loop). */
const importStoreMs = (r: SizeResult) => r.import.importMs - (r.import.generateMs ?? 0);

export function targetRows(r: SizeResult): string[][] {
  const reopen = r.reopen.engineOpenMs + r.reopen.storeOpenMs;
  const rate = r.relations / (importStoreMs(r) / 1000);
  const rss = Math.max(r.serving.peakRssBytes, r.import.peakRssBytes);
  const row = (what: string, target: string, value: string, ok: boolean) => [
    what,
    target,
    value,
    ok ? 'met' : '**not met**',
  ];
  return [
    row(
      'neighbourhood depth 2, p95',
      `≤ ${TARGETS.neighborhood2P95Ms} ms`,
      `${ms(r.api.neighborhood2.c1.p95)} ms`,
      r.api.neighborhood2.c1.p95 <= TARGETS.neighborhood2P95Ms,
    ),
    row(
      'shortest path, p95',
      `≤ ${TARGETS.shortestPathP95Ms} ms`,
      `${ms(r.api.shortestPath.c1.p95)} ms`,
      r.api.shortestPath.c1.p95 <= TARGETS.shortestPathP95Ms,
    ),
    row(
      'search, p95',
      `≤ ${TARGETS.searchP95Ms} ms`,
      `${ms(r.api.search.c1.p95)} ms`,
      r.api.search.c1.p95 <= TARGETS.searchP95Ms,
    ),
    row(
      'entity page, p95',
      `≤ ${TARGETS.entityP95Ms} ms`,
      `${ms(r.api.entity.c1.p95)} ms`,
      r.api.entity.c1.p95 <= TARGETS.entityP95Ms,
    ),
    row(
      'reopen (engine + search index)',
      `≤ ${TARGETS.reopenMs / 1000} s`,
      seconds(reopen),
      reopen <= TARGETS.reopenMs,
    ),
    row(
      'resident memory, peak of import and serving',
      `≤ ${bytes(TARGETS.rssBytes)}`,
      bytes(rss),
      rss <= TARGETS.rssBytes,
    ),
    row(
      'import rate',
      `≥ ${count(TARGETS.importRelationsPerSecond)} relations/s`,
      `${count(Math.round(rate))} relations/s`,
      rate >= TARGETS.importRelationsPerSecond,
    ),
  ];
}

function table(header: string[], rows: string[][]): string {
  const lines = [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`];
  for (const row of rows) lines.push(`| ${row.join(' | ')} |`);
  return lines.join('\n');
}

export function sizeSection(r: SizeResult): string {
  const reopen = r.reopen.engineOpenMs + r.reopen.storeOpenMs;
  const storeSeconds = importStoreMs(r) / 1000;
  const records = r.entities + r.relations;
  const importRows = [
    [
      'import (GraphStore.importChunks), without the generator',
      `${seconds(importStoreMs(r))}: ${count(Math.round(r.relations / storeSeconds))} relations/s, ${count(Math.round(records / storeSeconds))} records/s (entities and relations, evidence on them); ${seconds(r.import.importMs)} with the generator`,
    ],
    ['peak resident memory during import', bytes(r.import.peakRssBytes)],
    ['close after import (checkpoint)', seconds(r.import.closeMs)],
    ['size on disk', bytes(r.import.diskBytes)],
    [
      'reopen',
      `${seconds(reopen)} (engine open ${seconds(r.reopen.engineOpenMs)}, schema + search index ${seconds(r.reopen.storeOpenMs)})`,
    ],
    ...(r.reopen.warmUpMs === undefined
      ? []
      : [
          [
            'warm-up after reopen (reads a record in every 4 096; `npm start` runs it in the background while it serves)',
            seconds(r.reopen.warmUpMs),
          ],
        ]),
    ...(r.firstTimelineMs === undefined
      ? []
      : [['first timeline page after reopen (builds the timeline index)', seconds(r.firstTimelineMs)]]),
    ...(r.firstSummaryMs === undefined
      ? []
      : [
          [
            'first graph summary after that (counts per type; dates from the index)',
            seconds(r.firstSummaryMs),
          ],
        ]),
    [
      'resident memory after reopen / peak while serving',
      `${bytes(r.reopen.rssBytes)}` +
        (r.reopen.peakRssBytes ? ` (peak ${bytes(r.reopen.peakRssBytes)} during the reopen)` : '') +
        ` / ${bytes(r.serving.peakRssBytes)}` +
        (r.serving.peakWithBaselinesBytes
          ? ` (${bytes(r.serving.peakWithBaselinesBytes)} once the raw baselines ran in the same process)`
          : ''),
    ],
  ];
  const header = [
    'operation',
    'conc.',
    'median ms',
    'p95 ms',
    'p99 ms',
    'req/s',
    'errors',
    'raw engine median / p95 ms',
    'API ÷ raw',
    'floor median ms',
    'API ÷ floor',
    'API ÷ `__typename`',
  ];
  const rows: string[][] = [];
  for (const c of ['c1', 'c8'] as const) {
    const t = r.typename[c];
    rows.push([
      '`{ __typename }` (request floor)',
      c.slice(1),
      ms(t.median),
      ms(t.p95),
      ms(t.p99),
      count(Math.round(t.throughput)),
      String(t.errors),
      '',
      '',
      '',
      '',
      '',
    ]);
    for (const kind of QUERY_KINDS) {
      // Results written before an operation was measured do not have it.
      const measured = r.api[kind] as SizeResult['api'][QueryKind] | undefined;
      if (!measured) continue;
      const s = measured[c];
      const raw = c === 'c1' ? r.raw[kind] : undefined;
      const floor = c === 'c1' ? r.floor[kind] : undefined;
      rows.push([
        QUERY_LABELS[kind],
        c.slice(1),
        ms(s.median),
        ms(s.p95),
        ms(s.p99),
        count(Math.round(s.throughput)),
        String(s.errors),
        raw ? `${ms(raw.median)} / ${ms(raw.p95)}` : '',
        raw ? ratio(s.median, raw.median) : '',
        floor ? ms(floor.median) : '',
        floor ? ratio(s.median, floor.median) : '',
        c === 'c1' ? ratio(s.median, t.median) : '',
      ]);
    }
  }
  return [
    `## ${r.size}${r.plain ? ', Cypher only (--plain: no bulk load, no adjacency walk)' : ''}: ${count(r.entities)} entities, ${count(r.relations)} relations, ${count(r.import.evidence)} evidence quotes`,
    '',
    `Machine: ${machineLine(r.machine)}`,
    '',
    table(['what', 'measured'], importRows),
    '',
    table(header, rows),
    '',
    'Targets (issue #6; they apply at the large size):',
    '',
    table(['target', 'goal', 'measured', ''], targetRows(r)),
  ].join('\n');
}

export function browserSection(b: BrowserSection): string {
  const byCount = new Map<number, Partial<Record<'canvas' | 'webgl', BrowserResult>>>();
  for (const r of b.results) byCount.set(r.elements, { ...byCount.get(r.elements), [r.renderer]: r });
  const rows = [...byCount].map(([elements, { canvas, webgl }]) => [
    `${count(elements)} (${count(canvas?.nodes ?? 0)} nodes, ${count(canvas?.edges ?? 0)} edges)`,
    canvas ? ms(canvas.firstFrameMs) : '',
    webgl ? ms(webgl.firstFrameMs) : '',
    canvas ? canvas.fps.toFixed(1) : '',
    webgl ? webgl.fps.toFixed(1) : '',
    canvas ? ms(canvas.worstFrameMs) : '',
    webgl ? ms(webgl.worstFrameMs) : '',
    webgl ? (webgl.webglActive ? 'yes' : 'no') : '',
  ]);
  return [
    '## Browser: Cytoscape.js canvas against its WebGL mode (headless Chromium)',
    '',
    `Machine: ${machineLine(b.machine)}`,
    '',
    'WebGL here is SwiftShader (software): compare the two modes within this run, not with a machine that has a GPU.',
    '',
    table(
      [
        'elements',
        'first frame ms (canvas)',
        'first frame ms (WebGL)',
        'fps panning+zooming (canvas)',
        'fps (WebGL)',
        'worst frame ms (canvas)',
        'worst frame ms (WebGL)',
        'WebGL active',
      ],
      rows,
    ),
  ].join('\n');
}

export function document(sizes: SizeResult[], browser: BrowserSection | null): string {
  return [
    '# Redstring benchmark',
    '',
    'Generated by `npm run bench` (small and medium) and `npm run bench -- --size large`; each section says when and where it ran. See docs/performance.md for what is measured and why.',
    '',
    'Columns: latencies through GraphQL over HTTP on loopback (client in another process); *raw engine* runs the same Cypher statements straight on Grafeo (no GraphQL, HTTP or store); *floor* is a plain breadth-first search over in-memory adjacency arrays with the same caps; `__typename` is the cost of a request that does nothing.',
    '',
    ...sizes.flatMap((s) => [sizeSection(s), '']),
    ...(browser ? [browserSection(browser), ''] : []),
  ].join('\n');
}

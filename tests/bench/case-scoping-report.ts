/**
 * The case-scoping results (case-scoping.ts) as Markdown: per operation, the store with the
 * measured case alone against the store with a foreign case beside it, measured in the same
 * sitting, and whether the cost stays within the target of issue 15 (≤ 10%).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CaseDocumentKind } from './case-documents.ts';
import type { CaseImportResult } from './case-import-phase.ts';
import { bytes, machineLine, ms, type Machine } from './report.ts';
import type { ReadyMessage } from './serve-phase.ts';
import type { Summary } from './stats.ts';
import { QUERY_LABELS, type QueryKind } from './workload.ts';

/** Beside ÷ alone at or under this is within the target. */
export const SCOPING_TARGET = 1.1;

export interface ScopingRow {
  kind: CaseDocumentKind;
  concurrency: number;
  alone: Summary;
  beside: Summary;
  /** Beside's median over alone's, per round. */
  roundRatios: number[];
}

/** The raw-engine baseline: one summary per round and side. */
export interface RawRow {
  kind: QueryKind;
  alone: Summary[];
  beside: Summary[];
}

export interface CaseScopingResult {
  size: string;
  entities: number;
  relations: number;
  besideEntities: number;
  besideRelations: number;
  /** Whether the beside case was imported before the measured one (else after it, on a copy). */
  besideFirst: boolean;
  machine: Machine;
  rounds: number;
  windowMs: number;
  imports: {
    /** The measured graph into an empty store (the bulk loader). */
    alone: CaseImportResult;
    /** The same into an empty store as one transaction (only when the beside store's is measured). */
    aloneTransaction: CaseImportResult | null;
    /** The foreign case's own import. */
    besideCase: CaseImportResult;
    /** The measured graph into the store that holds the foreign case (null when imported after it). */
    measuredBeside: CaseImportResult | null;
  };
  reopen: { alone: ReadyMessage; beside: ReadyMessage };
  firstTimeline: { alone: number; beside: number };
  firstSummary: { alone: number; beside: number };
  /**
   * The timeline page and summary of the measured case right after a write in the other case
   * (beside) against the same with nothing written (alone); absent in older results.
   */
  foreignWrite?: {
    timeline: { alone: number; beside: number };
    summary: { alone: number; beside: number };
  };
  serving: { alone: number; beside: number };
  api: ScopingRow[];
  raw: RawRow[];
}

const LABELS: Record<CaseDocumentKind, string> = {
  ...QUERY_LABELS,
  typename: '`{ __typename }` (request floor, no case)',
  summary: 'case summary (kept until the next write)',
};

const times = (value: number) => (Number.isFinite(value) ? `${value.toFixed(2)}×` : '–');
// Judged on the ratio as printed (two decimals), so that a row never reads 1.10× and missed.
const verdict = (value: number) =>
  !Number.isFinite(value) ? '' : Number(value.toFixed(2)) <= SCOPING_TARGET ? 'within' : '**missed**';
const spread = (values: readonly number[]) => {
  const finite = values.filter(Number.isFinite);
  return finite.length === 0 ? '–' : `${Math.min(...finite).toFixed(2)}–${Math.max(...finite).toFixed(2)}`;
};
const medianOf = (values: readonly number[]) => {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  return sorted.length === 0 ? NaN : sorted[Math.floor((sorted.length - 1) / 2)]!;
};
const seconds = (value: number) => `${(value / 1000).toFixed(1)} s`;
const rate = (r: CaseImportResult) =>
  `${Math.round(r.relations / ((r.importMs - r.generateMs) / 1000)).toLocaleString('en-US')} relations/s`;

function importRows(result: CaseScopingResult): string[] {
  const { alone, aloneTransaction, measuredBeside } = result.imports;
  const line = (what: string, a: string, b: string, ratio: number) =>
    `| ${what} | ${a} | ${b} | ${times(ratio)} | ${verdict(ratio)} |`;
  const rows: string[] = [];
  const importOf = (r: CaseImportResult) => `${seconds(r.importMs - r.generateMs)} (${r.path}, ${rate(r)})`;
  if (measuredBeside) {
    rows.push(
      line(
        'import of the measured graph, without the generator',
        importOf(alone),
        importOf(measuredBeside),
        (measuredBeside.importMs - measuredBeside.generateMs) / (alone.importMs - alone.generateMs),
      ),
    );
    if (aloneTransaction)
      rows.push(
        line(
          '… the same path on both sides (one transaction into an empty store)',
          importOf(aloneTransaction),
          importOf(measuredBeside),
          (measuredBeside.importMs - measuredBeside.generateMs) /
            (aloneTransaction.importMs - aloneTransaction.generateMs),
        ),
      );
    rows.push(
      line(
        'peak resident memory of the import',
        bytes(alone.peakRssBytes),
        bytes(measuredBeside.peakRssBytes),
        measuredBeside.peakRssBytes / alone.peakRssBytes,
      ),
    );
  } else {
    rows.push(
      `| import of the measured graph | ${importOf(alone)} | not measured: the beside case was added after it (see below) | | |`,
    );
  }
  return rows;
}

export function caseScopingSection(result: CaseScopingResult): string {
  const { reopen, imports } = result;
  const oneOff = (what: string, a: number, b: number, format: (v: number) => string = ms) =>
    `| ${what} | ${format(a)} | ${format(b)} | ${times(b / a)} | ${verdict(b / a)} |`;
  const rawOf = new Map(result.raw.map((row) => [row.kind, row]));
  const apiRows = result.api.map((row) => {
    const ratio = row.beside.median / row.alone.median;
    const raw =
      row.concurrency === 1 && row.kind !== 'typename' && row.kind !== 'summary'
        ? rawOf.get(row.kind)
        : undefined;
    const rawAlone = raw ? medianOf(raw.alone.map((s) => s.median)) : NaN;
    const rawBeside = raw ? medianOf(raw.beside.map((s) => s.median)) : NaN;
    const rawRatios = raw ? raw.beside.map((s, i) => s.median / raw.alone[i]!.median) : [];
    const rawCells = raw
      ? `${ms(rawAlone)} / ${ms(rawBeside)} | ${times(rawBeside / rawAlone)} (${spread(rawRatios)}) | ${times(row.alone.median / rawAlone)} / ${times(row.beside.median / rawBeside)}`
      : ' | | ';
    return `| ${LABELS[row.kind]} | ${row.concurrency} | ${ms(row.alone.median)} / ${ms(row.alone.p95)} | ${ms(row.beside.median)} / ${ms(row.beside.p95)} | ${times(ratio)} | ${spread(row.roundRatios)} | ${times(row.beside.p95 / row.alone.p95)} | ${row.kind === 'typename' ? '(noise)' : verdict(ratio)} | ${rawCells} | ${row.alone.errors} / ${row.beside.errors} |`;
  });
  const missed = result.api
    .filter((row) => row.kind !== 'typename' && verdict(row.beside.median / row.alone.median) !== 'within')
    .map(
      (row) => `${LABELS[row.kind]} (c${row.concurrency}, ${times(row.beside.median / row.alone.median)})`,
    );
  return [
    `## Case scoping, ${result.size}: ${result.entities.toLocaleString('en-US')} entities and ${result.relations.toLocaleString('en-US')} relations in one case, beside another of ${result.besideEntities.toLocaleString('en-US')} entities and ${result.besideRelations.toLocaleString('en-US')} relations`,
    '',
    `Machine: ${machineLine(result.machine)}`,
    '',
    `Two stores served at once: _alone_ holds the measured case only; _beside_ holds it and a foreign case generated with another seed, so every entity, relation and source id of the foreign case is also an id of the measured case. ${result.besideFirst ? 'The foreign case was imported first, the measured case into the store that held it.' : 'The beside store is a copy of the alone store with the foreign case imported after the measured one: at this size the measured import cannot run beside another case (below).'} Every operation asks \`case(id: "case-1")\` on both sides and runs in ${result.rounds} alternating windows per side (ABBA…, ${ms(result.windowMs / result.rounds)} ms each), samples pooled per side; the round spread is the range of the per-round median ratios, and the request floor's row shows the noise of the sitting. Target (issue 15): beside ÷ alone ≤ ${SCOPING_TARGET.toFixed(2)}.`,
    '',
    '| operation | conc. | alone median / p95 ms | beside median / p95 ms | beside ÷ alone (median) | round spread | p95 ratio | target | raw engine median alone / beside ms | raw beside ÷ alone (round spread) | API ÷ raw alone / beside | errors |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...apiRows,
    '',
    '| what | alone | beside | beside ÷ alone | target |',
    '| --- | --- | --- | --- | --- |',
    ...importRows(result),
    `| the foreign case's own import (${imports.besideCase.relations.toLocaleString('en-US')} relations) | | ${seconds(imports.besideCase.importMs - imports.besideCase.generateMs)} (${imports.besideCase.path}) | | |`,
    oneOff('reopen: engine open', reopen.alone.engineOpenMs, reopen.beside.engineOpenMs, seconds),
    oneOff(
      "reopen: store open (schema, every case's search index)",
      reopen.alone.storeOpenMs,
      reopen.beside.storeOpenMs,
      seconds,
    ),
    oneOff('warm-up after reopen', reopen.alone.warmUpMs, reopen.beside.warmUpMs, seconds),
    oneOff(
      "first timeline page (builds the case's timeline index)",
      result.firstTimeline.alone,
      result.firstTimeline.beside,
    ),
    oneOff('first case summary (counts per type)', result.firstSummary.alone, result.firstSummary.beside),
    ...(result.foreignWrite
      ? [
          oneOff(
            'timeline page right after a write in the other case (alone: nothing written)',
            result.foreignWrite.timeline.alone,
            result.foreignWrite.timeline.beside,
          ),
          oneOff(
            'case summary right after a write in the other case (alone: nothing written)',
            result.foreignWrite.summary.alone,
            result.foreignWrite.summary.beside,
          ),
        ]
      : []),
    oneOff('server peak resident memory', result.serving.alone, result.serving.beside, bytes),
    '',
    missed.length === 0
      ? `Every operation is within ${SCOPING_TARGET.toFixed(2)}× at the median.`
      : `Missed (median over ${SCOPING_TARGET.toFixed(2)}×): ${missed.join('; ')}. Compare with the request floor's spread before reading a small excess as real.`,
    '',
  ].join('\n');
}

/** Every size's latest case-scoping section, for latest.md. */
export function caseScopingSections(resultsDir: string): string {
  return ['small', 'medium', 'large']
    .map((size) => join(resultsDir, `case-scoping-${size}.json`))
    .filter((file) => existsSync(file))
    .map((file) => caseScopingSection(JSON.parse(readFileSync(file, 'utf8')) as CaseScopingResult))
    .join('\n');
}

/**
 * The record of every import into a case (:RedstringImport), written in the import's transaction
 * with its audit record: the file, its format, when, by whom, the counts, and, in parts of one
 * chunk each (:RedstringImportPart), what it created and changed (record-changes.ts). Undo reads
 * them back (undo-import.ts). Neither label is matched by any read of the graph.
 */
import { randomBytes } from 'node:crypto';
import type { CypherTransaction, PlainValue } from '../../engine/cypher-engine.ts';
import type { Actor } from '../actor.ts';
import { decodeCursor, encodeCursor } from '../cursors.ts';
import { pageSize } from '../limits.ts';
import { readRows, type StoreParts } from '../parts.ts';
import { quoteShort } from '../quote.ts';
import { asRecord } from '../rows.ts';
import type { Queries } from '../statements.ts';
import { StoreInputError, type ImportReport, type Page, type WriteCounts } from '../types.ts';
import type { RecordChange } from './record-changes.ts';

export interface ImportRecord {
  id: string;
  /** The case imported into. */
  case: string;
  /** The files' names, comma-separated; null for a graph sent through the API (`importGraph`). */
  file: string | null;
  /** The format read (a `GraphFormat` value in lower case); null for `importGraph`. */
  format: string | null;
  /** When it committed (ISO 8601, UTC). */
  at: string;
  actor: Pick<Actor, 'name' | 'role'>;
  /** Its audit record's number: imports sort by it. */
  seq: number;
  sources: WriteCounts;
  entities: WriteCounts;
  relations: WriteCounts;
  /**
   * True for a bulk load into an empty case (import-graph.ts): it created everything the case held
   * when it ended, and kept no record of each change; it can be undone while nothing else has been
   * written to the case since.
   */
  wholeCase: boolean;
  undone: { at: string; by: string } | null;
}

/** What an import writes about itself once it is done, in its transaction. */
export interface ImportRecordInput {
  id: string;
  file: string | null;
  format: string | null;
  seq: number;
  actor: Actor;
  report: ImportReport;
  wholeCase: boolean;
}

/** A new import's id: its time and a random suffix, so that ids sort by time and never collide. */
export function newImportId(now: Date = new Date()): string {
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  return `import-${stamp}-${randomBytes(4).toString('hex')}`;
}

/** Writes one part of an import's changes (a chunk's worth). */
export async function writeImportPart(
  tx: CypherTransaction,
  queries: Queries,
  importId: string,
  seq: number,
  changes: readonly RecordChange[],
): Promise<void> {
  await tx.run(queries.get('import-part-create'), { importId, seq, changes: JSON.stringify(changes) });
}

export async function writeImportRecord(
  tx: CypherTransaction,
  queries: Queries,
  input: ImportRecordInput,
): Promise<void> {
  const { report } = input;
  await tx.run(queries.get('import-record-create'), {
    id: input.id,
    seq: input.seq,
    at: new Date().toISOString(),
    file: input.file,
    format: input.format,
    actorName: input.actor.name,
    actorRole: input.actor.role,
    actorTokenId: input.actor.tokenId,
    counts: JSON.stringify({
      sources: report.sources,
      entities: report.entities,
      relations: report.relations,
    }),
    wholeCase: input.wholeCase,
  });
}

/** A case's imports, newest first, a page at a time. */
export async function listImports(
  parts: Pick<StoreParts, 'engine' | 'queries' | 'limits'>,
  options: { first?: number | null; after?: string | null },
): Promise<Page<ImportRecord>> {
  const limit = pageSize(parts.limits, options.first, 20);
  const [before] = decodeCursor(options.after, 1) ?? [null];
  const rows = await readRows(parts, 'imports-list', {
    before: before === null || before === undefined ? null : Number(before),
    limit: limit + 1,
  });
  const items = rows.slice(0, limit).map((row) => toImportRecord(row.record));
  const last = items.at(-1);
  return {
    items,
    hasNextPage: rows.length > limit,
    endCursor: last ? encodeCursor([String(last.seq)]) : null,
    totalCount: items.length,
  };
}

export async function getImport(
  parts: Pick<StoreParts, 'engine' | 'queries'>,
  id: string,
): Promise<ImportRecord | null> {
  const [row] = await readRows(parts, 'import-by-id', { id });
  return row ? toImportRecord(row.record) : null;
}

/** The import `id` in `tx`, or an error naming it and its case. */
export async function importIn(
  tx: CypherTransaction,
  queries: Queries,
  caseId: string,
  id: string,
): Promise<ImportRecord> {
  const [row] = await tx.run(queries.get('import-by-id'), { id });
  if (!row)
    throw new StoreInputError(
      `no import ${quoteShort(id)} in case ${quoteShort(caseId)}: \`case { imports }\` lists them`,
      'NOT_FOUND',
    );
  return toImportRecord(row.record);
}

/** What `id` recorded, chunk by chunk. */
export async function readImportParts(
  tx: CypherTransaction,
  queries: Queries,
  id: string,
): Promise<RecordChange[][]> {
  const rows = await tx.run(queries.get('import-parts'), { id });
  return rows.map((row) => JSON.parse(String(row.changes)) as RecordChange[]);
}

const noCounts = (): WriteCounts => ({ created: 0, updated: 0, unchanged: 0, deleted: 0 });

function toImportRecord(value: PlainValue | undefined): ImportRecord {
  const record = asRecord(value ?? null);
  const counts =
    typeof record.counts === 'string'
      ? (JSON.parse(record.counts) as Partial<Record<'sources' | 'entities' | 'relations', WriteCounts>>)
      : {};
  return {
    id: String(record.id),
    case: String(record.caseId),
    file: typeof record.file === 'string' ? record.file : null,
    format: typeof record.format === 'string' ? record.format : null,
    at: String(record.at),
    actor: { name: String(record.actorName), role: String(record.actorRole) as Actor['role'] },
    seq: Number(record.seq),
    sources: counts.sources ?? noCounts(),
    entities: counts.entities ?? noCounts(),
    relations: counts.relations ?? noCounts(),
    wholeCase: record.wholeCase === true,
    undone:
      typeof record.undoneAt === 'string' ? { at: record.undoneAt, by: String(record.undoneBy ?? '') } : null,
  };
}

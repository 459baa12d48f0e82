/**
 * Importing a stream of graph chunks in one transaction (or, for a large stream into an empty case
 * store from the CLI, through the engine's bulk loader): planned and applied chunk by chunk, the
 * search index updated once the graph's transaction committed.
 */
import type { CypherTransaction } from '../engine/cypher-engine.ts';
import { parseGraphFile, type GraphFile } from '../model/case-format.ts';
import { LOCAL_ACTOR } from './actor.ts';
import { AuditIds, recordAudit, type AuditAction, type WriteOptions } from './audit.ts';
import { importInBulk } from './bulk-import.ts';
import { applyPlan } from './import-apply.ts';
import { emptyCounts, emptyDeclared, planImport, type Declared } from './import-plan.ts';
import { newImportId, writeImportPart, writeImportRecord } from './imports/import-records.ts';
import type { RecordChange } from './imports/record-changes.ts';
import type { StoreParts } from './parts.ts';
import type { SearchDocument, SearchIndex } from './search-index.ts';
import type { WriteCounter } from './since-last-write.ts';
import { StoreInputError, type ImportReport } from './types.ts';

export interface ImportOptions extends WriteOptions {
  /** Report what would change without writing. */
  dryRun?: boolean;
  /** Name of the file, for error messages and the import's record. */
  file?: string;
  /** The format read, for the import's record (a `GraphFormat` value in lower case). */
  format?: string;
  /**
   * Let a large stream into an empty case go through the engine's bulk loader, whose batches
   * readers can see before the end (still all or nothing: a failure empties the store again). For
   * the CLI, where nobody is reading; a running server's imports stay one transaction.
   * @default false
   */
  bulk?: boolean;
  /** What the audit log calls this write (an upsert is an import of one record). @default 'graph.import' */
  action?: AuditAction;
  /**
   * Ends the import between two chunks: its transaction rolls back, so nothing is written, and it
   * fails with `ImportCancelledError`.
   */
  signal?: AbortSignal;
  /** Told what the import is doing, for a job's progress (`reading` while it waits for records). */
  onPhase?: (phase: ImportPhase) => void;
  /**
   * Refuse the store's other writes while this import runs (with a clear error naming it), rather
   * than let them wait in the engine's queue behind a transaction that may take minutes.
   */
  exclusive?: string;
}

export type ImportPhase = 'reading' | 'planning' | 'writing' | 'committing';

/** An import stopped by its signal; nothing it read was written. */
export class ImportCancelledError extends Error {
  override name = 'ImportCancelledError';
  constructor() {
    super('the import was cancelled; nothing was written');
  }
}

/** What an import writes with: the store's parts, its write counter and its search index. */
export interface ImportTarget {
  parts: StoreParts;
  writes: WriteCounter;
  searchIndex: SearchIndex;
}

/**
 * Writes a stream of graph chunks in one transaction, so that a large file is all-or-nothing
 * without being held in memory whole. A chunk may name entities and sources of earlier chunks
 * or of the store; a chunk naming one that is nowhere fails the whole import.
 */
export async function importChunks(
  target: ImportTarget,
  chunks: Iterable<GraphFile> | AsyncIterable<GraphFile>,
  options: ImportOptions,
): Promise<ImportReport> {
  const { parts, writes, searchIndex } = target;
  const { engine, queries } = parts;
  const report: ImportReport = {
    dryRun: options.dryRun ?? false,
    sources: emptyCounts(),
    entities: emptyCounts(),
    relations: emptyCounts(),
    warnings: [],
  };
  const searchDocuments: SearchDocument[] = [];
  // Ids declared by earlier chunks: a dry run writes nothing, so the store cannot tell it about them.
  const declared: Declared = emptyDeclared();
  // The ids the audit record lists: every chunk is parsed once, on whichever path it is written.
  const touched = new AuditIds();
  // An import (not an upsert, which is a write of one record) is recorded so that it can be undone
  // (imports/): what each chunk created and changed, then the record itself, all in its transaction.
  const action = options.action ?? 'graph.import';
  const recorded = !options.dryRun && action === 'graph.import';
  const importId = recorded ? newImportId() : null;
  let partSeq = 0;
  const recordPart = async (tx: CypherTransaction, changes: readonly RecordChange[]) => {
    if (importId && changes.length > 0) await writeImportPart(tx, queries, importId, partSeq++, changes);
  };
  const parse = (chunk: GraphFile, index: number) => {
    const graph = parseGraphFile(chunk, options.file ? `${options.file} (chunk ${index})` : undefined, {
      crossReferences: false,
    });
    for (const record of [...graph.sources, ...graph.entities, ...graph.relations]) touched.add(record.id);
    return graph;
  };
  // In the transaction that makes the import final: no record for one that rolls back.
  const audit = async (tx: CypherTransaction, wholeCase = false) => {
    const actor = options.actor ?? LOCAL_ACTOR;
    const seq = await recordAudit(tx, queries, actor, {
      action,
      ids: touched.ids,
      idCount: touched.count,
      detail: { ...auditDetail(options.file, report), ...(importId ? { import: importId } : {}) },
    });
    if (importId)
      await writeImportRecord(tx, queries, {
        id: importId,
        // A file read in some format; a graph sent as JSON (`importGraph`) has a name for its
        // messages only.
        file: options.format ? (options.file ?? null) : null,
        format: options.format ?? null,
        seq,
        actor,
        report,
        wholeCase,
      });
  };
  // A large stream into an empty case goes through the engine's bulk loader (bulk-import.ts).
  if (!options.dryRun && options.bulk && engine.bulkLoad) {
    // The bulk loader writes beside `writes.run`: it counts as a write all the same (`finally`).
    const bulk = await importInBulk(engine.bulkLoad, chunks, {
      report,
      declared,
      searchDocuments,
      parse,
      applyInTransaction: async (tx, graph) => {
        const plan = await planImport(tx, queries, graph, report, declared);
        await applyPlan(tx, queries, plan);
        searchDocuments.push(...plan.searchDocuments);
      },
      // A load into an empty case created all it holds: undoing it empties the case, as long as
      // nothing else was written to it since; it keeps no change per record (millions of them).
      recordInTransaction: (tx) => audit(tx, true),
    }).finally(() => writes.bump());
    if (bulk.done) {
      searchIndex.upsert(searchDocuments);
      return { ...report, ...(importId ? { importId } : {}) };
    }
    chunks = bulk.rest;
  }
  let attempts = 0;
  const work = async (tx: CypherTransaction) => {
    // Neo4j's driver replays a transaction after a transient error; a stream read once cannot
    // be replayed, and the counts would be doubled. Refuse rather than commit half an import.
    if (++attempts > 1)
      throw new StoreInputError(
        'the import was interrupted by a transient database error and cannot be replayed from a stream; nothing was written, run it again',
        'CONFLICT',
      );
    declared.storeHadRelations = (await tx.run(queries.get('relations-any'))).length > 0;
    let index = 0;
    const { signal, onPhase } = options;
    const check = () => {
      if (signal?.aborted) throw new ImportCancelledError();
    };
    onPhase?.('reading');
    for await (const chunk of chunks) {
      check();
      const graph = parse(chunk, index++);
      onPhase?.('planning');
      const plan = await planImport(tx, queries, graph, report, declared, importId ? [] : null);
      check();
      onPhase?.('writing');
      if (!options.dryRun) {
        await applyPlan(tx, queries, plan);
        await recordPart(tx, plan.changes);
      }
      searchDocuments.push(...plan.searchDocuments);
      onPhase?.('reading');
    }
    check();
    if (!options.dryRun) await audit(tx);
    onPhase?.('committing');
  };
  if (options.dryRun) await engine.read(work);
  else await writes.run(work, options.exclusive);
  if (!options.dryRun) searchIndex.upsert(searchDocuments);
  return { ...report, ...(importId ? { importId } : {}) };
}

/** The import's counts, for its audit record: what changed, not the records themselves. */
function auditDetail(file: string | undefined, report: ImportReport): Record<string, string | number> {
  const detail: Record<string, string | number> = {};
  if (file) detail.file = file;
  for (const kind of ['sources', 'entities', 'relations'] as const)
    for (const change of ['created', 'updated', 'deleted'] as const)
      if (report[kind][change] > 0) detail[`${kind}.${change}`] = report[kind][change];
  return detail;
}

/**
 * Undoing an import: what it created is removed and what it changed is put back as it was, in one
 * transaction with its audit record, as long as nothing has touched those records since. Touched
 * means: the record is no longer what the import wrote (record-changes.ts compares fingerprints),
 * or removing what the import created would take a later write with it (a relation added since to
 * an entity the import created; evidence added since that cites a source it created). Then nothing
 * is written and the answer lists what blocks it, so that an investigator can decide: undo the
 * later writes first, or keep the import.
 */
import type { CypherTransaction, PlainValue, Row } from '../../engine/cypher-engine.ts';
import { withIdentifier } from '../../engine/statement.ts';
import { LOCAL_ACTOR } from '../actor.ts';
import { AuditIds, recordAudit, type WriteOptions } from '../audit.ts';
import { groupBy } from '../group-by.ts';
import { quoteShort } from '../quote.ts';
import { asRecord, chunks } from '../rows.ts';
import type { SearchDocument } from '../search-index.ts';
import type { Queries } from '../statements.ts';
import { StoreInputError } from '../types.ts';
import { importIn, readImportParts, type ImportRecord } from './import-records.ts';
import {
  fingerprint,
  foldChanges,
  type RecordChange,
  type RecordKind,
  type StoredImage,
} from './record-changes.ts';

/** Blockers an answer lists at most; `blockerCount` has them all. */
const LISTED_BLOCKERS = 100;

export interface UndoBlocker {
  /** What blocks: a record of the case, or (for a bulk load) a later write, by its audit number. */
  kind: RecordKind | 'write';
  id: string;
  reason: string;
}

export interface KindCounts {
  sources: number;
  entities: number;
  relations: number;
}

export interface UndoOutcome {
  /** The import, as it is after the attempt. */
  import: ImportRecord;
  undone: boolean;
  /** Why it was not undone: the first LISTED_BLOCKERS. */
  blockers: UndoBlocker[];
  blockerCount: number;
  /** Records the import had created, now removed. */
  removed: KindCounts;
  /** Records the import had changed, now as they were before it. */
  restored: KindCounts;
}

/** What the case store does with its search index once the undo committed. */
export type SearchRepair = { rebuild: true } | { rebuild: false; remove: string[]; upsert: SearchDocument[] };

export interface UndoResult {
  outcome: UndoOutcome;
  search: SearchRepair | null;
}

/** An undo found blockers: thrown to roll its transaction back, caught by `undoImport`. */
class UndoBlocked extends Error {
  constructor(
    readonly record: ImportRecord,
    readonly blockers: UndoBlocker[],
  ) {
    super(`the import cannot be undone: ${blockers.length} blockers`);
  }
}

const noCounts = (): KindCounts => ({ sources: 0, entities: 0, relations: 0 });

/**
 * Undoes import `id` of the case in `write`'s transaction (the case's write counter: the case is
 * marked changed, and the store's cached views are dropped).
 */
export async function undoImport(
  write: <T>(work: (tx: CypherTransaction) => Promise<T>) => Promise<T>,
  queries: Queries,
  caseId: string,
  id: string,
  options: WriteOptions,
): Promise<UndoResult> {
  const actor = options.actor ?? LOCAL_ACTOR;
  try {
    return await write(async (tx) => {
      const record = await importIn(tx, queries, caseId, id);
      if (record.undone)
        throw new StoreInputError(
          `import ${quoteShort(id)} was undone already, at ${record.undone.at} by ${record.undone.by}`,
          'CONFLICT',
        );
      const done = record.wholeCase
        ? await undoWholeCase(tx, queries, record)
        : await undoChanges(tx, queries, record);
      const at = new Date().toISOString();
      await tx.run(queries.get('import-mark-undone'), { id, at, by: actor.name });
      await tx.run(queries.get('import-parts-delete'), { id });
      await recordAudit(tx, queries, actor, {
        action: 'graph.undo-import',
        ids: done.ids.ids,
        idCount: done.ids.count,
        detail: {
          import: id,
          ...(record.file ? { file: record.file } : {}),
          ...countsDetail('removed', done.removed),
          ...countsDetail('restored', done.restored),
        },
      });
      const outcome: UndoOutcome = {
        import: { ...record, undone: { at, by: actor.name } },
        undone: true,
        blockers: [],
        blockerCount: 0,
        removed: done.removed,
        restored: done.restored,
      };
      return { outcome, search: done.search };
    });
  } catch (error) {
    if (!(error instanceof UndoBlocked)) throw error;
    return {
      outcome: {
        import: error.record,
        undone: false,
        blockers: error.blockers.slice(0, LISTED_BLOCKERS),
        blockerCount: error.blockers.length,
        removed: noCounts(),
        restored: noCounts(),
      },
      search: null,
    };
  }
}

function countsDetail(what: string, counts: KindCounts): Record<string, number> {
  return Object.fromEntries(
    Object.entries(counts)
      .filter(([, n]) => n > 0)
      .map(([kind, n]) => [`${kind}.${what}`, n]),
  );
}

interface Done {
  removed: KindCounts;
  restored: KindCounts;
  ids: AuditIds;
  search: SearchRepair;
}

/**
 * A bulk load into an empty case created everything the case held when it ended: undoing it
 * empties the case, unless something was written to the case since (its name and description do
 * not count; they are not in the graph).
 */
async function undoWholeCase(tx: CypherTransaction, queries: Queries, record: ImportRecord): Promise<Done> {
  const later = (await tx.run(queries.get('writes-after'), { after: record.seq, limit: LISTED_BLOCKERS + 1 }))
    .map((row) => asRecord(row.record))
    .filter((write) => !String(write.action).startsWith('case.'));
  if (later.length > 0)
    throw new UndoBlocked(
      record,
      later.map((write) => ({
        kind: 'write',
        id: String(write.seq),
        reason: `${String(write.action)} by ${String(write.actorName)} at ${String(write.at)} wrote to the case after this import`,
      })),
    );
  const counts = noCounts();
  for (const row of await tx.run(queries.get('case-counts')))
    counts[String(row.kind) as keyof KindCounts] = Number(row.count);
  await tx.run(queries.get('case-delete-entities'));
  await tx.run(queries.get('case-delete-sources'));
  return { removed: counts, restored: noCounts(), ids: new AuditIds(), search: { rebuild: true } };
}

/** The store's current version of each recorded record, checked against what the import wrote. */
interface Checked {
  change: RecordChange;
  /** The record as it is now. */
  current: StoredImage;
}

async function undoChanges(tx: CypherTransaction, queries: Queries, record: ImportRecord): Promise<Done> {
  const folded = [...foldChanges(await readImportParts(tx, queries, record.id)).values()];
  const byKind = groupBy(folded, (change) => change.kind);
  const blockers: UndoBlocker[] = [];
  const sources = await checkRecords(tx, queries, byKind.get('source') ?? [], 'source', blockers);
  const entities = await checkRecords(tx, queries, byKind.get('entity') ?? [], 'entity', blockers);
  const relations = await checkRecords(tx, queries, byKind.get('relation') ?? [], 'relation', blockers);
  const inImport = new Set(folded.map((change) => `${change.kind}\u0000${change.id}`));
  // Every record it created, touched since or not: what undoing would remove.
  const created = (kind: RecordKind) =>
    (byKind.get(kind) ?? []).filter((change) => change.before === null).map((change) => change.id);
  const createdEntities = created('entity');
  const createdSources = created('source');
  await checkLaterRelations(tx, queries, createdEntities, inImport, blockers);
  await checkLaterCitations(tx, queries, createdSources, inImport, blockers);
  await checkRestorable(tx, queries, folded, blockers);
  if (blockers.length > 0) throw new UndoBlocked(record, blockers);

  const ids = new AuditIds();
  for (const change of folded) ids.add(change.id);
  const restoredOf = (checked: Checked[]) => checked.filter((c) => c.change.before !== null);
  const removed: KindCounts = {
    sources: createdSources.length,
    entities: createdEntities.length,
    relations: relations.length - restoredOf(relations).length,
  };
  const restored: KindCounts = {
    sources: restoredOf(sources).length,
    entities: restoredOf(entities).length,
    relations: restoredOf(relations).length,
  };

  // Relations first: every one the import wrote goes, then the ones it changed come back where
  // they were, once their ends (entities that existed before the import) are as they were.
  for (const batch of chunks(relations))
    await tx.run(queries.get('relations-delete-at-endpoints'), {
      rows: batch.map(({ change }) => ({ id: change.id, from: change.from ?? '', to: change.to ?? '' })),
    });
  for (const batch of chunks(restoredOf(sources)))
    await tx.run(queries.get('sources-upsert'), { rows: batch.map(({ change }) => change.before!.props) });
  for (const [type, group] of groupBy(restoredOf(entities), ({ current }) => String(current.props.type))) {
    const statement = withIdentifier(queries.get('entity-remove-label'), '__TYPE__', type, 'entity type');
    for (const batch of chunks(group)) await tx.run(statement, { ids: batch.map(({ change }) => change.id) });
  }
  for (const [type, group] of groupBy(restoredOf(entities), ({ change }) =>
    String(change.before!.props.type),
  )) {
    const statement = withIdentifier(queries.get('entities-upsert'), '__TYPE__', type, 'entity type');
    for (const batch of chunks(group))
      await tx.run(statement, {
        rows: batch.map(({ change }) => ({ id: change.id, props: change.before!.props })),
      });
  }
  for (const batch of chunks(createdEntities)) await tx.run(queries.get('entities-delete'), { ids: batch });
  for (const [type, group] of groupBy(restoredOf(relations), ({ change }) => String(change.before!.type))) {
    const statement = withIdentifier(queries.get('relations-create'), '__TYPE__', type, 'relation type');
    for (const batch of chunks(group))
      await tx.run(statement, {
        rows: batch.map(({ change }) => ({
          from: change.before!.from ?? '',
          to: change.before!.to ?? '',
          props: change.before!.props,
        })),
      });
  }
  for (const batch of chunks(createdSources)) await tx.run(queries.get('sources-delete'), { ids: batch });

  return {
    removed,
    restored,
    ids,
    search: {
      rebuild: false,
      remove: createdEntities,
      upsert: restoredOf(entities).map(({ change }) => searchDocument(change.id, change.before!.props)),
    },
  };
}

/** Reads each recorded record as it is now; one that is gone or not as written is a blocker. */
async function checkRecords(
  tx: CypherTransaction,
  queries: Queries,
  changes: readonly RecordChange[],
  kind: RecordKind,
  blockers: UndoBlocker[],
): Promise<Checked[]> {
  const checked: Checked[] = [];
  for (const batch of chunks(changes)) {
    const now = await readCurrent(tx, queries, kind, batch);
    for (const change of batch) {
      const current = now.get(change.id);
      const what = change.before === null ? 'created' : 'changed';
      if (!current)
        blockers.push({
          kind,
          id: change.id,
          reason: `${kind === 'relation' ? 'deleted or moved' : 'deleted'} since this import ${what} it`,
        });
      else if (fingerprint(current) !== change.after)
        blockers.push({ kind, id: change.id, reason: `changed since this import ${what} it` });
      else checked.push({ change, current });
    }
  }
  return checked;
}

async function readCurrent(
  tx: CypherTransaction,
  queries: Queries,
  kind: RecordKind,
  batch: readonly RecordChange[],
): Promise<Map<string, StoredImage>> {
  const ids = batch.map((change) => change.id);
  if (kind === 'source') {
    const rows = await tx.run(queries.get('sources-by-id'), { ids });
    return new Map(rows.map((row) => [String(asRecord(row.source).id), { props: asRecord(row.source) }]));
  }
  if (kind === 'entity') {
    const rows = await tx.run(queries.get('entities-by-id'), { ids });
    return new Map(rows.map((row) => [String(asRecord(row.entity).id), { props: asRecord(row.entity) }]));
  }
  // Where the import left each relation: a lookup through its ends, not a scan of every relation.
  const rows = await tx.run(queries.get('relations-at-endpoints'), {
    rows: batch.map((change) => ({ id: change.id, from: change.from ?? '', to: change.to ?? '' })),
  });
  return new Map(rows.map((row: Row) => [String(asRecord(row.relation).id), relationImage(row)]));
}

function relationImage(row: Row): StoredImage {
  return {
    props: asRecord(row.relation),
    type: String(row.type),
    from: String(row.from),
    to: String(row.to),
  };
}

/** A relation added since to an entity the import created would be deleted with it. */
async function checkLaterRelations(
  tx: CypherTransaction,
  queries: Queries,
  createdEntities: readonly string[],
  inImport: ReadonlySet<string>,
  blockers: UndoBlocker[],
): Promise<void> {
  const seen = new Set<string>();
  for (const batch of chunks(createdEntities))
    for (const row of await tx.run(queries.get('relations-touching'), { ids: batch })) {
      const id = String(row.id);
      if (inImport.has(`relation\u0000${id}`) || seen.has(id)) continue;
      seen.add(id);
      blockers.push({
        kind: 'relation',
        id,
        reason: `added since this import (${String(row.type)} between ${quoteShort(String(row.entity))} and ${quoteShort(String(row.other))}); undoing would delete it with ${quoteShort(String(row.entity))}, which the import created`,
      });
    }
}

/** Evidence added since that cites a source the import created would be left citing nothing. */
async function checkLaterCitations(
  tx: CypherTransaction,
  queries: Queries,
  createdSources: readonly string[],
  inImport: ReadonlySet<string>,
  blockers: UndoBlocker[],
): Promise<void> {
  for (const batch of chunks(createdSources))
    for (const row of await tx.run(queries.get('source-citers'), { ids: batch })) {
      const kind = String(row.kind) as RecordKind;
      if (inImport.has(`${kind}\u0000${String(row.citer)}`)) continue;
      blockers.push({
        kind,
        id: String(row.citer),
        reason: `cites source ${quoteShort(String(row.source))}, which this import created, in evidence added since`,
      });
    }
}

/**
 * What a changed record goes back to must still have what it stands on: a relation its two ends,
 * evidence its sources. They existed before the import; one deleted since (and not put back by
 * this undo) would leave the record half restored.
 */
async function checkRestorable(
  tx: CypherTransaction,
  queries: Queries,
  changes: readonly RecordChange[],
  blockers: UndoBlocker[],
): Promise<void> {
  const ends = new Map<string, RecordChange[]>();
  const cited = new Map<string, RecordChange[]>();
  const restoredSources = new Set<string>();
  const need = (map: Map<string, RecordChange[]>, id: string, change: RecordChange) =>
    map.set(id, [...(map.get(id) ?? []), change]);
  for (const change of changes) {
    const before = change.before;
    if (!before) continue;
    if (change.kind === 'source') restoredSources.add(change.id);
    if (change.kind === 'relation')
      for (const end of [before.from, before.to]) if (end) need(ends, end, change);
    const sources = before.props.evidenceSources;
    if (Array.isArray(sources)) for (const id of new Set(sources.map(String))) need(cited, id, change);
  }
  for (const id of restoredSources) cited.delete(id);
  const missing = async (ids: string[], statement: string, key: string) => {
    const found = new Set<string>();
    for (const batch of chunks(ids))
      for (const row of await tx.run(queries.get(statement), { ids: batch }))
        found.add(String(asRecord(row[key]).id));
    return ids.filter((id) => !found.has(id));
  };
  for (const id of await missing([...ends.keys()], 'entities-by-id', 'entity'))
    for (const change of ends.get(id)!)
      blockers.push({
        kind: change.kind,
        id: change.id,
        reason: `cannot go back to its place: entity ${quoteShort(id)} was deleted since this import`,
      });
  for (const id of await missing([...cited.keys()], 'sources-by-id', 'source'))
    for (const change of cited.get(id)!)
      blockers.push({
        kind: change.kind,
        id: change.id,
        reason: `its evidence before this import cites source ${quoteShort(id)}, deleted since`,
      });
}

function searchDocument(id: string, props: Record<string, PlainValue>): SearchDocument {
  return {
    id,
    type: String(props.type),
    name: String(props.name ?? id),
    aliases: Array.isArray(props.aliases) ? props.aliases.map(String) : [],
  };
}

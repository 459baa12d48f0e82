/**
 * Planning an import, inside its transaction: what each record of a file changes (created,
 * updated, unchanged), checked against the store and against the earlier chunks of the same
 * import. import-apply.ts writes the plan.
 */
import type { CypherTransaction, Row } from '../engine/cypher-engine.ts';
import type { EntityInput, GraphFile, RelationInput, SourceInput } from '../model/case-format.ts';
import { fingerprint, type RecordChange, type StoredImage } from './imports/record-changes.ts';
import { entityProps, relationProps, sameRecord, sourceProps } from './mapping.ts';
import { asRecord, chunks } from './rows.ts';
import type { SearchDocument } from './search-index.ts';
import type { Queries } from './statements.ts';
import { unknownEntitiesError, unknownSourcesError, type ImportReport, type WriteCounts } from './types.ts';

/** Ids declared so far in one import (by earlier chunks): a dry run cannot ask the store about them. */
export interface Declared {
  entities: Set<string>;
  sources: Set<string>;
  relations: Set<string>;
  /** Entities this import created (not updated). */
  created: Set<string>;
  /** Whether the store held relations before the import began. */
  storeHadRelations: boolean;
  /**
   * Hashes of the ids of the relations the store held before the import began, read once when
   * an import has more than one batch of ids to look for (`priorRelationHashes`); null until then.
   */
  priorRelations?: Set<number> | null;
}

/** Ids an import looks up by scanning before it reads every stored relation id once instead. */
const SCAN_LOOKUPS = 2_000;

/** FNV-1a over the UTF-16 code units: a 32-bit hash of an id, to keep millions of them small. */
function idHash(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/**
 * Narrows the ids to look up to those that may exist: stored before the import (by hash, so a
 * collision only costs an exact lookup) or used by an earlier chunk. Each lookup scans every
 * relationship (relation ids have no index on the embedded engine), so a large import that looked
 * up each of its ids by scanning took minutes per hundred thousand relations; one read of the
 * stored ids makes it linear.
 */
async function narrowLookup(
  tx: CypherTransaction,
  queries: Queries,
  declared: Declared,
  lookup: string[],
): Promise<string[]> {
  if (!declared.priorRelations) {
    if (lookup.length <= SCAN_LOOKUPS && declared.relations.size === 0) return lookup;
    const rows = await tx.run(queries.get('relation-ids'));
    declared.priorRelations = new Set(rows.map((row) => idHash(String(row.id))));
  }
  const prior = declared.priorRelations;
  return lookup.filter((id) => prior.has(idHash(id)) || declared.relations.has(id));
}

/** What one chunk of an import writes. */
export interface ImportPlan {
  sourcesToWrite: SourceInput[];
  /** With the type each entity had when it is retyped (its old label must go). */
  entitiesToWrite: { entity: EntityInput; oldType: string | null }[];
  relationsToWrite: RelationInput[];
  /** Relations rewritten at the same endpoints: the old one is deleted first. */
  relationsToDelete: { id: string; from: string; to: string }[];
  /** Relations found elsewhere by id (an edited file moved them): deleted before being written here. */
  movedRelations: string[];
  searchDocuments: SearchDocument[];
  /** What each written record was before and what it became, when the import is recorded (undo). */
  changes: RecordChange[];
}

export function emptyDeclared(): Declared {
  return {
    entities: new Set(),
    sources: new Set(),
    relations: new Set(),
    created: new Set(),
    storeHadRelations: true,
  };
}

export function emptyCounts(): WriteCounts {
  return { created: 0, updated: 0, unchanged: 0, deleted: 0 };
}

/** Works out, inside the transaction, what each record of the file changes; counts it in `report`. */
export async function planImport(
  tx: CypherTransaction,
  queries: Queries,
  graph: GraphFile,
  report: ImportReport,
  declared: Declared = emptyDeclared(),
  /** Keep each written record's change (an import that can be undone); null to skip the cost. */
  changes: RecordChange[] | null = null,
): Promise<ImportPlan> {
  for (const s of graph.sources) declared.sources.add(s.id);
  for (const e of graph.entities) declared.entities.add(e.id);
  const sourcesToWrite = await planSources(tx, queries, graph, report, changes);
  await checkCitedSources(tx, queries, graph, declared.sources);
  const entitiesToWrite = await planEntities(tx, queries, graph, report, declared, changes);
  await checkEndpoints(tx, queries, graph, declared.entities);
  const relations = await planRelations(tx, queries, graph, report, declared, changes);
  return {
    changes: changes ?? [],
    sourcesToWrite,
    entitiesToWrite,
    ...relations,
    searchDocuments: entitiesToWrite.map(({ entity }) => ({
      id: entity.id,
      type: entity.type,
      name: entity.name,
      aliases: entity.aliases,
    })),
  };
}

async function planSources(
  tx: CypherTransaction,
  queries: Queries,
  graph: GraphFile,
  report: ImportReport,
  changes: RecordChange[] | null,
): Promise<SourceInput[]> {
  const sourcesToWrite: SourceInput[] = [];
  for (const batch of chunks(graph.sources)) {
    const rows = await tx.run(queries.get('sources-by-id'), { ids: batch.map((s) => s.id) });
    const stored = new Map(rows.map((row) => [String(asRecord(row.source).id), asRecord(row.source)]));
    for (const source of batch) {
      const existing = stored.get(source.id);
      if (existing && sameRecord(existing, sourceProps(source))) report.sources.unchanged++;
      else {
        if (existing) report.sources.updated++;
        else report.sources.created++;
        sourcesToWrite.push(source);
        changes?.push({
          kind: 'source',
          id: source.id,
          before: existing ? { props: existing } : null,
          after: fingerprint({ props: sourceProps(source) }),
        });
      }
    }
  }
  return sourcesToWrite;
}

/** Refuses evidence citing a source that is neither in the import nor stored. */
async function checkCitedSources(
  tx: CypherTransaction,
  queries: Queries,
  graph: GraphFile,
  fileSources: ReadonlySet<string>,
): Promise<void> {
  const citedElsewhere = [
    ...new Set(
      [...graph.entities, ...graph.relations]
        .flatMap((r) => r.evidence.map((e) => e.source))
        .filter((id) => !fileSources.has(id)),
    ),
  ];
  if (citedElsewhere.length === 0) return;
  const rows = await tx.run(queries.get('sources-by-id'), { ids: citedElsewhere });
  const known = new Set(rows.map((row) => String(asRecord(row.source).id)));
  const missing = citedElsewhere.filter((id) => !known.has(id));
  if (missing.length > 0) throw unknownSourcesError(missing);
}

async function planEntities(
  tx: CypherTransaction,
  queries: Queries,
  graph: GraphFile,
  report: ImportReport,
  declared: Declared,
  changes: RecordChange[] | null,
): Promise<ImportPlan['entitiesToWrite']> {
  const entitiesToWrite: ImportPlan['entitiesToWrite'] = [];
  for (const batch of chunks(graph.entities)) {
    const rows = await tx.run(queries.get('entities-by-id'), { ids: batch.map((e) => e.id) });
    const stored = new Map(rows.map((row) => [String(asRecord(row.entity).id), asRecord(row.entity)]));
    for (const entity of batch) {
      const existing = stored.get(entity.id);
      // The stored properties include the evidence lists: one comparison covers both.
      if (existing && sameRecord(existing, entityProps(entity))) report.entities.unchanged++;
      else {
        if (existing) report.entities.updated++;
        else {
          report.entities.created++;
          declared.created.add(entity.id);
        }
        entitiesToWrite.push({ entity, oldType: existing ? String(existing.type) : null });
        changes?.push({
          kind: 'entity',
          id: entity.id,
          before: existing ? { props: existing } : null,
          after: fingerprint({ props: entityProps(entity) }),
        });
      }
    }
  }
  return entitiesToWrite;
}

/** Refuses relations whose ends are neither in the import nor stored. */
async function checkEndpoints(
  tx: CypherTransaction,
  queries: Queries,
  graph: GraphFile,
  fileEntities: ReadonlySet<string>,
): Promise<void> {
  const endpointIds = [
    ...new Set(graph.relations.flatMap((r) => [r.from, r.to]).filter((id) => !fileEntities.has(id))),
  ];
  for (const batch of chunks(endpointIds)) {
    const rows = await tx.run(queries.get('entities-by-id'), { ids: batch });
    const known = new Set(rows.map((row) => String(asRecord(row.entity).id)));
    const missing = batch.filter((id) => !known.has(id));
    if (missing.length > 0) throw unknownEntitiesError(missing);
  }
}

async function planRelations(
  tx: CypherTransaction,
  queries: Queries,
  graph: GraphFile,
  report: ImportReport,
  declared: Declared,
  changes: RecordChange[] | null,
): Promise<Pick<ImportPlan, 'relationsToWrite' | 'relationsToDelete' | 'movedRelations'>> {
  const relationsToWrite: RelationInput[] = [];
  const relationsToDelete: { id: string; from: string; to: string }[] = [];
  const relocate: string[] = [];
  // What each relation rewritten in place was (for `changes`); moved ones are read below.
  const rewritten = new Map<string, StoredImage>();
  // A relation touching an entity this import created cannot be stored at these endpoints yet,
  // unless an earlier chunk used its id: skip the endpoint lookup (most of a large import into a
  // new store). It may still exist elsewhere and be moving here, which `relocate` looks for.
  const cannotExist = (r: RelationInput) =>
    (declared.created.has(r.from) || declared.created.has(r.to)) && !declared.relations.has(r.id);
  for (const relation of graph.relations.filter(cannotExist)) {
    relocate.push(relation.id);
    relationsToWrite.push(relation);
  }
  for (const batch of chunks(graph.relations.filter((r) => !cannotExist(r)))) {
    const rows = await tx.run(queries.get('relations-at-endpoints'), {
      rows: batch.map((r) => ({ id: r.id, from: r.from, to: r.to })),
    });
    const stored = new Map(rows.map((row) => [String(asRecord(row.relation).id), row]));
    for (const relation of batch) {
      const existing = stored.get(relation.id);
      if (
        existing &&
        existing.type === relation.type &&
        sameRecord(existing.relation, relationProps(relation))
      ) {
        report.relations.unchanged++;
        continue;
      }
      if (existing) {
        report.relations.updated++;
        relationsToDelete.push({ id: relation.id, from: relation.from, to: relation.to });
        if (changes) rewritten.set(relation.id, storedRelation(existing));
      } else {
        relocate.push(relation.id);
      }
      relationsToWrite.push(relation);
    }
  }
  // A relation not found at its endpoints may exist elsewhere (an edited file moved it): look its
  // id up across all relationships, but only when something could be there: the store had
  // relations before this import, or an earlier chunk of it used the same id.
  const candidates = relocate.filter((id) => declared.storeHadRelations || declared.relations.has(id));
  const lookup = declared.storeHadRelations
    ? await narrowLookup(tx, queries, declared, candidates)
    : candidates;
  for (const relation of graph.relations) declared.relations.add(relation.id);
  const moved = new Map<string, StoredImage>();
  for (const batch of chunks(lookup)) {
    const rows = await tx.run(queries.get('relations-by-id'), { ids: batch });
    for (const row of rows) moved.set(String(asRecord(row.relation).id), storedRelation(row));
  }
  for (const id of relocate) {
    if (moved.has(id)) report.relations.updated++;
    else report.relations.created++;
  }
  if (changes)
    for (const relation of relationsToWrite) {
      const written = {
        props: relationProps(relation),
        type: relation.type,
        from: relation.from,
        to: relation.to,
      };
      changes.push({
        kind: 'relation',
        id: relation.id,
        before: rewritten.get(relation.id) ?? moved.get(relation.id) ?? null,
        after: fingerprint(written),
        from: relation.from,
        to: relation.to,
      });
    }
  return { relationsToWrite, relationsToDelete, movedRelations: [...moved.keys()] };
}

/** A relation as a row of relations-at-endpoints or relations-by-id holds it. */
function storedRelation(row: Row): StoredImage {
  return {
    props: asRecord(row.relation),
    type: String(row.type),
    from: String(row.from),
    to: String(row.to),
  };
}

/** Entities, relations and sources by id, and pages of them. */
import type { Row } from '../engine/cypher-engine.ts';
import { decodeCursor, encodeCursor } from './cursors.ts';
import { pageSize } from './limits.ts';
import { filterParams, toEntity, toSource } from './mapping.ts';
import { readRows, type StoreParts } from './parts.ts';
import { asRecord, rowToRelation } from './rows.ts';
import { quoteSome } from './quote.ts';
import {
  StoreInputError,
  type Entity,
  type Page,
  type Relation,
  type Source,
  type TraversalFilter,
} from './types.ts';

/** Entities by id, in the order asked, null for an unknown id (DataLoader's contract). */
export async function getEntities(parts: StoreParts, ids: readonly string[]): Promise<(Entity | null)[]> {
  const rows = await readRows(parts, 'entities-by-id', { ids: [...new Set(ids)] });
  const byId = new Map(rows.map((row) => [String(asRecord(row.entity).id), toEntity(asRecord(row.entity))]));
  return ids.map((id) => byId.get(id) ?? null);
}

export async function getEntity(parts: StoreParts, id: string): Promise<Entity | null> {
  return (await getEntities(parts, [id]))[0] ?? null;
}

/** `found` (in the order of `ids`) without its nulls, or the error naming the ids that are unknown. */
export function refuseMissing(
  ids: readonly string[],
  found: readonly (Entity | null)[],
  what: string,
): Entity[] {
  const missing = ids.filter((_, i) => !found[i]);
  if (missing.length > 0)
    throw new StoreInputError(`${what}: no entity with id ${quoteSome(missing)}`, 'NOT_FOUND');
  return found.filter((e): e is Entity => e !== null);
}

/** Entities by id, refused when one is unknown. */
export async function requireEntities(
  parts: StoreParts,
  ids: readonly string[],
  what: string,
): Promise<Entity[]> {
  return refuseMissing(ids, await getEntities(parts, ids), what);
}

export async function getRelations(parts: StoreParts, ids: readonly string[]): Promise<(Relation | null)[]> {
  const rows = await readRows(parts, 'relations-by-id', { ids: [...new Set(ids)] });
  const byId = new Map(rows.map((row) => [String(asRecord(row.relation).id), rowToRelation(row)]));
  return ids.map((id) => byId.get(id) ?? null);
}

/**
 * One relation by id, found through its ends when the caller knows them: relations-by-id looks
 * through every relationship (4 s at 5M), relations-at-endpoints goes through the entity index
 * and the ends' relations. Ends that turn out not to be its own cost the long lookup after all.
 */
export async function getRelation(
  parts: StoreParts,
  id: string,
  ends: { from: string; to: string } | null,
): Promise<Relation | null> {
  if (ends) {
    const rows = await readRows(parts, 'relations-at-endpoints', { rows: [{ id, ...ends }] });
    if (rows[0]) return rowToRelation(rows[0]);
  }
  return (await getRelations(parts, [id]))[0] ?? null;
}

export async function getSources(parts: StoreParts, ids: readonly string[]): Promise<(Source | null)[]> {
  const rows = await readRows(parts, 'sources-by-id', { ids: [...new Set(ids)] });
  const byId = new Map(rows.map((row) => [String(asRecord(row.source).id), toSource(asRecord(row.source))]));
  return ids.map((id) => byId.get(id) ?? null);
}

export async function listSources(parts: StoreParts): Promise<Source[]> {
  return (await readRows(parts, 'sources-list')).map((row) => toSource(asRecord(row.source)));
}

export async function listEntities(
  parts: StoreParts,
  options: { types?: string[] | null; first?: number | null; after?: string | null },
): Promise<Page<Entity>> {
  const { engine, queries } = parts;
  const limit = pageSize(parts.limits, options.first, 50);
  const after = decodeCursor(options.after, 1)?.[0] ?? null;
  const types = options.types && options.types.length > 0 ? options.types : null;
  const [ids, rows, count] = await engine.read(async (tx) => {
    const page = await tx.run(queries.get('entities-list'), { types, after, limit: limit + 1 });
    const ids = page.map((row) => String(row.id));
    return [
      ids,
      await tx.run(queries.get('entities-by-id'), { ids: ids.slice(0, limit) }),
      await tx.run(queries.get('entities-count'), { types }),
    ];
  });
  const byId = new Map(rows.map((row) => [String(asRecord(row.entity).id), row]));
  const items = ids
    .slice(0, limit)
    .map((id) => byId.get(id))
    .filter((row): row is Row => row !== undefined)
    .map((row) => toEntity(asRecord(row.entity)));
  const last = items[items.length - 1];
  return {
    items,
    hasNextPage: ids.length > limit,
    endCursor: last ? encodeCursor([last.id]) : null,
    totalCount: Number(count[0]?.count ?? 0),
  };
}

export async function listRelations(
  parts: StoreParts,
  options: { filter?: TraversalFilter | null; first?: number | null; after?: string | null },
): Promise<Page<Relation>> {
  const { engine, queries } = parts;
  const limit = pageSize(parts.limits, options.first, 50);
  const after = decodeCursor(options.after, 1)?.[0] ?? null;
  const params = filterParams(options.filter ?? {});
  const [rows, count] = await engine.read(async (tx) => [
    await tx.run(queries.get('relations-list'), { ...params, after, limit: limit + 1 }),
    await tx.run(queries.get('relations-count'), params),
  ]);
  const items = rows.slice(0, limit).map(rowToRelation);
  const last = items[items.length - 1];
  return {
    items,
    hasNextPage: rows.length > limit,
    endCursor: last ? encodeCursor([last.id]) : null,
    totalCount: Number(count[0]?.count ?? 0),
  };
}

/** Deleting entities, relations and sources, each delete audited in its transaction. */
import type { CypherTransaction } from '../engine/cypher-engine.ts';
import { LOCAL_ACTOR } from './actor.ts';
import { recordAudit, type AuditAction, type WriteOptions } from './audit.ts';
import type { StoreParts } from './parts.ts';
import type { SearchIndex } from './search-index.ts';
import type { WriteCounter } from './since-last-write.ts';
import { StoreInputError } from './types.ts';

/** Deletes entities with their relations (and so the evidence of both). */
export async function deleteEntities(
  parts: StoreParts,
  writes: WriteCounter,
  searchIndex: SearchIndex,
  ids: readonly string[],
  options: WriteOptions,
): Promise<number> {
  const deleted = await writes.run(async (tx) => {
    const result = await tx.run(parts.queries.get('entities-delete'), { ids: [...ids] });
    const count = Number(result[0]?.count ?? 0);
    await audited(tx, parts, options, 'entities.delete', ids, count);
    return count;
  });
  searchIndex.remove(ids);
  return deleted;
}

export async function deleteRelations(
  parts: StoreParts,
  writes: WriteCounter,
  ids: readonly string[],
  options: WriteOptions,
): Promise<number> {
  return writes.run(async (tx) => {
    const result = await tx.run(parts.queries.get('relations-delete-by-id'), { ids: [...ids] });
    const count = Number(result[0]?.count ?? 0);
    await audited(tx, parts, options, 'relations.delete', ids, count);
    return count;
  });
}

/** Deletes sources that no evidence cites; a cited source is refused with the count. */
export async function deleteSources(
  parts: StoreParts,
  writes: WriteCounter,
  ids: readonly string[],
  options: WriteOptions,
): Promise<number> {
  const { queries } = parts;
  return writes.run(async (tx) => {
    const cited = new Map<string, number>();
    for (const row of await tx.run(queries.get('source-citations'), { ids: [...ids] }))
      cited.set(String(row.id), (cited.get(String(row.id)) ?? 0) + Number(row.count));
    const inUse = [...cited].filter(([, count]) => count > 0);
    if (inUse.length > 0)
      throw new StoreInputError(
        `source ${inUse.map(([id, count]) => `${JSON.stringify(id)} is cited by ${count} entities and relations`).join(', ')}; delete or re-source that evidence first`,
        'CONFLICT',
      );
    const result = await tx.run(queries.get('sources-delete'), { ids: [...ids] });
    const count = Number(result[0]?.count ?? 0);
    await audited(tx, parts, options, 'sources.delete', ids, count);
    return count;
  });
}

/** The delete's record: the ids asked for, and how many records were found and deleted. */
function audited(
  tx: CypherTransaction,
  parts: StoreParts,
  options: WriteOptions,
  action: AuditAction,
  ids: readonly string[],
  deleted: number,
): Promise<number> {
  return recordAudit(tx, parts.queries, options.actor ?? LOCAL_ACTOR, { action, ids, detail: { deleted } });
}

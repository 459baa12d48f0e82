/** Merging one entity into another, in one transaction. */
import { parseGraphFile, type EntityInput, type RelationInput } from '../model/case-format.ts';
import { LOCAL_ACTOR } from './actor.ts';
import { recordAudit, type WriteOptions } from './audit.ts';
import { applyPlan } from './import-apply.ts';
import { emptyCounts, planImport } from './import-plan.ts';
import { entityToInput, filterParams, relationToInput, toEntity } from './mapping.ts';
import type { StoreParts } from './parts.ts';
import { getEntity } from './reads.ts';
import { asRecord, rowToRelation } from './rows.ts';
import type { SearchIndex } from './search-index.ts';
import type { WriteCounter } from './since-last-write.ts';
import { StoreInputError, type MergeReport } from './types.ts';
import { quoteSome } from './quote.ts';

/**
 * Merges `mergeId` into `keepId` in one transaction: relations are re-pointed, a relation that
 * would duplicate one `keepId` already has (same type, same other end, same direction) is folded
 * into it with its evidence, aliases and evidence are united, and `mergeId` is deleted.
 */
export async function mergeEntities(
  parts: StoreParts,
  writes: WriteCounter,
  searchIndex: SearchIndex,
  keepId: string,
  mergeId: string,
  options: WriteOptions,
): Promise<MergeReport> {
  if (keepId === mergeId) throw new StoreInputError('cannot merge an entity into itself');
  const { queries } = parts;
  const report = { relationsMoved: 0, relationsMerged: 0, relationsDropped: 0 };
  // Everything is read inside the write transaction: a relation added to `mergeId` meanwhile
  // must be moved too, not deleted with it.
  const united = await writes.run(async (tx) => {
    const entityRows = await tx.run(queries.get('entities-by-id'), { ids: [keepId, mergeId] });
    const byId = new Map(
      entityRows.map((row) => [String(asRecord(row.entity).id), toEntity(asRecord(row.entity))]),
    );
    const keep = byId.get(keepId);
    const merge = byId.get(mergeId);
    const missing = [keepId, mergeId].filter((id) => !byId.has(id));
    if (!keep || !merge)
      throw new StoreInputError(`mergeEntities: no entity with id ${quoteSome(missing)}`, 'NOT_FOUND');
    const hops = await tx.run(queries.get('expand'), {
      ...filterParams({}),
      ids: [keepId, mergeId],
      direction: 'BOTH',
      fanout: Number.MAX_SAFE_INTEGER,
    });
    const relations = [
      ...new Map(hops.map((row) => [String(asRecord(row.relation).id), rowToRelation(row)])).values(),
    ];
    const toWrite = repoint(relations.map(relationToInput), keepId, mergeId, report);
    const keepInput = entityToInput(keep);
    const mergeInput = entityToInput(merge);
    const entity: EntityInput = {
      ...keepInput,
      aliases: [...new Set([...keep.aliases, merge.name, ...merge.aliases])].filter((a) => a !== keep.name),
      properties: { ...mergeInput.properties, ...keepInput.properties },
      evidence: uniqueEvidence([...keepInput.evidence, ...mergeInput.evidence]),
    };
    const description = keepInput.description ?? mergeInput.description;
    if (description === undefined) delete entity.description;
    else entity.description = description;

    await tx.run(queries.get('entities-delete'), { ids: [mergeId] });
    const graph = parseGraphFile({ sources: [], entities: [entity], relations: toWrite }, 'mergeEntities', {
      crossReferences: false,
    });
    const written = {
      dryRun: false,
      sources: emptyCounts(),
      entities: emptyCounts(),
      relations: emptyCounts(),
      warnings: [],
    };
    await applyPlan(tx, queries, await planImport(tx, queries, graph, written));
    await recordAudit(tx, queries, options.actor ?? LOCAL_ACTOR, {
      action: 'entities.merge',
      // Both entities, then every relation of `mergeId` (moved, folded or dropped) and those of
      // `keepId` that took evidence from a twin.
      ids: [
        ...new Set([
          keepId,
          mergeId,
          ...relations.filter((r) => r.from === mergeId || r.to === mergeId).map((r) => r.id),
          ...toWrite.map((r) => r.id),
        ]),
      ],
      detail: { kept: keepId, merged: mergeId, ...report },
    });
    return entity;
  });
  searchIndex.remove([mergeId]);
  searchIndex.upsert([{ id: united.id, type: united.type, name: united.name, aliases: united.aliases }]);
  return { entity: (await getEntity(parts, keepId))!, ...report };
}

/**
 * The relations of both entities that must be written for the merge: those of `mergeId` moved to
 * `keepId` (a self-loop between the two dropped), and those of `keepId` that a moved twin folds
 * its evidence into. Counts each case in `report`.
 */
function repoint(
  relationInputs: RelationInput[],
  keepId: string,
  mergeId: string,
  report: Omit<MergeReport, 'entity'>,
): RelationInput[] {
  const kept = relationInputs.filter((r) => r.from !== mergeId && r.to !== mergeId);
  const moving = relationInputs.filter((r) => r.from === mergeId || r.to === mergeId);
  const key = (r: RelationInput) => `${r.type}\u0000${r.from}\u0000${r.to}`;
  const keptByKey = new Map(kept.map((r) => [key(r), r]));
  const toWrite: RelationInput[] = [];
  for (const relation of moving) {
    const moved = {
      ...relation,
      from: relation.from === mergeId ? keepId : relation.from,
      to: relation.to === mergeId ? keepId : relation.to,
    };
    if (moved.from === moved.to && (relation.from === keepId || relation.to === keepId)) {
      report.relationsDropped++;
      continue;
    }
    const twin = keptByKey.get(key(moved));
    if (twin) {
      twin.evidence = uniqueEvidence([...twin.evidence, ...moved.evidence]);
      if (!toWrite.includes(twin)) toWrite.push(twin);
      report.relationsMerged++;
    } else {
      keptByKey.set(key(moved), moved);
      toWrite.push(moved);
      report.relationsMoved++;
    }
  }
  return toWrite;
}

function uniqueEvidence(evidence: EntityInput['evidence']): EntityInput['evidence'] {
  const seen = new Set<string>();
  return evidence.filter((ev) => {
    const k = `${ev.source}\u0000${ev.quote}\u0000${ev.locator ?? ''}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * Creating or replacing one record: an import of a file that holds only it (so that it is checked
 * as a file is, and audited in its transaction), then the record as stored.
 */
import type { EntityInput, RelationInput, SourceInput } from '../model/case-format.ts';
import type { WriteOptions } from './audit.ts';
import { importChunks, type ImportTarget } from './import-graph.ts';
import { getEntity, getRelation, getSources } from './reads.ts';
import type { Entity, Relation, Source } from './types.ts';

export async function upsertEntity(
  target: ImportTarget,
  entity: EntityInput,
  options: WriteOptions,
): Promise<Entity> {
  await importChunks(target, [{ sources: [], entities: [entity], relations: [] }], {
    file: 'upsertEntity',
    action: 'entity.upsert',
    actor: options.actor,
  });
  return (await getEntity(target.parts, entity.id))!;
}

export async function upsertRelation(
  target: ImportTarget,
  relation: RelationInput,
  options: WriteOptions,
): Promise<Relation> {
  await importChunks(target, [{ sources: [], entities: [], relations: [relation] }], {
    file: 'upsertRelation',
    action: 'relation.upsert',
    actor: options.actor,
  });
  return (await getRelation(target.parts, relation.id, { from: relation.from, to: relation.to }))!;
}

export async function upsertSource(
  target: ImportTarget,
  source: SourceInput,
  options: WriteOptions,
): Promise<Source> {
  await importChunks(target, [{ sources: [source], entities: [], relations: [] }], {
    file: 'upsertSource',
    action: 'source.upsert',
    actor: options.actor,
  });
  return (await getSources(target.parts, [source.id]))[0]!;
}

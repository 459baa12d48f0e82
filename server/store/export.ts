/** The whole graph, or the part around some entities, in the native format (for export). */
import type { GraphFile } from '../model/case-format.ts';
import { entityToInput, relationToInput } from './mapping.ts';
import type { StoreParts } from './parts.ts';
import { listEntities, listRelations, listSources, requireEntities } from './reads.ts';
import { relationsOfAll } from './traversals/neighbours.ts';
import type { Traversals } from './traversals/traversals.ts';
import type { Entity, Relation } from './types.ts';

export async function exportGraph(
  parts: StoreParts,
  traversals: Traversals,
  entityIds: readonly string[] | null | undefined,
): Promise<GraphFile> {
  let entities: Entity[] = [];
  let relations: Relation[] = [];
  if (entityIds && entityIds.length > 0) {
    entities = await requireEntities(parts, [...new Set(entityIds)], 'export');
    const wanted = new Set(entities.map((e) => e.id));
    const all = await relationsOfAll(
      traversals,
      entities.map((e) => e.id),
    );
    relations = all.filter((r) => wanted.has(r.from) && wanted.has(r.to));
  } else {
    for (let after: string | null = null; ;) {
      const page = await listEntities(parts, { first: parts.limits.maxPageSize, after });
      entities.push(...page.items);
      if (!page.hasNextPage) break;
      after = page.endCursor;
    }
    for (let after: string | null = null; ;) {
      const page = await listRelations(parts, { first: parts.limits.maxPageSize, after });
      relations.push(...page.items);
      if (!page.hasNextPage) break;
      after = page.endCursor;
    }
  }
  const sourceIds = new Set([...entities, ...relations].flatMap((r) => r.evidence.map((ev) => ev.source)));
  const subset = !!entityIds && entityIds.length > 0;
  const sources = (await listSources(parts)).filter((s) => !subset || sourceIds.has(s.id));
  return {
    sources: sources.map((s) => ({
      id: s.id,
      title: s.title,
      kind: s.kind,
      ...(s.publisher ? { publisher: s.publisher } : {}),
      ...(s.url ? { url: s.url } : {}),
      ...(s.publishedAt ? { publishedAt: s.publishedAt } : {}),
    })),
    entities: entities.map(entityToInput),
    relations: relations.map(relationToInput),
  };
}

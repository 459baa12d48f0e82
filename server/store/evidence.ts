/** Evidence with its sources, and what each source is evidence for. */
import { groupBy } from './group-by.ts';
import { missingSource, toEntity } from './mapping.ts';
import { readRows, type StoreParts } from './parts.ts';
import { getEntities, getRelations, getSources } from './reads.ts';
import { asRecord, rowToRelation } from './rows.ts';
import type { Evidence, EvidenceRef, Source, SourceSupport } from './types.ts';

/**
 * Evidence with its sources for entities and relations named by subject ("entity:<id>" or
 * "relation:<id>"). The API reads evidence off the records it already holds; this is for callers
 * that hold only ids. A relation looked up by id alone is a scan (relations-by-id.cypher).
 */
export async function evidenceFor(parts: StoreParts, subjects: readonly string[]): Promise<Evidence[][]> {
  const ids = (prefix: string) =>
    subjects.filter((s) => s.startsWith(prefix)).map((s) => s.slice(prefix.length));
  const entityIds = ids('entity:');
  const relationIds = ids('relation:');
  const held = new Map<string, EvidenceRef[]>();
  if (entityIds.length > 0)
    for (const entity of await getEntities(parts, entityIds))
      if (entity) held.set(`entity:${entity.id}`, entity.evidence);
  if (relationIds.length > 0)
    for (const relation of await getRelations(parts, relationIds))
      if (relation) held.set(`relation:${relation.id}`, relation.evidence);
  const sources = await resolveSources(parts, [...held.values()].flat());
  return subjects.map((subject) =>
    (held.get(subject) ?? []).map((ev) => ({ ...ev, source: sources.get(ev.source)! })),
  );
}

/** The sources evidence names, with a stand-in for one that is gone. */
async function resolveSources(
  parts: StoreParts,
  evidence: readonly EvidenceRef[],
): Promise<Map<string, Source>> {
  const ids = [...new Set(evidence.map((ev) => ev.source))];
  const found = ids.length > 0 ? await getSources(parts, ids) : [];
  return new Map(ids.map((id, i) => [id, found[i] ?? missingSource(id)]));
}

/** Everything each source is evidence for, with the quotes, in the order asked (DataLoader's contract). */
export async function sourcesSupport(
  parts: StoreParts,
  sourceIds: readonly string[],
): Promise<SourceSupport[][]> {
  const rows = await readRows(parts, 'source-supports', { sources: [...new Set(sourceIds)] });
  const bySource = groupBy(rows, (row) => String(row.source));
  return sourceIds.map((id) => {
    const subjects = (bySource.get(id) ?? []).map((row) => {
      const entity = asRecord(row.entity).id ? toEntity(asRecord(row.entity)) : null;
      const relation = entity ? null : rowToRelation(row);
      return { entity, relation, evidence: (entity ?? relation)!.evidence };
    });
    // Entities before relations, each by id: the order of a source page.
    subjects.sort((a, b) => {
      const ka = a.entity ? `0${a.entity.id}` : `1${a.relation!.id}`;
      const kb = b.entity ? `0${b.entity.id}` : `1${b.relation!.id}`;
      return ka < kb ? -1 : ka > kb ? 1 : 0;
    });
    return subjects.flatMap(({ entity, relation, evidence }) =>
      evidence
        .filter((ev) => ev.source === id)
        .map((ev) => ({ evidence: { quote: ev.quote, locator: ev.locator }, entity, relation })),
    );
  });
}

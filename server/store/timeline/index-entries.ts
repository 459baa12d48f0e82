/**
 * Reading the timeline index's entries back as timeline items, over the engine's handles, with
 * the record tests a filter asks for (as timeline-relations.cypher and timeline-entities.cypher
 * apply them).
 */
import type { StoredRecord } from '../../engine/cypher-engine.ts';
import type { CaseAdjacency as Adjacency } from '../case-engine.ts';
import { lazyEntity, lazyRelation } from '../mapping.ts';
import type { TraversalFilter } from '../types.ts';
import { RELATION, type IdReader, type TimelineEntry } from './timeline-index.ts';
import { entityItem, relationItem, type TimelineRow } from './timeline-rows.ts';

/** What a timeline filter asks of records. */
export interface TimelineTest {
  relationTypes: Set<string> | null;
  entityTypes: Set<string> | null;
  statuses: Set<string> | null;
  sources: Set<string> | null;
}

/** The record tests of a filter, or null when it has none (dates are the index's own). */
export function timelineTest(filter: TraversalFilter): TimelineTest | null {
  const set = (list: readonly string[] | null | undefined) =>
    list && list.length > 0 ? new Set(list) : null;
  const test = {
    relationTypes: set(filter.relationTypes),
    entityTypes: set(filter.entityTypes),
    statuses: set(filter.statuses),
    sources: set(filter.sources),
  };
  return Object.values(test).some((s) => s !== null) ? test : null;
}

/** The ids behind handles, for the timeline index's order within a date. */
export function handleIds(adjacency: Adjacency): IdReader {
  const id = (record: StoredRecord | null | undefined) => {
    const value = record?.get('id');
    return typeof value === 'string' ? value : null;
  };
  return (kind, handles) =>
    kind === RELATION
      ? adjacency.edgeRecords(handles).map((record) => id(record?.props))
      : adjacency.nodeRecords(handles).map(id);
}

/**
 * The records behind index entries, in the entries' order, as timeline items: those a filter
 * refuses are left out, and so are those gone or moved in time since the index was built (a write
 * since makes the next page rebuild it).
 */
export function readTimelineEntries(
  adjacency: Adjacency,
  entries: readonly TimelineEntry[],
  test: TimelineTest | null,
): TimelineRow[] {
  const relationEntries = entries.filter((e) => e.kind === RELATION);
  const edgeRecords = adjacency.edgeRecords(relationEntries.map((e) => e.handle));
  // The relation's own tests first: only the relations that pass need their ends read.
  const relations = new Map<TimelineEntry, NonNullable<(typeof edgeRecords)[number]>>();
  relationEntries.forEach((entry, i) => {
    const record = edgeRecords[i];
    if (!record || record.props.get('spanStart') !== entry.start) return;
    if (test) {
      if (test.relationTypes && !test.relationTypes.has(record.type)) return;
      const status = record.props.get('status');
      if (test.statuses && !(typeof status === 'string' && test.statuses.has(status))) return;
      const cited = record.props.get('evidenceSources');
      const sources = test.sources;
      if (sources && !(Array.isArray(cited) && cited.some((s) => typeof s === 'string' && sources.has(s))))
        return;
    }
    relations.set(entry, record);
  });
  const nodes = new Set<number>();
  for (const record of relations.values()) {
    nodes.add(record.from);
    nodes.add(record.to);
  }
  for (const entry of entries) if (entry.kind !== RELATION) nodes.add(entry.handle);
  const handles = [...nodes];
  const nodeRecords = new Map<number, StoredRecord | null>();
  adjacency.nodeRecords(handles).forEach((record, i) => nodeRecords.set(handles[i]!, record));
  /** The id and type of an entity, or null for a node that is not one (any more). */
  const entityOf = (handle: number) => {
    const record = nodeRecords.get(handle);
    const id = record?.get('id');
    const type = record?.get('type');
    return record && typeof id === 'string' && typeof type === 'string' ? { id, type, record } : null;
  };
  const typeKept = (type: string) => !test?.entityTypes || test.entityTypes.has(type);

  const out: TimelineRow[] = [];
  for (const entry of entries) {
    if (entry.kind === RELATION) {
      const record = relations.get(entry);
      const a = record && entityOf(record.from);
      const b = record && entityOf(record.to);
      if (!record || !a || !b || !typeKept(a.type) || !typeKept(b.type)) continue;
      out.push(relationItem(lazyRelation(record.props, record.type, a.id, b.id), entry.start));
    } else {
      const e = entityOf(entry.handle);
      if (!e || e.record.get('spanStart') !== entry.start || !typeKept(e.type)) continue;
      out.push(entityItem(lazyEntity(e.record), entry.start));
    }
  }
  return out;
}

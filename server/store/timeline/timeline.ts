/**
 * The timeline: dated relations and entities in order of their start, a page at a time. Served
 * from the kept timeline index when the store has one and it can, else by the statements.
 */
import type { Params } from '../../engine/cypher-engine.ts';
import { decodeCursor, encodeCursor } from '../cursors.ts';
import { pageSize } from '../limits.ts';
import { filterParams, lowerBound, toEntity, upperBound } from '../mapping.ts';
import type { StoreParts } from '../parts.ts';
import { asRecord, rowToRelation } from '../rows.ts';
import type { TimelinePage, TraversalFilter } from '../types.ts';
import { readTimelineEntries, timelineTest } from './index-entries.ts';
import type { KeptTimelineIndex } from './kept-timeline-index.ts';
import type { TimelineWindow } from './timeline-index.ts';
import { entityItem, relationItem, type TimelineRow } from './timeline-rows.ts';

/** Facts the timeline index reads per step when a filter must look at their records. */
const TIMELINE_BATCH = 512;
/**
 * Records a filtered page may read through the index before the statements take over: past this
 * the filter keeps so few facts that one scan in the engine is cheaper than reading on.
 */
const TIMELINE_MAX_READ = 5_000;

export async function timeline(
  parts: StoreParts,
  kept: KeptTimelineIndex | null,
  options: { filter?: TraversalFilter | null; first?: number | null; after?: string | null },
): Promise<TimelinePage> {
  const limit = pageSize(parts.limits, options.first, 100);
  const cursor = decodeCursor(options.after, 2);
  const filter = options.filter ?? {};
  const params = {
    ...filterParams(filter),
    afterStart: cursor?.[0] ?? null,
    afterId: cursor?.[1] ?? null,
    limit: limit + 1,
  };
  const window: TimelineWindow = {
    from: filter.from ? lowerBound(filter.from) : null,
    to: filter.to ? upperBound(filter.to) : null,
    afterStart: params.afterStart,
    afterId: params.afterId,
  };
  const items =
    (kept && (await fromIndex(kept, filter, window, limit + 1))) ?? (await fromStatements(parts, params));
  const page = items.slice(0, limit);
  const last = page[page.length - 1];
  return {
    items: page.map(({ key: _key, id: _id, ...item }) => item),
    hasNextPage: items.length > limit,
    endCursor: last ? encodeCursor([last.key, last.id]) : null,
  };
}

/** The first `limit` facts of a timeline page through the statements (any engine). */
async function fromStatements(parts: StoreParts, params: Params): Promise<TimelineRow[]> {
  const { engine, queries } = parts;
  const [relationRows, entityRows] = await engine.read(async (tx) => [
    await tx.run(queries.get('timeline-relations'), params),
    await tx.run(queries.get('timeline-entities'), params),
  ]);
  const items: TimelineRow[] = [
    ...relationRows.map((row) => relationItem(rowToRelation(row), String(asRecord(row.relation).spanStart))),
    ...entityRows.map((row) => {
      const stored = asRecord(row.entity);
      return entityItem(toEntity(stored), String(stored.spanStart));
    }),
  ];
  // Stable: a relation stays before an entity of the same date and id, as in the index.
  items.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return items;
}

/**
 * The first `count` facts of a timeline page through the timeline index, or null when the
 * statements must serve it: the stored dates are not all full days, or the filter keeps so few
 * facts that reading them one by one costs more than the statements' one scan. (Without a kept
 * index at all, as on Neo4j, which sorts a page with a top-k of its own, the statements serve it.)
 */
async function fromIndex(
  kept: KeptTimelineIndex,
  filter: TraversalFilter,
  window: TimelineWindow,
  count: number,
): Promise<TimelineRow[] | null> {
  const index = await kept.current();
  const walk = index?.walk(window);
  if (!index || !walk) return null;
  const test = timelineTest(filter);
  const out: TimelineRow[] = [];
  let read = 0;
  while (out.length < count) {
    const entries = index.take(walk, test ? TIMELINE_BATCH : count - out.length);
    if (entries.length === 0) break;
    read += entries.length;
    out.push(...readTimelineEntries(kept.adjacency, entries, test));
    if (out.length < count && read >= TIMELINE_MAX_READ) return null;
  }
  return out.slice(0, count);
}

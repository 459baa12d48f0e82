/** Counts per type and the span of dates, and whether the store is empty. */
import { calendarDay } from './mapping.ts';
import type { StoreParts } from './parts.ts';
import { SinceLastWrite, type WriteCounter } from './since-last-write.ts';
import type { KeptTimelineIndex } from './timeline/kept-timeline-index.ts';
import type { GraphSummary, TypeCount } from './types.ts';

/**
 * Whether the store holds no entity and no source: two counts, where the summary would build
 * the timeline index (seconds at a million entities).
 */
export async function isEmpty(parts: StoreParts): Promise<boolean> {
  const { engine, queries } = parts;
  const [entities, sources] = await engine.read(async (tx) => [
    await tx.run(queries.get('entities-count'), { types: null }),
    await tx.run(queries.get('summary-sources')),
  ]);
  return Number(entities[0]?.count ?? 0) === 0 && Number(sources[0]?.count ?? 0) === 0;
}

/**
 * The summary, kept until the next write when the store is the graph's only writer (the embedded
 * engine, whose files one process holds). Neo4j may be written by others: asked each time there.
 */
export class Summaries {
  private readonly kept = new SinceLastWrite<GraphSummary>();

  constructor(
    private readonly parts: StoreParts,
    private readonly timelineIndex: KeptTimelineIndex | null,
    private readonly writes: WriteCounter,
  ) {}

  get(): Promise<GraphSummary> {
    if (!this.parts.engine.soleWriter) return computeSummary(this.parts, this.timelineIndex);
    return this.kept.get(this.writes.count, () => computeSummary(this.parts, this.timelineIndex));
  }
}

/**
 * With a timeline index the relations are counted per type by the engine and their span comes
 * from the index (which the explorer's first timeline page builds anyway): summary-relations.cypher
 * groups 5M relationships by type and ran past Grafeo's 30 s limit, so the explorer could not open
 * a million-entity graph (docs/performance.md).
 */
async function computeSummary(parts: StoreParts, kept: KeptTimelineIndex | null): Promise<GraphSummary> {
  const { engine, queries } = parts;
  const index = kept ? await kept.current() : null;
  const fromIndex = kept && index ? kept.adjacency : null;
  const [entityRows, relationRows, sourceRows] = await engine.read(async (tx) => [
    await tx.run(queries.get('summary-entities')),
    // Without the index (no handles, or dates it cannot order) the statement counts and spans.
    fromIndex ? [] : await tx.run(queries.get('summary-relations')),
    await tx.run(queries.get('summary-sources')),
  ]);
  const byCount = (a: TypeCount, b: TypeCount) => b.count - a.count || a.type.localeCompare(b.type);
  const entityTypes = entityRows
    .map((row) => ({ type: String(row.type), count: Number(row.count) }))
    .sort(byCount);
  const relationTypes = (
    fromIndex
      ? await fromIndex.relationTypes()
      : relationRows.map((row) => ({ type: String(row.type), count: Number(row.count) }))
  ).sort(byCount);
  // The statement spans each type: the earliest and latest of those.
  const dates = (key: 'earliest' | 'latest') =>
    relationRows
      .map((row) => row[key])
      .filter((d): d is string => typeof d === 'string')
      .sort();
  const span = index
    ? index.relationSpan()
    : { earliest: dates('earliest')[0] ?? null, latest: dates('latest').pop() ?? null };
  return {
    entityCount: entityTypes.reduce((sum, t) => sum + t.count, 0),
    relationCount: relationTypes.reduce((sum, t) => sum + t.count, 0),
    sourceCount: Number(sourceRows[0]?.count ?? 0),
    entityTypes,
    relationTypes,
    earliest: span?.earliest ?? null,
    latest: span?.latest ? calendarDay(span.latest) : null,
  };
}

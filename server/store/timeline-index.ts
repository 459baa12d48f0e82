/**
 * The timeline's order, computed once: every dated fact (a relation or an entity with a
 * `spanStart`) sorted by (spanStart, id), as columns of typed arrays. The store keeps one beside an
 * engine that hands out record handles (the embedded engine, `Adjacency`).
 *
 * Why: Grafeo has no index on relationship properties (`CREATE INDEX ... FOR ()-[r]-()` is
 * refused), so timeline-relations.cypher scans and sorts every dated relationship for each page:
 * 10 s a page and about 1 GiB of sort memory at 5M relations (docs/performance.md). With this
 * index a page is a binary search to the cursor, a walk over the dates in order, and a read of
 * the page's records by handle.
 *
 * The order is the statements' order exactly, (spanStart, id) with a relation before an entity of
 * the same id, so that cursors mean the same thing on either path and the store can fall back to
 * the statements for a page at any point (see GraphStore.timeline).
 *
 * Dates are kept as numbers (2024-10-15 -> 20241015). Every stored span bound is a full ISO day
 * (mapping.ts, `span`), and for that fixed-width form numeric order is string order; a database
 * holding any other form (written by hand) gets no index, and the statements serve it.
 */
import type { DatedRecords } from '../engine/cypher-engine.ts';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** 2024-10-15 -> 20241015, or null for anything that is not a full ISO day. */
export function dayNumber(date: string): number | null {
  if (!DAY.test(date)) return null;
  return Number(date.slice(0, 4)) * 10_000 + Number(date.slice(5, 7)) * 100 + Number(date.slice(8, 10));
}

function dayString(day: number): string {
  const year = Math.floor(day / 10_000);
  const month = Math.floor(day / 100) % 100;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day % 100).padStart(2, '0')}`;
}

export const RELATION = 0;
export const ENTITY = 1;

/** Which part of the timeline a page reads, as `filterParams` and the cursor give it. */
export interface TimelineWindow {
  /** Only facts whose span ends on or after this day. */
  from: string | null;
  /** Only facts whose span starts on or before this day. */
  to: string | null;
  /** The cursor: the page starts after this (spanStart, id). */
  afterStart: string | null;
  afterId: string | null;
}

/** A window as numbers, and the position where its walk starts. */
interface Walk {
  from: number;
  to: number;
  at: number;
}

export interface TimelineEntry {
  kind: typeof RELATION | typeof ENTITY;
  /** The engine's handle of the relationship or node. */
  handle: number;
  id: string;
  /** The stored spanStart, the page's sort key. */
  start: string;
}

export class TimelineIndex {
  private constructor(
    private readonly start: Uint32Array,
    private readonly end: Uint32Array,
    private readonly handle: Float64Array,
    private readonly kind: Uint8Array,
    private readonly ids: string[],
  ) {}

  /** Facts in the index. */
  get size(): number {
    return this.ids.length;
  }

  /**
   * Sorts what the engine listed. Null when a stored date is not a full ISO day: the statements,
   * which compare the strings, then serve the timeline.
   */
  static build(relations: DatedRecords, entities: DatedRecords): TimelineIndex | null {
    const n = relations.ids.length + entities.ids.length;
    const start = new Uint32Array(n);
    const end = new Uint32Array(n);
    const handle = new Float64Array(n);
    const kind = new Uint8Array(n);
    const ids: string[] = new Array<string>(n);
    let i = 0;
    for (const [records, k] of [
      [relations, RELATION],
      [entities, ENTITY],
    ] as const) {
      for (let j = 0; j < records.ids.length; j++, i++) {
        const s = dayNumber(records.starts[j]!);
        const e = dayNumber(records.ends[j]!);
        if (s === null || e === null) return null;
        start[i] = s;
        end[i] = e;
        handle[i] = records.handles[j]!;
        kind[i] = k;
        ids[i] = records.ids[j]!;
      }
    }
    const order = new Uint32Array(n);
    for (let j = 0; j < n; j++) order[j] = j;
    order.sort((a, b) => {
      if (start[a] !== start[b]) return start[a]! - start[b]!;
      const ia = ids[a]!;
      const ib = ids[b]!;
      return ia < ib ? -1 : ia > ib ? 1 : kind[a]! - kind[b]!;
    });
    const sortedIds: string[] = new Array<string>(n);
    for (let j = 0; j < n; j++) sortedIds[j] = ids[order[j]!]!;
    return new TimelineIndex(
      permute(start, order, new Uint32Array(n)),
      permute(end, order, new Uint32Array(n)),
      permute(handle, order, new Float64Array(n)),
      permute(kind, order, new Uint8Array(n)),
      sortedIds,
    );
  }

  /** Where a walk of `window` starts, or null when a bound is not a full ISO day. */
  walk(window: TimelineWindow): Walk | null {
    const from = window.from === null ? 0 : dayNumber(window.from);
    const to = window.to === null ? 0xffffffff : dayNumber(window.to);
    if (from === null || to === null) return null;
    if (window.afterStart === null) return { from, to, at: 0 };
    const after = dayNumber(window.afterStart);
    if (after === null) return null;
    // The first fact past (afterStart, afterId): past the earlier days, then past the ids of the
    // same day up to afterId (both kinds: the statements' cursor compares the id only).
    let at = this.firstDayFrom(after);
    if (window.afterId !== null) {
      const afterId = window.afterId;
      let lo = at;
      let hi = this.firstDayFrom(after + 1);
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (this.start[mid] === after && this.ids[mid]! <= afterId) lo = mid + 1;
        else hi = mid;
      }
      at = lo;
    } else {
      at = this.firstDayFrom(after + 1);
    }
    return { from, to, at };
  }

  /**
   * The next `count` facts of the walk, in order; advances it. Facts that start after the
   * window end the walk; facts that end before it are stepped over.
   */
  take(walk: Walk, count: number): TimelineEntry[] {
    const out: TimelineEntry[] = [];
    const n = this.ids.length;
    let i = walk.at;
    for (; i < n && out.length < count; i++) {
      if (this.start[i]! > walk.to) {
        i = n;
        break;
      }
      if (this.end[i]! < walk.from) continue;
      out.push({
        kind: this.kind[i] === RELATION ? RELATION : ENTITY,
        handle: this.handle[i]!,
        id: this.ids[i]!,
        start: dayString(this.start[i]!),
      });
    }
    walk.at = i;
    return out;
  }

  /** The first position whose day is `day` or later. */
  private firstDayFrom(day: number): number {
    let lo = 0;
    let hi = this.ids.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.start[mid]! < day) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

function permute<T extends Uint32Array | Float64Array | Uint8Array>(
  values: T,
  order: Uint32Array,
  out: T,
): T {
  for (let j = 0; j < order.length; j++) out[j] = values[order[j]!]!;
  return out;
}

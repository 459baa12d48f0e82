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
 * The index holds no JavaScript object per fact: 4M strings in the heap made every major garbage
 * collection mark them, and the tail latency of every request grew tenfold (a 4M-string test:
 * p95 1 -> 14 ms). It keeps numbers only: dates (2024-10-15 -> 20241015), handles and kinds. Ids
 * are read by handle when they are needed: to order the facts of one date among themselves the
 * first time a walk enters that date (then kept, as a permutation of the date's range), and to
 * find a cursor's place in its date.
 *
 * Every stored span bound is a full ISO day (mapping.ts, `span`), and for that fixed-width form
 * numeric order is string order; a database holding any other form (written by hand) gets no
 * index, and the statements serve it.
 */
import type { DatedVisitor } from '../../engine/cypher-engine.ts';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** 2024-10-15 -> 20241015, or null for anything that is not a full ISO day. */
function dayNumber(date: string): number | null {
  if (!DAY.test(date)) return null;
  return Number(date.slice(0, 4)) * 10_000 + Number(date.slice(5, 7)) * 100 + Number(date.slice(8, 10));
}

function dayString(day: number): string {
  const year = Math.floor(day / 10_000);
  const month = Math.floor(day / 100) % 100;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day % 100).padStart(2, '0')}`;
}

/** How an open-ended span ("since 2022") is stored: to the end of time (mapping.ts, `span`). */
const OPEN_END = 99_991_231;

export const RELATION = 0;
export const ENTITY = 1;
export type FactKind = typeof RELATION | typeof ENTITY;

/**
 * The ids behind handles of one kind, in the order asked; null for a record that is gone. Reads
 * happen inside one synchronous walk, so they see one state of the graph.
 */
export type IdReader = (kind: FactKind, handles: readonly number[]) => (string | null)[];

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

/** A walk through a window: where it is, and the facts of a date it has ordered but not yet given. */
export interface TimelineWalk {
  readonly from: number;
  readonly to: number;
  at: number;
  /** The cursor's date and id, until the walk has passed that date. */
  after: { day: number; id: string } | null;
  pending: TimelineEntry[];
}

export interface TimelineEntry {
  kind: FactKind;
  /** The engine's handle of the relationship or node. */
  handle: number;
  /** The stored spanStart, the page's sort key. */
  start: string;
}

/** Facts per index: past 2^24 the sort key below would lose precision. */
const MAX_FACTS = 2 ** 24;

export class TimelineIndex {
  /** First positions of the dates whose facts are in id order already. */
  private readonly ordered = new Set<number>();

  private constructor(
    private readonly start: Uint32Array,
    private readonly end: Uint32Array,
    private readonly handle: Float64Array,
    private readonly kind: Uint8Array,
    private readonly ids: IdReader,
  ) {}

  /**
   * Builds the index from what `list` hands to its visitor (`Adjacency.dated`). Null when a stored
   * date is not a full ISO day: the statements, which compare the strings, then serve the timeline.
   */
  static async build(
    list: (visit: DatedVisitor) => Promise<void>,
    ids: IdReader,
  ): Promise<TimelineIndex | null> {
    const keys = new Growing(Float64Array);
    const ends = new Growing(Uint32Array);
    const handles = new Growing(Float64Array);
    const kinds = new Growing(Uint8Array);
    let valid = true;
    await list((kind, handle, start, end) => {
      const s = typeof start === 'string' ? dayNumber(start) : null;
      const e = typeof end === 'string' ? dayNumber(end) : null;
      if (s === null || e === null || keys.length >= MAX_FACTS - 1) {
        valid = false;
        return;
      }
      // One number per fact, date then arrival: a plain numeric sort of a Float64Array, with no
      // comparator call per pair (4M facts: well under a second).
      keys.push(s * MAX_FACTS + keys.length);
      ends.push(e);
      handles.push(handle);
      kinds.push(kind === 'relation' ? RELATION : ENTITY);
    });
    if (!valid) return null;
    const n = keys.length;
    const sorted = keys.view().sort();
    const start = new Uint32Array(n);
    const end = new Uint32Array(n);
    const handle = new Float64Array(n);
    const kind = new Uint8Array(n);
    const [arrivedEnd, arrivedHandle, arrivedKind] = [ends.view(), handles.view(), kinds.view()];
    for (let j = 0; j < n; j++) {
      const arrival = sorted[j]! % MAX_FACTS;
      start[j] = Math.floor(sorted[j]! / MAX_FACTS);
      end[j] = arrivedEnd[arrival]!;
      handle[j] = arrivedHandle[arrival]!;
      kind[j] = arrivedKind[arrival]!;
    }
    return new TimelineIndex(start, end, handle, kind, ids);
  }

  /**
   * The earliest start and the latest end of the dated relations, an open end counting as its
   * start: what summary-relations.cypher computes, which is a 9 s scan at 5M relationships. Null
   * when no relation is dated.
   */
  relationSpan(): { earliest: string; latest: string } | null {
    let earliest = -1;
    let latest = -1;
    for (let i = 0; i < this.start.length; i++) {
      if (this.kind[i] !== RELATION) continue;
      // In start order: the first relation starts earliest.
      if (earliest < 0) earliest = this.start[i]!;
      const last = this.end[i] === OPEN_END ? this.start[i]! : this.end[i]!;
      if (last > latest) latest = last;
    }
    return earliest < 0 ? null : { earliest: dayString(earliest), latest: dayString(latest) };
  }

  /** A walk of `window` from its start or its cursor; null when a bound is not a full ISO day. */
  walk(window: TimelineWindow): TimelineWalk | null {
    const from = window.from === null ? 0 : dayNumber(window.from);
    const to = window.to === null ? 0xffffffff : dayNumber(window.to);
    if (from === null || to === null) return null;
    if (window.afterStart === null) return { from, to, at: 0, after: null, pending: [] };
    const day = dayNumber(window.afterStart);
    if (day === null) return null;
    // The statements' cursor: a later date, or the same date and a greater id. Without an id,
    // only a later date.
    if (window.afterId === null) return { from, to, at: this.firstFrom(day + 1), after: null, pending: [] };
    return { from, to, at: this.firstFrom(day), after: { day, id: window.afterId }, pending: [] };
  }

  /** The next `count` facts of the walk, in order; advances it. */
  take(walk: TimelineWalk, count: number): TimelineEntry[] {
    const out = walk.pending.splice(0, count);
    const n = this.start.length;
    while (out.length < count && walk.at < n) {
      const lo = walk.at;
      const day = this.start[lo]!;
      if (day > walk.to) {
        walk.at = n;
        break;
      }
      const hi = this.firstFrom(day + 1, lo);
      walk.at = hi;
      let positions = this.inIdOrder(lo, hi, walk.from);
      if (walk.after && walk.after.day === day) positions = this.pastId(positions, walk.after.id);
      walk.after = null;
      const start = dayString(day);
      const entries = positions.map((p): TimelineEntry => ({
        kind: this.kind[p] === RELATION ? RELATION : ENTITY,
        handle: this.handle[p]!,
        start,
      }));
      const room = count - out.length;
      out.push(...entries.slice(0, room));
      walk.pending = entries.slice(room);
    }
    return out;
  }

  /**
   * The positions of one date, [lo, hi), whose span reaches `from`, in (id, kind) order. When all
   * of them do (every date inside a window), the date is ordered in place once and kept so; a
   * date a window cuts (long spans that began before it) is ordered for the walk only.
   */
  private inIdOrder(lo: number, hi: number, from: number): number[] {
    const reaching: number[] = [];
    for (let i = lo; i < hi; i++) if (this.end[i]! >= from) reaching.push(i);
    if (reaching.length === hi - lo) {
      if (hi - lo > 1 && !this.ordered.has(lo)) {
        const order = this.byId(reaching);
        permute(this.handle, lo, order, new Float64Array(order.length));
        permute(this.kind, lo, order, new Uint8Array(order.length));
        permute(this.end, lo, order, new Uint32Array(order.length));
        this.ordered.add(lo);
      }
      return reaching;
    }
    if (reaching.length < 2 || this.ordered.has(lo)) return reaching;
    return this.byId(reaching);
  }

  /** `positions` sorted by (id, kind); a record that is gone sorts first (the page skips it). */
  private byId(positions: readonly number[]): number[] {
    const ids = this.idsAt(positions);
    const order = positions.map((_, i) => i);
    order.sort((a, b) => {
      const ia = ids[a]!;
      const ib = ids[b]!;
      return ia < ib ? -1 : ia > ib ? 1 : this.kind[positions[a]!]! - this.kind[positions[b]!]!;
    });
    return order.map((i) => positions[i]!);
  }

  /** The positions (in id order) whose id is greater than `afterId`: a binary search. */
  private pastId(positions: readonly number[], afterId: string): number[] {
    let lo = 0;
    let hi = positions.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.idsAt([positions[mid]!])[0]! <= afterId) lo = mid + 1;
      else hi = mid;
    }
    return positions.slice(lo);
  }

  private idsAt(positions: readonly number[]): string[] {
    const out: string[] = new Array<string>(positions.length);
    for (const kind of [RELATION, ENTITY] as const) {
      const mine = positions.flatMap((p, i) => (this.kind[p] === kind ? [i] : []));
      if (mine.length === 0) continue;
      const ids = this.ids(
        kind,
        mine.map((i) => this.handle[positions[i]!]!),
      );
      mine.forEach((i, j) => (out[i] = ids[j] ?? ''));
    }
    return out;
  }

  /** The first position at or after `lo` whose date is `day` or later. */
  private firstFrom(day: number, lo = 0): number {
    let hi = this.start.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.start[mid]! < day) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

type NumberArray = Float64Array | Uint32Array | Uint8Array;

/** A typed array that doubles as it fills: the count of dated facts is known only at the end. */
class Growing<T extends NumberArray> {
  private values: T;
  length = 0;

  constructor(private readonly make: new (size: number) => T) {
    this.values = new make(1024);
  }

  push(value: number): void {
    if (this.length === this.values.length) {
      const bigger = new this.make(this.values.length * 2);
      bigger.set(this.values as ArrayLike<number>);
      this.values = bigger;
    }
    this.values[this.length++] = value;
  }

  view(): T {
    return this.values.subarray(0, this.length) as T;
  }
}

/** Rewrites `values[lo + k]` as `values[order[k]]` (order holds absolute positions in the range). */
function permute<T extends NumberArray>(values: T, lo: number, order: readonly number[], scratch: T): void {
  order.forEach((position, k) => (scratch[k] = values[position]!));
  values.set(scratch, lo);
}

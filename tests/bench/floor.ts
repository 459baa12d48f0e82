/**
 * The floor for traversals: the same searches over plain adjacency arrays in memory (compressed
 * sparse rows of the undirected graph), with the same caps as the store (fan-out, limit, depth).
 * No engine, no objects per hop: whatever the API takes beyond this is the price of storage,
 * queries and transport.
 */

export interface Csr {
  /** offsets[i]..offsets[i+1] index the neighbours of entity i in `targets`. */
  offsets: Int32Array;
  targets: Int32Array;
}

/** Entities within `depth` hops of `seed`: at most `limit`, at most `fanout` hops per entity. */
export function neighborhoodFloor(
  csr: Csr,
  seed: number,
  depth: number,
  limit: number,
  fanout: number,
): number {
  return neighborhoodMembers(csr, seed, depth, limit, fanout).size;
}

/** The entities `neighborhoodFloor` counts. */
export function neighborhoodMembers(
  csr: Csr,
  seed: number,
  depth: number,
  limit: number,
  fanout: number,
): Set<number> {
  const seen = new Set<number>([seed]);
  let frontier = [seed];
  for (let level = 0; level < depth && frontier.length > 0; level++) {
    const next: number[] = [];
    for (const at of frontier) {
      const lo = csr.offsets[at]!;
      const hi = Math.min(csr.offsets[at + 1]!, lo + fanout);
      for (let k = lo; k < hi; k++) {
        const to = csr.targets[k]!;
        if (seen.has(to) || seen.size >= limit) continue;
        seen.add(to);
        next.push(to);
      }
    }
    frontier = next;
  }
  return seen;
}

/**
 * The relations among `members`, each counted once: every member's adjacency checked against the
 * set, which is the work of relationsAmong without reading a relation.
 */
export function amongFloor(csr: Csr, members: readonly number[]): number {
  const set = new Set(members);
  let count = 0;
  for (const at of members) {
    const hi = csr.offsets[at + 1]!;
    for (let k = csr.offsets[at]!; k < hi; k++) {
      const to = csr.targets[k]!;
      // The rows are undirected: a relation is listed at both ends (a self-loop twice at one).
      if (to >= at && set.has(to)) count++;
    }
  }
  return count;
}

/** Bidirectional breadth-first search, growing the smaller side; the path length or -1. */
export function shortestPathFloor(
  csr: Csr,
  from: number,
  to: number,
  maxDepth: number,
  fanout: number,
): number {
  if (from === to) return 0;
  const forward = new Map<number, number>([[from, 0]]);
  const backward = new Map<number, number>([[to, 0]]);
  let ff = [from];
  let bf = [to];
  let df = 0;
  let db = 0;
  while (df + db < maxDepth && ff.length > 0 && bf.length > 0) {
    const growForward = ff.length <= bf.length;
    const frontier = growForward ? ff : bf;
    const mine = growForward ? forward : backward;
    const other = growForward ? backward : forward;
    const depth = (growForward ? df : db) + 1;
    const next: number[] = [];
    for (const at of frontier) {
      const lo = csr.offsets[at]!;
      const hi = Math.min(csr.offsets[at + 1]!, lo + fanout);
      for (let k = lo; k < hi; k++) {
        const n = csr.targets[k]!;
        if (mine.has(n)) continue;
        mine.set(n, depth);
        const meet = other.get(n);
        if (meet !== undefined) return depth + meet;
        next.push(n);
      }
    }
    if (growForward) {
      ff = next;
      df = depth;
    } else {
      bf = next;
      db = depth;
    }
  }
  return -1;
}

/**
 * Simple paths of at most `maxLength` hops, by meeting in the middle as the store does: balls of
 * radius ceil(L/2) and floor(L/2), then a depth-first walk inside their union. Returns the count.
 */
export function pathsFloor(
  csr: Csr,
  from: number,
  to: number,
  maxLength: number,
  fanout: number,
  first: number,
): number {
  const ball = (start: number, radius: number) => {
    const seen = new Set<number>([start]);
    let frontier = [start];
    for (let level = 0; level < radius; level++) {
      const next: number[] = [];
      for (const at of frontier) {
        const lo = csr.offsets[at]!;
        const hi = Math.min(csr.offsets[at + 1]!, lo + fanout);
        for (let k = lo; k < hi; k++) {
          const n = csr.targets[k]!;
          if (!seen.has(n)) {
            seen.add(n);
            next.push(n);
          }
        }
      }
      frontier = next;
    }
    return seen;
  };
  const inside = ball(from, Math.ceil(maxLength / 2));
  for (const n of ball(to, Math.floor(maxLength / 2))) inside.add(n);
  let found = 0;
  const cap = Math.max(first * 20, 1_000);
  const onPath = new Set<number>([from]);
  const walk = (at: number, length: number) => {
    if (found >= cap) return;
    if (at === to && length > 0) {
      found++;
      return;
    }
    if (length >= maxLength) return;
    const lo = csr.offsets[at]!;
    const hi = Math.min(csr.offsets[at + 1]!, lo + fanout);
    for (let k = lo; k < hi; k++) {
      const n = csr.targets[k]!;
      if (onPath.has(n) || !inside.has(n)) continue;
      onPath.add(n);
      walk(n, length + 1);
      onPath.delete(n);
    }
  };
  walk(from, 0);
  return Math.min(found, first);
}

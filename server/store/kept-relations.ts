/**
 * Relations the canvas drew, kept by handle until the case's next write. The explorer asks for
 * the relations among everything it shows after every expansion: the same few thousand relations
 * each time, plus those of what it just added. Reading one by handle costs Grafeo 7-15 µs and four
 * or five more calls for the keys the canvas shows, two thirds of the request
 * (docs/performance.md, section 11); kept, a canvas asked again reads only what is new on it.
 *
 * Only sound when the store is the graph's only writer (`CypherEngine.soleWriter`): a write by
 * anyone else would not empty it. A kept relation is the snapshot it was read from
 * (mapping.ts, `lazyRelation`), so what the API reads of it later (evidence, properties) is of
 * the same version, as for a relation read now.
 */
import type { Relation } from './types.ts';

/** Most relations kept per case: ten canvases at the cap of 500 entities (10 relations each). */
export const KEPT_RELATIONS = 50_000;

export class KeptRelations {
  /** By handle; a Map iterates in insertion order, so the first keys are the least recently used. */
  private readonly kept = new Map<number, Relation>();
  private writes: number;

  constructor(
    private readonly counter: { readonly count: number },
    private readonly capacity = KEPT_RELATIONS,
  ) {
    this.writes = counter.count;
  }

  /**
   * The relations of these handles, read by `read` (same order, null for one that is gone) when not
   * kept. Synchronous, so that no write commits between the check of the count and the reads: a
   * relation kept under a count was read after every write that count includes.
   */
  through(
    edges: readonly number[],
    read: (missing: readonly number[]) => (Relation | null)[],
  ): (Relation | null)[] {
    if (this.counter.count !== this.writes) {
      this.kept.clear();
      this.writes = this.counter.count;
    }
    const found: (Relation | null)[] = [];
    const missing: number[] = [];
    const at: number[] = [];
    edges.forEach((edge, i) => {
      const relation = this.kept.get(edge);
      if (relation) {
        // Used again: moved to the end, away from the next eviction.
        this.kept.delete(edge);
        this.kept.set(edge, relation);
        found.push(relation);
      } else {
        found.push(null);
        missing.push(edge);
        at.push(i);
      }
    });
    if (missing.length === 0) return found;
    read(missing).forEach((relation, i) => {
      if (!relation) return;
      found[at[i]!] = relation;
      this.keep(missing[i]!, relation);
    });
    return found;
  }

  private keep(edge: number, relation: Relation): void {
    this.kept.set(edge, relation);
    if (this.kept.size <= this.capacity) return;
    const oldest = this.kept.keys().next();
    if (!oldest.done) this.kept.delete(oldest.value);
  }
}

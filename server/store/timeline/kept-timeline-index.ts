/**
 * The timeline index the store keeps beside the graph: built from the engine's handles on first
 * use and again after a write. It needs both the engine's adjacency (to build it and read through
 * it) and the store being the graph's only writer (a write by someone else would not rebuild it).
 */
import type { CaseAdjacency as Adjacency, CaseEngine } from '../case-engine.ts';
import { SinceLastWrite, type WriteCounter } from '../since-last-write.ts';
import { handleIds } from './index-entries.ts';
import { TimelineIndex } from './timeline-index.ts';

export class KeptTimelineIndex {
  private readonly kept = new SinceLastWrite<TimelineIndex | null>();

  private constructor(
    readonly adjacency: Adjacency,
    private readonly writes: WriteCounter,
  ) {}

  /** The kept index over this engine, or null when the engine cannot have one. */
  static over(engine: CaseEngine, writes: WriteCounter): KeptTimelineIndex | null {
    return engine.adjacency && engine.soleWriter ? new KeptTimelineIndex(engine.adjacency, writes) : null;
  }

  /** The index as of the last write; null when the stored dates are not all ones it can order. */
  current(): Promise<TimelineIndex | null> {
    const adjacency = this.adjacency;
    return this.kept.get(this.writes.count, () =>
      TimelineIndex.build((visit) => adjacency.dated(visit), handleIds(adjacency)),
    );
  }
}

/**
 * What the store keeps beside the graph and must drop after a write: the count of writes it made,
 * and values derived from the whole graph that are valid until the next one. Only sound when the
 * store is the graph's only writer (`CypherEngine.soleWriter`).
 */
import type { CypherTransaction } from '../engine/cypher-engine.ts';
import type { CaseEngine } from './case-engine.ts';
import { StoreInputError } from './types.ts';

/**
 * What every case's writes pass through, one for the whole store: the count of writes, and the
 * import that holds them all while it runs. One import at a time for the whole database: on the
 * embedded engine it holds the only write transaction anyway, and on Neo4j its locks.
 */
export class WriteGate {
  /** Writes so far (done or failed), in every case: what the caches kept beside the graph compare against. */
  count = 0;

  /** What holds the store's writes alone (a large import), or null. */
  private exclusive: string | null = null;

  /** The running import, if any: what deleting its case is refused for. */
  get holder(): string | null {
    return this.exclusive;
  }

  /**
   * Runs one write. With `exclusive` (what it is, for others' error messages), every other write
   * is refused until it ends: behind a long import they would otherwise wait in the engine's
   * queue for minutes, or, on Neo4j, on its locks.
   */
  async run<T>(write: () => Promise<T>, exclusive?: string): Promise<T> {
    if (this.exclusive !== null)
      throw new StoreInputError(
        `an import is running (${this.exclusive}); writes are refused until it ends. Try again when it has finished, or cancel it.`,
        'CONFLICT',
      );
    if (exclusive !== undefined) this.exclusive = exclusive;
    try {
      return await write();
    } finally {
      if (exclusive !== undefined) this.exclusive = null;
      this.count++;
    }
  }

  /** For writes that go past `run` (the bulk loader): they count all the same. */
  bump(): void {
    this.count++;
  }
}

/** Counts one case's writes through the store's gate: every write of a case goes through `run`. */
export class WriteCounter {
  /**
   * @param touch runs last in every write's transaction: the case store marks its case changed
   *   there, so that its last change commits with the change itself.
   */
  constructor(
    private readonly engine: Pick<CaseEngine, 'write'>,
    private readonly gate: WriteGate = new WriteGate(),
    private readonly touch?: (tx: CypherTransaction) => Promise<unknown>,
  ) {}

  /**
   * This case's writes so far (done or failed). Counted per case, not over the whole store: what a
   * case keeps beside its graph (the timeline's order, the summary) is read from that case alone,
   * and no write of another case can change it, since relations never leave their case
   * (docs/architecture.md, "Cases"). With the store's count, a write in any case threw away every
   * other case's kept values, and the next timeline page of a large case rebuilt its index (25 s
   * and more at a million entities: docs/performance.md, "Case scoping").
   */
  get count(): number {
    return this.own;
  }

  private own = 0;

  /** Runs one write of the case (`WriteGate.run`). */
  run<T>(work: (tx: CypherTransaction) => Promise<T>, exclusive?: string): Promise<T> {
    const touch = this.touch;
    const write = touch
      ? (tx: CypherTransaction) =>
          work(tx).then(async (result) => {
            await touch(tx);
            return result;
          })
      : work;
    // Counted once the write is over and only if the gate let it run, as the gate counts.
    return this.gate.run(async () => {
      try {
        return await this.engine.write(write);
      } finally {
        this.own++;
      }
    }, exclusive);
  }

  bump(): void {
    this.own++;
    this.gate.bump();
  }
}

/**
 * A value derived from the whole graph (the timeline's order, the summary): computed on first use
 * and again after a write. A write bumps the store's count once it is over, so a value computed
 * from a snapshot older than a write is never used after it. A failed computation is not kept: the
 * next caller tries again (and this one gets the error).
 */
export class SinceLastWrite<T> {
  private kept: { writes: number; value: Promise<T> } | null = null;

  get(writes: number, compute: () => Promise<T>): Promise<T> {
    if (this.kept?.writes !== writes) {
      const kept = { writes, value: compute() };
      this.kept = kept;
      // Only to forget a failure: the caller awaits `value` and gets the error itself.
      void kept.value.catch(() => {
        if (this.kept === kept) this.kept = null;
      });
    }
    return this.kept.value;
  }
}

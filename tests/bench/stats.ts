/**
 * Latency statistics and a bounded request loop: every measurement in the benchmark stops at a
 * request count or a time limit, whichever comes first, so a slow engine makes a run shorter in
 * samples, never longer in time.
 */

export interface Summary {
  count: number;
  errors: number;
  median: number;
  p95: number;
  p99: number;
  /** Completed operations per second over the measured window. */
  throughput: number;
}

/** Nearest-rank percentile of sorted samples. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

export function summarize(samples: readonly number[], elapsedMs: number, errors = 0): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    count: sorted.length,
    errors,
    median: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    throughput: elapsedMs > 0 ? (sorted.length / elapsedMs) * 1000 : 0,
  };
}

export interface LoadOptions {
  concurrency: number;
  /** Most measured operations. */
  maxOps: number;
  /** Longest measured window in milliseconds. */
  maxMs: number;
  /** Operations run first and not measured (connections, JIT, engine caches). */
  warmup: number;
}

/** What a bounded load run measured: each operation's time, the window's length, the failures. */
export interface LoadSamples {
  samples: number[];
  elapsedMs: number;
  errors: number;
}

/**
 * Runs `op(i)` with `concurrency` operations in flight until `maxOps` are done or `maxMs` passed.
 * An operation that throws counts as an error and its time is not a sample.
 */
export async function runLoad(op: (i: number) => Promise<void>, options: LoadOptions): Promise<Summary> {
  const { samples, elapsedMs, errors } = await collectLoad(op, options);
  return summarize(samples, elapsedMs, errors);
}

/** As `runLoad`, with the samples themselves, for runs whose windows are pooled (compare.ts). */
export async function collectLoad(
  op: (i: number) => Promise<void>,
  options: LoadOptions,
): Promise<LoadSamples> {
  let next = 0;
  // Warm-up is bounded in time too: at a second per operation it must not outlast the window.
  const warmupEnd = performance.now() + options.maxMs / 2;
  for (let i = 0; i < options.warmup && performance.now() < warmupEnd; i++) {
    try {
      await op(next++);
    } catch {
      // warm-up failures show up again in the measured window
    }
  }
  const samples: number[] = [];
  let errors = 0;
  let issued = 0;
  const start = performance.now();
  const deadline = start + options.maxMs;
  const worker = async () => {
    while (issued < options.maxOps && performance.now() < deadline) {
      issued++;
      const i = next++;
      const t0 = performance.now();
      try {
        await op(i);
        samples.push(performance.now() - t0);
      } catch {
        errors++;
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  return { samples, elapsedMs: performance.now() - start, errors };
}

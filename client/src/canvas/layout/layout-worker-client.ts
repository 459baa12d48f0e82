/**
 * The page's side of the layout worker: one module worker, started with the canvas, that runs one job
 * at a time. A new job while one runs ends the worker (a running layout cannot be interrupted from
 * outside, and its answer would be stale) and starts a fresh one; the older job's promise answers
 * null.
 */
import type { LayoutAnswer, LayoutJob } from './layout-job.ts';

export interface LayoutWorker {
  /** The answer to `job`, or null when a later job or `dispose` superseded it; fails when the worker does. */
  run(job: LayoutJob): Promise<LayoutAnswer | null>;
  /** Ends the job that runs, if any (its promise answers null). */
  cancel(): void;
  dispose(): void;
}

export function createLayoutWorker(): LayoutWorker {
  let worker: Worker | null = null;
  let waiting: {
    seq: number;
    done: (answer: LayoutAnswer | null) => void;
    fail: (error: Error) => void;
  } | null = null;

  const settle = (answer: LayoutAnswer | null) => {
    const w = waiting;
    waiting = null;
    w?.done(answer);
  };

  const start = (): Worker => {
    const w = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
    w.addEventListener('message', (event: MessageEvent<LayoutAnswer>) => {
      if (waiting && event.data.seq === waiting.seq) settle(event.data);
    });
    w.addEventListener('error', (event) => {
      const failed = waiting;
      waiting = null;
      failed?.fail(new Error(`the layout worker failed: ${event.message}`));
    });
    return w;
  };

  // Started now rather than at the first job: loading its code then would count against the layout.
  worker = start();

  const cancel = () => {
    if (!waiting) return;
    worker?.terminate();
    worker = null;
    settle(null);
  };

  return {
    run(job) {
      cancel();
      worker ??= start();
      const w = worker;
      return new Promise((done, fail) => {
        waiting = { seq: job.seq, done, fail };
        w.postMessage(job);
      });
    },
    cancel,
    dispose() {
      cancel();
      worker?.terminate();
      worker = null;
    },
  };
}

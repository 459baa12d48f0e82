/**
 * The layout worker: computes a force layout off the main thread, so that a canvas of thousands of
 * nodes never freezes the page while it is laid out. It answers each job with the positions only;
 * the page applies them.
 */
import { runD3Force } from './d3-force-layout.ts';
import { runFcose } from './fcose-layout.ts';
import type { LayoutAnswer, LayoutJob } from './layout-job.ts';

self.addEventListener('message', (event: MessageEvent<LayoutJob>) => {
  const job = event.data;
  const started = performance.now();
  const positions = job.algorithm === 'fcose' ? runFcose(job) : runD3Force(job);
  const answer: LayoutAnswer = { seq: job.seq, positions, ms: performance.now() - started };
  self.postMessage(answer);
});

/**
 * `--plain`: the benchmark's phases open the embedded engine without its capabilities
 * (tests/support/plain-engine.ts). Set by run.ts for its child processes.
 */
export const PLAIN = process.env.REDSTRING_BENCH_PLAIN === '1';

/**
 * The browser suite (`npm run test:e2e`): real server on the embedded store, real headless Chromium.
 * Files run one after another; each starts its own server on a free port with a fresh data folder.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    fileParallelism: false,
    // A flow is a sequence of steps on one page: later steps build on earlier ones.
    sequence: { concurrent: false },
  },
});

import { defineConfig } from 'vitest/config';

// One project per suite, so `npm test` can run and report them separately.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node' } },
      {
        test: {
          name: 'data',
          include: ['test/data/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['test/data/setup.ts'],
        },
      },
      { test: { name: 'main', include: ['test/main/**/*.test.ts'], environment: 'node', testTimeout: 60_000 } },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 300_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});

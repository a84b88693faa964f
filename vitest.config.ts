import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // One temporary folder for the run, removed at its end (see the file).
    globalSetup: ['tests/support/test-temp-dir.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/e2e/**'],
          environment: 'node',
          // Generous: CLI tests start real processes, and the machine may be busy.
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One browser at a time: the machine has two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});

import { defineConfig } from 'vitest/config';

/**
 * Unit tests run in parallel; build and browser tests build whole sites, so
 * they run one file at a time (the machine has two cores).
 */
export default defineConfig({
  test: {
    root: import.meta.dirname + '/..',
    reporters: ['default', './tests/helpers/summary-reporter.ts'],
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], globalSetup: ['tests/helpers/temp-folder.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          fileParallelism: false,
          globalSetup: ['tests/helpers/temp-folder.ts', 'tests/helpers/sample-build.ts'],
          testTimeout: 600_000,
          hookTimeout: 900_000,
        },
      },
    ],
  },
});

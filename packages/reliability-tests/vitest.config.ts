import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // One heavy part at a time: the soak's timings and heap figures should not compete with another part.
    fileParallelism: false,
    pool: 'forks',
    // The soak compares heap after a forced collection.
    execArgv: ['--expose-gc'],
    globalSetup: ['test/support/global-setup.ts'],
    setupFiles: ['test/support/hygiene-setup.ts'],
    testTimeout: 180_000,
    hookTimeout: 60_000,
  },
});

import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // one registry, one workspace copy and one consumer project, used in order
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});

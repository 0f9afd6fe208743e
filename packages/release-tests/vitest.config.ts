import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // one registry, one workspace copy and one consumer project, used in order
    fileParallelism: false,
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
});

import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // the first pipeline run in a worker loads redocly and openapi-typescript (about a second on 2 cores)
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});

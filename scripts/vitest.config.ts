import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // roomy: a pipeline run loads redocly, openapi-typescript and TypeScript, and CI machines are shared
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});

import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The type tests of the checks in testing/ (`vitest --typecheck`).
    typecheck: { include: ['test/**/*.test-d.ts'] },
    // roomy: a pipeline run loads redocly, openapi-typescript and TypeScript, and CI machines are shared
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});

import { defineConfig } from 'vitest/config';

// The tests run the built binary (dist/bin.js) as child processes against sandboxes on 127.0.0.1: one file at a
// time keeps the two-core machines these run on responsive; a sign-in played over HTTP takes a few seconds.
export default defineConfig({ test: { fileParallelism: false, testTimeout: 30_000, hookTimeout: 30_000 } });

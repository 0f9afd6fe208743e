import { defineConfig } from 'vitest/config';

// The tests run the built binary (dist/bin.js) as child processes against sandboxes on 127.0.0.1: one file at a
// time keeps the two-core machines these run on responsive, and the fixed redirect ports apart.
export default defineConfig({ test: { fileParallelism: false } });

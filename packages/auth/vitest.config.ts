import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

// `pnpm test:lowest` runs the suite against the lowest versions of the dependency ranges in package.json, installed
// by scripts/install-lowest.mjs under .tmp/lowest: the ranges we publish are the ranges we test.
const lowest = process.env.DTK_LOWEST_DEPENDENCIES;
const alias = lowest
  ? Object.fromEntries(
      ['oauth4webapi', 'jose', 'openapi-fetch'].map((name) => [name, join(lowest, 'node_modules', name)]),
    )
  : {};

export default defineConfig({ test: { alias } });

import { defineConfig } from 'vitest/config';

// OPENAPI_FETCH_DIR points the tests at another installed openapi-fetch (scripts/peer-range.mjs sets it).
const openapiFetch = process.env.OPENAPI_FETCH_DIR;

export default defineConfig({
  resolve: openapiFetch ? { alias: { 'openapi-fetch': openapiFetch } } : {},
});

// Everything here is generated (src/generated/, by `pnpm generate`); this file only re-exports it.
export type * from './generated/schema.js';
export * from './generated/operations.js';

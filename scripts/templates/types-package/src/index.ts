// Everything here is generated (src/generated/, by `pnpm generate`); this file only re-exports it.

export * from './generated/operations.js';
export type * from './generated/schema.js';

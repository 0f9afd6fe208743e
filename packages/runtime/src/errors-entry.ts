// `@dtk/runtime/errors`: the error classes, their codes and the guards, for client packages to re-export.
export * from './errors.js';

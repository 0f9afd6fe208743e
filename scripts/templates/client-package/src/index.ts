export {
  createTemplateApiClient,
  type TemplateApiClient,
  type TemplateApiClientOptions,
  type TemplateApiCredentials,
  type TemplateApiRuntimeOptions,
} from './create-client.js';
export { templateApiScopesFor } from './scopes.js';
// The runtime's typed errors, `unwrap` and `getAttempts`, so callers need no second import for everyday use.
export * from '@dtk/runtime/errors';
export { getAttempts, unwrap, type DataOf, type FetchResultLike } from '@dtk/runtime';
export type { components, operations, paths, OperationId } from '@dtk/template-api-types';

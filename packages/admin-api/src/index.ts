export type { components, OperationId, operations, paths } from '@dtk/admin-api-types';
export { type DataOf, type FetchResultLike, getAttempts, unwrap } from '@dtk/runtime';
// The runtime's typed errors, `unwrap` and `getAttempts`, so callers need no second import for everyday use.
export * from '@dtk/runtime/errors';
export { ADMIN_API_BASE_URL, ADMIN_API_TOKEN_PATH, adminApiTokenUrl } from './base-url.js';
export {
  type AdminApiClient,
  type AdminApiClientCredentials,
  type AdminApiClientOptions,
  type AdminApiRuntimeOptions,
  createAdminApiClient,
} from './create-client.js';
export { type ConsumerUser, type IterateConsumerUsersOptions, iterateConsumerUsers } from './iterate-consumer-users.js';
export { adminApiScopesFor } from './scopes.js';

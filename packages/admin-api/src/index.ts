export {
  createAdminApiClient,
  type AdminApiClient,
  type AdminApiClientCredentials,
  type AdminApiClientOptions,
  type AdminApiRuntimeOptions,
} from './create-client.js';
export { ADMIN_API_BASE_URL, ADMIN_API_TOKEN_PATH, adminApiTokenUrl } from './base-url.js';
export { adminApiScopesFor } from './scopes.js';
export { iterateConsumerUsers, type ConsumerUser, type IterateConsumerUsersOptions } from './iterate-consumer-users.js';
// The runtime's typed errors, `unwrap` and `getAttempts`, so callers need no second import for everyday use.
export * from '@dtk/runtime/errors';
export { getAttempts, unwrap, type DataOf, type FetchResultLike } from '@dtk/runtime';
export type { components, operations, paths, OperationId } from '@dtk/admin-api-types';

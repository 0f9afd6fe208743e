export type { components, OperationId, operations, paths } from '@dtk/admin-api-types';
export type { OidcServer } from '@dtk/auth/confidential';
export { type DataOf, type FetchResultLike, getAttempts, unwrap } from '@dtk/runtime';
// The runtime's typed errors, `unwrap` and `getAttempts`, so callers need no second import for everyday use.
export * from '@dtk/runtime/errors';
export {
  type AdminApiClient,
  type AdminApiClientCredentials,
  type AdminApiClientOptions,
  type AdminApiCredentials,
  type AdminApiRuntimeOptions,
  createAdminApiClient,
} from './create-client.js';
export { type ConsumerUser, type IterateConsumerUsersOptions, iterateConsumerUsers } from './iterate-consumer-users.js';
export { adminApiScopesFor } from './scopes.js';
export {
  ADMIN_API_BASE_URL,
  ADMIN_API_OIDC_SERVER,
  ADMIN_API_TOKEN_PATH,
  adminApiBaseUrl,
  adminApiTokenUrl,
} from './servers.js';

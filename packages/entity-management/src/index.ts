export type { OidcServer } from '@dtk/auth/confidential';
export type { components, OperationId, operations, paths } from '@dtk/entity-management-types';
export { type DataOf, type FetchResultLike, getAttempts, unwrap } from '@dtk/runtime';
// The runtime's typed errors, `unwrap` and `getAttempts`, so callers need no second import for everyday use.
export * from '@dtk/runtime/errors';
export {
  createEntityManagementClient,
  type EntityManagementClient,
  type EntityManagementClientOptions,
  type EntityManagementCredentials,
  type EntityManagementRuntimeOptions,
} from './create-client.js';
export {
  type Entity,
  type EntityType,
  type IterateEntitiesOptions,
  iterateEntities,
  MAX_ENTITIES_PAGE_SIZE,
} from './iterate-entities.js';
export { entityManagementScopesFor } from './scopes.js';
export {
  ENTITY_MANAGEMENT_OIDC_SERVER,
  ENTITY_MANAGEMENT_TOKEN_URL,
  entityManagementBaseUrl,
  entityManagementTokenUrl,
} from './servers.js';

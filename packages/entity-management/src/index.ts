export {
  createEntityManagementClient,
  type EntityManagementClient,
  type EntityManagementClientOptions,
  type EntityManagementCredentials,
  type EntityManagementRuntimeOptions,
} from './create-client.js';
export { ENTITY_MANAGEMENT_TOKEN_URL } from './token-url.js';
export { entityManagementScopesFor } from './scopes.js';
export {
  iterateEntities,
  MAX_ENTITIES_PAGE_SIZE,
  type Entity,
  type EntityType,
  type IterateEntitiesOptions,
} from './iterate-entities.js';
// The runtime's typed errors, `unwrap` and `getAttempts`, so callers need no second import for everyday use.
export * from '@dtk/runtime/errors';
export { getAttempts, unwrap, type DataOf, type FetchResultLike } from '@dtk/runtime';
export type { components, operations, paths, OperationId } from '@dtk/entity-management-types';

import { type OperationId, operationSecurity } from '@dtk/entity-management-types';
import { scopesFor } from '@dtk/runtime';

/**
 * The scopes a client-credentials token needs for every one of `operationIds`:
 * `entityManagementScopesFor(['listEntities', 'createEntity'])`. An unknown operationId does not compile (the
 * message points at it) and throws.
 */
export function entityManagementScopesFor(operationIds: readonly OperationId[] | ReadonlySet<OperationId>): string[] {
  return scopesFor(operationIds, operationSecurity);
}

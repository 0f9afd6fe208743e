import { type OperationId, operationSecurity } from '@dtk/entity-management-types';
import { scopesFor } from '@dtk/runtime';

/**
 * The scopes a client-credentials token needs for every one of `operationIds`:
 * `entityManagementScopesFor(['listEntities', 'createEntity'])`. An unknown operationId throws.
 */
export function entityManagementScopesFor(operationIds: Iterable<OperationId>): string[] {
  return scopesFor(operationIds, operationSecurity);
}

import { scopesFor } from '@dtk/runtime';
import { type OperationId, operationSecurity } from '@dtk/template-api-types';

/**
 * The scopes to request so the token can call every one of `operationIds` of the {{title}}. An unknown
 * operationId throws (and does not compile).
 */
export function templateApiScopesFor(operationIds: readonly OperationId[] | ReadonlySet<OperationId>): string[] {
  return scopesFor(operationIds, operationSecurity);
}

import { type OperationId, operationSecurity } from '@dtk/consumer-api-types';
import { scopesFor } from '@dtk/runtime';

/**
 * The scopes to request at sign-in so the token can call every one of `operationIds`:
 * `consumerApiScopesFor(['listAccounts', 'listTransactions'])`. An unknown operationId does not compile (the message
 * points at it and suggests the nearest one) and throws.
 */
export function consumerApiScopesFor(operationIds: readonly OperationId[] | ReadonlySet<OperationId>): string[] {
  return scopesFor(operationIds, operationSecurity);
}

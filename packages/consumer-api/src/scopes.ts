import { type OperationId, operationSecurity } from '@dtk/consumer-api-types';
import { scopesFor } from '@dtk/runtime';

/**
 * The scopes to request at sign-in so the token can call every one of `operationIds`:
 * `consumerApiScopesFor(['listAccounts', 'listTransactions'])`. An unknown operationId throws.
 */
export function consumerApiScopesFor(operationIds: Iterable<OperationId>): string[] {
  return scopesFor(operationIds, operationSecurity);
}

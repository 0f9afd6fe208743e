import { type OperationId, operationSecurity } from '@dtk/admin-api-types';
import { scopesFor } from '@dtk/runtime';

/**
 * The scopes a client-credentials token needs for every one of `operationIds`, `openid` included
 * (Banno's token endpoint expects it): `adminApiScopesFor(['searchConsumerUsers'])`.
 * An unknown operationId throws.
 */
export function adminApiScopesFor(operationIds: readonly OperationId[] | ReadonlySet<OperationId>): string[] {
  return [...new Set(['openid', ...scopesFor(operationIds, operationSecurity)])];
}

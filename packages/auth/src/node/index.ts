// `@dtk/auth/node`: deprecated, kept for one release. It held everything of the universal entry plus confidential
// clients, JWKS verification, the file store and the loopback listener. Import from `@dtk/auth`,
// `@dtk/auth/confidential` and `@dtk/auth/native` instead.

import {
  type ConfidentialClientOptions,
  type ConfidentialExchangeCodeOptions,
  confidentialContexts,
} from '../confidential/confidential-client.js';
import { codeGrant, refreshGrant } from '../grants.js';
import { type RevokeTokenOptions, revokeWithContext } from '../session-endpoints.js';
import type { RenewalStrategy } from '../token-manager.js';
import type { TokenSet } from '../token-set.js';

export * from '../confidential/index.js';
export * from '../index.js';
export * from '../native/index.js';

/**
 * @deprecated Use `exchangeCodeAsConfidentialClient` from `@dtk/auth/confidential` (with a secret or key), or
 * `exchangeCodeAsPublicClient` from `@dtk/auth` followed by `verifyIdToken` from `@dtk/auth/jwks`.
 */
export async function exchangeCode(options: ConfidentialExchangeCodeOptions): Promise<TokenSet> {
  return codeGrant(await confidentialContexts(options, false)(), options.callback, options.request);
}

/** @deprecated Use `confidentialClientRenewal` from `@dtk/auth/confidential`, or `publicClientRenewal` from `@dtk/auth`. */
export function refreshTokenRenewal(options: ConfidentialClientOptions): RenewalStrategy {
  const context = confidentialContexts(options, false);
  return { renew: async (current) => refreshGrant(await context(), current) };
}

/** @deprecated Use `revokeTokenAsConfidentialClient` from `@dtk/auth/confidential`, or `revokeToken` from `@dtk/auth`. */
export async function revokeToken(options: RevokeTokenOptions & ConfidentialClientOptions): Promise<void> {
  return revokeWithContext(await confidentialContexts(options, false)(), options);
}

import { createGrantContext, type ClientOptions } from './client-options.js';
import { refreshGrant } from './grants.js';
import type { RenewalStrategy } from './token-manager.js';

/**
 * Renews a public client's session with its refresh token. Give it to a
 * `TokenManager`; for confidential clients use the one from `@dtk/auth/node`.
 */
export function refreshTokenRenewal(options: ClientOptions): RenewalStrategy {
  return { renew: async (current) => refreshGrant(await createGrantContext(options), current) };
}

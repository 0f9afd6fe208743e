import { refreshGrant } from '../grants.js';
import { confidentialContexts, type ConfidentialClientOptions } from './confidential-client.js';
import type { RenewalStrategy } from '../token-manager.js';

/**
 * Renews a session with its refresh token, authenticating the client as
 * configured; refreshed ID tokens are verified against the JWKS and must keep
 * `sub` and `iss`. Give it to a `TokenManager`.
 */
export function refreshTokenRenewal(options: ConfidentialClientOptions): RenewalStrategy {
  const context = confidentialContexts(options);
  return { renew: async (current) => refreshGrant(await context(), current) };
}

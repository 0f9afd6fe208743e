import { createGrantContext, type ClientOptions } from './client-options.js';
import { codeGrant } from './grants.js';
import type { AuthorizationRequest } from './authorization-url.js';
import type { AuthorizationCallback } from './callback.js';
import type { TokenSet } from './token-set.js';

export interface ExchangeCodeOptions extends ClientOptions {
  /** The result of `handleCallback`. */
  callback: AuthorizationCallback;
  /** The pending request from `buildAuthorizationUrl` (PKCE verifier, nonce, redirect URI). */
  request: Pick<AuthorizationRequest, 'issuer' | 'redirectUri' | 'codeVerifier' | 'nonce' | 'scopes' | 'maxAge'>;
}

/**
 * Exchanges an authorization code as a public client (no secret; PKCE proves
 * the caller). The ID token's claims are checked — `iss`, `aud`, `azp`, `exp`,
 * `iat`, `nonce`, `at_hash`, `alg` allow-list — but not its signature; use
 * `exchangeCode` from `@dtk/auth/node` for confidential clients and JWKS
 * signature verification.
 */
export async function exchangeCode(options: ExchangeCodeOptions): Promise<TokenSet> {
  return codeGrant(await createGrantContext(options), options.callback, options.request);
}

// A confidential client (a server that holds a client secret or a private key): code exchange, refresh and
// revocation with client authentication, and ID token signatures always verified against the provider's JWKS.
import {
  type ClientOptions,
  codeGrant,
  createGrantContext,
  type ExchangeCodeOptions,
  type GrantContext,
  refreshGrant,
} from '../grants.js';
import { checkIdTokenClaimsOnly } from '../id-token.js';
import { verifyIdTokenSignatureAndClaims } from '../jwks.js';
import { type RevokeTokenOptions, revokeWithContext } from '../session-endpoints.js';
import type { RenewalStrategy } from '../token-manager.js';
import type { TokenSet } from '../token-set.js';
import { type ClientAuthOptions, createClientAuthentication } from './client-authentication.js';

/** A confidential client: who it is, which provider, and a `clientSecret` or a `privateKey`. */
export interface ConfidentialClientOptions extends ClientOptions, ClientAuthOptions {
  /** Verify ID token signatures against the provider's JWKS (default true). */
  verifyIdTokenSignature?: boolean;
}

/**
 * Checks the options now (client authentication and key included) and returns a factory of grant contexts that share
 * one client authentication, so a private key is imported once. `requireCredentials: false` is only for the
 * deprecated `@dtk/auth/node` names, which also served public clients.
 */
export function confidentialContexts(
  options: ConfidentialClientOptions,
  requireCredentials = true,
): () => Promise<GrantContext> {
  if (requireCredentials && options.clientSecret === undefined && options.privateKey === undefined) {
    throw new TypeError(
      'a confidential client needs a clientSecret or a privateKey (public clients use exchangeCodeAsPublicClient)',
    );
  }
  const authentication = createClientAuthentication(options);
  const verifier = options.verifyIdTokenSignature === false ? checkIdTokenClaimsOnly : verifyIdTokenSignatureAndClaims;
  return () => createGrantContext(options, authentication, verifier);
}

export type ConfidentialExchangeCodeOptions = ExchangeCodeOptions & ConfidentialClientOptions;

/**
 * Exchanges an authorization code for tokens as a confidential client (`client_secret_basic`, `client_secret_post`
 * or `private_key_jwt`), and verifies the ID token's signature against the provider's JWKS as well as its claims.
 *
 * @throws {TypeError} without a `clientSecret` or `privateKey`, or for contradictory options.
 * @throws {PrivateKeyError} for an unusable private key, before any request.
 * @throws {OAuthError} when the provider refuses the code or the client (`invalid_grant`, `invalid_client`).
 * @throws {IdTokenValidationError} when the ID token fails its signature or a claim check.
 * @throws {TokenResponseError} when the token endpoint is unreachable or answers something unusable.
 * @see https://www.rfc-editor.org/rfc/rfc6749#section-4.1.3
 * @see https://www.rfc-editor.org/rfc/rfc7523#section-2.2
 * @see https://openid.net/specs/openid-connect-core-1_0.html#IDTokenValidation
 */
export async function exchangeCodeAsConfidentialClient(options: ConfidentialExchangeCodeOptions): Promise<TokenSet> {
  return codeGrant(await confidentialContexts(options)(), options.callback, options.request);
}

/**
 * Renews a session with its refresh token, authenticating the client; refreshed ID tokens are verified against the
 * JWKS and must keep `sub` and `iss`. Give it to a `TokenManager`. The options are checked now.
 *
 * @throws {TypeError} / {PrivateKeyError} at once for unusable options.
 * @see https://www.rfc-editor.org/rfc/rfc6749#section-6
 * @see https://openid.net/specs/openid-connect-core-1_0.html#RefreshTokenResponse
 */
export function confidentialClientRenewal(options: ConfidentialClientOptions): RenewalStrategy {
  const context = confidentialContexts(options);
  return { renew: async (current) => refreshGrant(await context(), current) };
}

/**
 * Revokes an access or refresh token, authenticating the client. The server answers 200 even for unknown tokens.
 *
 * @throws {OAuthError} when the provider refuses the client.
 * @throws {ProviderResponseError} `endpoint: 'revocation'` when the endpoint is unreachable or answers oddly.
 * @see https://www.rfc-editor.org/rfc/rfc7009#section-2.1
 */
export async function revokeTokenAsConfidentialClient(
  options: RevokeTokenOptions & ConfidentialClientOptions,
): Promise<void> {
  return revokeWithContext(await confidentialContexts(options)(), options);
}

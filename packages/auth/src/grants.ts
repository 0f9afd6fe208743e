import { isSecretName } from '@dtk/core';
import * as oauth from 'oauth4webapi';
import { validatedCode, type AuthorizationCallback } from './callback.js';
import { verifyWithContext, type GrantContext } from './client-options.js';
import { ReauthenticationRequiredError, TokenResponseError } from './errors.js';
import { toAuthError } from './provider-errors.js';
import { normalizeTokenResponse, type TokenSet } from './token-set.js';
import type { AuthorizationRequest } from './authorization-url.js';

/**
 * Sends one token request and turns the response into a TokenSet; every
 * failure becomes a typed error. All grants use oauth4webapi's generic request
 * and response processing (status, JSON, token type, and the ID token's `alg`,
 * `iss`, `aud`, `azp`, `exp` and required claims), so only one token path is
 * bundled; the grant-specific ID token checks are in `id-token-checks.ts`.
 */
export async function requestTokens(context: GrantContext, grantType: string, parameters: Record<string, string>): Promise<TokenSet> {
  const { metadata, client } = context;
  try {
    const response = await oauth.genericTokenEndpointRequest(metadata, client, context.clientAuth, grantType, parameters, context.request);
    const receivedAt = Date.now();
    return normalizeTokenResponse(await oauth.processGenericTokenEndpointResponse(metadata, client, response), { receivedAt });
  } catch (error) {
    // The exact values this request sent (code, verifier, refresh token) are removed from whatever the provider echoed.
    const sent = Object.entries(parameters).flatMap(([name, value]) => (isSecretName(name) ? [value] : []));
    throw await toAuthError(error, 'token', sent);
  }
}

/** Authorization-code grant with PKCE; the ID token (required when `openid` was requested) is verified. */
export async function codeGrant(
  context: GrantContext,
  callback: AuthorizationCallback,
  request: Pick<AuthorizationRequest, 'issuer' | 'redirectUri' | 'codeVerifier' | 'nonce' | 'scopes' | 'maxAge'>,
): Promise<TokenSet> {
  if (request.issuer !== context.metadata.issuer) throw new TypeError('the authorization request was made to a different issuer');
  if (!request.redirectUri || !request.codeVerifier) throw new TypeError('request.redirectUri and request.codeVerifier are required');
  const parameters = { code: validatedCode(callback), redirect_uri: request.redirectUri, code_verifier: request.codeVerifier };
  const tokenSet = await requestTokens(context, 'authorization_code', parameters);
  // RFC 6749 §5.1: no `scope` in the response means the requested scopes were granted.
  tokenSet.scope ??= request.scopes.join(' ');
  if (tokenSet.idToken) {
    const { nonce, maxAge } = request;
    tokenSet.idTokenClaims = await verifyWithContext(context, tokenSet.idToken, { nonce, maxAge, accessToken: tokenSet.accessToken });
  } else if (request.scopes.includes('openid')) {
    throw new TokenResponseError('malformed', 'an OpenID Connect token response must have an "id_token"');
  }
  return tokenSet;
}

/**
 * Refresh-token grant. A new refresh token replaces the old one (RFC 6749 §6);
 * a new ID token must keep `sub` and `iss` (OIDC Core §12.2); what the response
 * leaves out is carried over from `current`.
 */
export async function refreshGrant(context: GrantContext, current: TokenSet | undefined): Promise<TokenSet> {
  if (!current) throw new ReauthenticationRequiredError('no_token', 'no tokens are stored for this session; sign in first');
  const refreshToken = current.refreshToken;
  if (!refreshToken) throw new ReauthenticationRequiredError('no_refresh_token', 'the session has no refresh token; sign in again');
  const tokenSet = await requestTokens(context, 'refresh_token', { refresh_token: refreshToken });
  tokenSet.refreshToken ??= refreshToken;
  tokenSet.scope ??= current.scope;
  if (tokenSet.idToken) {
    tokenSet.idTokenClaims = await verifyWithContext(context, tokenSet.idToken, {
      accessToken: tokenSet.accessToken,
      ...(current.idTokenClaims && { previous: current.idTokenClaims }),
    });
  } else if (current.idToken) {
    tokenSet.idToken = current.idToken;
    if (current.idTokenClaims) tokenSet.idTokenClaims = current.idTokenClaims;
  }
  return tokenSet;
}

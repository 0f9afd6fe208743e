import * as oauth from 'oauth4webapi';
import { callbackParameters, type AuthorizationCallback } from './callback.js';
import { verifyWithContext, type GrantContext } from './client-options.js';
import { ReauthenticationRequiredError } from './errors.js';
import { toAuthError } from './provider-errors.js';
import { normalizeTokenResponse, type TokenSet } from './token-set.js';
import type { AuthorizationRequest } from './authorization-url.js';

/** Sends a token request and turns its body into a TokenSet; every failure becomes a typed error. */
export async function tokenRequest(
  send: () => Promise<Response>,
  process: (response: Response) => Promise<oauth.TokenEndpointResponse>,
): Promise<{ body: oauth.TokenEndpointResponse; tokenSet: TokenSet }> {
  try {
    const response = await send();
    const receivedAt = Date.now();
    const body = await process(response);
    return { body, tokenSet: normalizeTokenResponse(body, { receivedAt }) };
  } catch (error) {
    throw await toAuthError(error, 'token');
  }
}

/** Authorization-code grant with PKCE; the ID token (required when `openid` was requested) is verified. */
export async function codeGrant(
  context: GrantContext,
  callback: AuthorizationCallback,
  request: Pick<AuthorizationRequest, 'issuer' | 'redirectUri' | 'codeVerifier' | 'nonce' | 'scopes' | 'maxAge'>,
): Promise<TokenSet> {
  const { metadata, client, clientAuth } = context;
  if (request.issuer !== metadata.issuer) throw new TypeError('the authorization request was made to a different issuer');
  const parameters = callbackParameters(callback);
  const { tokenSet } = await tokenRequest(
    () =>
      oauth.authorizationCodeGrantRequest(metadata, client, clientAuth, parameters, request.redirectUri, request.codeVerifier, context.request),
    (response) =>
      oauth.processAuthorizationCodeResponse(metadata, client, response, {
        expectedNonce: request.nonce,
        requireIdToken: request.scopes.includes('openid'),
        maxAge: request.maxAge ?? oauth.skipAuthTimeCheck,
      }),
  );
  // RFC 6749 §5.1: no `scope` in the response means the requested scopes were granted.
  tokenSet.scope ??= request.scopes.join(' ');
  if (tokenSet.idToken) {
    tokenSet.idTokenClaims = await verifyWithContext(context, tokenSet.idToken, {
      nonce: request.nonce,
      accessToken: tokenSet.accessToken,
    });
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
  const { metadata, client, clientAuth } = context;
  const { tokenSet } = await tokenRequest(
    () => oauth.refreshTokenGrantRequest(metadata, client, clientAuth, refreshToken, context.request),
    (response) => oauth.processRefreshTokenResponse(metadata, client, response),
  );
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

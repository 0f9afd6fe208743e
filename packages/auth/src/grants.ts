// Token requests: the grant context (provider, client, client authentication, ID token verifier), one token request
// path through oauth4webapi, the authorization-code and refresh grants, and their public-client forms.
import { isSecretName, SecretSet } from '@dtk/core';
import * as oauth from 'oauth4webapi';
import type { AuthorizationRequest } from './authorization-request.js';
import { type AuthorizationCallback, validatedCode } from './authorization-response.js';
import { isIdTokenValidationError, ReauthenticationRequiredError, TokenResponseError } from './errors.js';
import {
  allowedIdTokenAlgorithms,
  checkIdTokenClaimsOnly,
  type IdTokenExpectations,
  type IdTokenVerifier,
} from './id-token.js';
import {
  type HttpOptions,
  type IssuerInput,
  type IssuerMetadata,
  oauthRequestOptions,
  resolveIssuer,
  toAuthError,
} from './provider-http.js';
import type { RenewalStrategy } from './token-manager.js';
import { type IdTokenClaims, normalizeTokenResponse, type TokenSet, withTokenSetObtained } from './token-set.js';

/** Who the client is and which provider it talks to. */
export interface ClientOptions extends HttpOptions {
  /** Issuer identifier (discovered and cached) or its metadata. */
  issuer: IssuerInput;
  clientId: string;
  /** Seconds of tolerance on JWT time claims (default 30). */
  clockToleranceSeconds?: number;
  /** ID token algorithms to accept (default: the provider's list, asymmetric only; never `none`). */
  idTokenAlgorithms?: readonly string[];
  /** Reject ID tokens without `at_hash` (default false: it is optional in the code flow). */
  requireAtHash?: boolean;
}

/**
 * How a client authenticates. `forRequest(sent)` gives the oauth4webapi client authentication of one request and
 * adds to `sent` every credential it puts on the wire (client secret, Basic credentials, assertion), so that a
 * provider echoing one has it removed from the error.
 */
export interface ClientAuthentication {
  forRequest(sent: SecretSet): oauth.ClientAuth;
}

/** A public client: no authentication beyond `client_id` (PKCE proves the caller). */
export const PUBLIC_CLIENT: ClientAuthentication = { forRequest: () => oauth.None() };

/** Everything a grant needs, resolved once per call. */
export interface GrantContext {
  options: ClientOptions;
  /** Provider metadata, with the ID token alg list narrowed to the allow-list so oauth4webapi enforces it too. */
  metadata: IssuerMetadata;
  client: oauth.Client;
  authentication: ClientAuthentication;
  allowedAlgs: string[];
  request: ReturnType<typeof oauthRequestOptions>;
  verifyIdToken: IdTokenVerifier;
}

export async function createGrantContext(
  options: ClientOptions,
  authentication: ClientAuthentication = PUBLIC_CLIENT,
  verifyIdToken: IdTokenVerifier = checkIdTokenClaimsOnly,
): Promise<GrantContext> {
  if (typeof options.clientId !== 'string' || options.clientId === '') throw new TypeError('clientId is required');
  const request = oauthRequestOptions(options);
  const discovered = await resolveIssuer(options.issuer, options);
  const allowedAlgs = allowedIdTokenAlgorithms(discovered, options.idTokenAlgorithms);
  return {
    options,
    metadata: { ...discovered, id_token_signing_alg_values_supported: allowedAlgs },
    client: { client_id: options.clientId, [oauth.clockTolerance]: options.clockToleranceSeconds ?? 30 },
    authentication,
    allowedAlgs,
    request,
    verifyIdToken,
  };
}

/** Runs the context's ID token verifier with the client's settings and `expectations`. */
export function verifyWithContext(
  context: GrantContext,
  idToken: string,
  expectations: IdTokenExpectations,
): Promise<IdTokenClaims> {
  const { options } = context;
  return context.verifyIdToken(idToken, {
    metadata: context.metadata,
    clientId: options.clientId,
    allowedAlgs: context.allowedAlgs,
    expectations: {
      requireAtHash: options.requireAtHash,
      clockToleranceSeconds: options.clockToleranceSeconds,
      ...expectations,
    },
    http: options,
  });
}

/**
 * Sends one token request and turns the response into a TokenSet; every failure becomes a typed error from which
 * the exact credentials this request sent (code, verifier, refresh token, client secret, assertion) are removed.
 * All grants use oauth4webapi's generic request and response processing (status, JSON, token type, and the ID
 * token's `alg`, `iss`, `aud`, `azp`, `exp` and required claims), so only one token path is bundled.
 */
export async function requestTokens(
  context: GrantContext,
  grantType: string,
  parameters: Record<string, string>,
): Promise<TokenSet> {
  const { metadata, client } = context;
  const sent = new SecretSet(
    Object.entries(parameters).flatMap(([name, value]) => (isSecretName(name) ? [value] : [])),
  );
  try {
    const clientAuth = context.authentication.forRequest(sent);
    const response = await oauth.genericTokenEndpointRequest(
      metadata,
      client,
      clientAuth,
      grantType,
      parameters,
      context.request,
    );
    const receivedAt = Date.now();
    return normalizeTokenResponse(await oauth.processGenericTokenEndpointResponse(metadata, client, response), {
      receivedAt,
    });
  } catch (error) {
    throw await toAuthError(error, 'token', { secrets: sent, url: metadata.token_endpoint });
  }
}

/** What the code grant needs from the pending authorization request. */
export type PendingAuthorization = Pick<
  AuthorizationRequest,
  'issuer' | 'redirectUri' | 'codeVerifier' | 'nonce' | 'scopes' | 'maxAge'
>;

/** Authorization-code grant with PKCE; the ID token (required when `openid` was requested) is verified. */
export async function codeGrant(
  context: GrantContext,
  callback: AuthorizationCallback,
  request: PendingAuthorization,
): Promise<TokenSet> {
  if (request.issuer !== context.metadata.issuer)
    throw new TypeError('the authorization request was made to a different issuer');
  if (!request.redirectUri || !request.codeVerifier)
    throw new TypeError('request.redirectUri and request.codeVerifier are required');
  const parameters = {
    code: validatedCode(callback),
    redirect_uri: request.redirectUri,
    code_verifier: request.codeVerifier,
  };
  const tokenSet = await requestTokens(context, 'authorization_code', parameters);
  // RFC 6749 §5.1: no `scope` in the response means the requested scopes were granted.
  tokenSet.scope ??= request.scopes.join(' ');
  if (tokenSet.idToken) {
    const { nonce, maxAge } = request;
    tokenSet.idTokenClaims = await verifyWithContext(context, tokenSet.idToken, {
      nonce,
      maxAge,
      accessToken: tokenSet.accessToken,
    });
  } else if (request.scopes.includes('openid')) {
    throw new TokenResponseError({ reason: 'malformed' }, 'an OpenID Connect token response must have an "id_token"');
  }
  return tokenSet;
}

/**
 * Refresh-token grant. A new refresh token replaces the old one (RFC 6749 §6); a new ID token must keep `sub` and
 * `iss` (OIDC Core §12.2); what the response leaves out is carried over from `current`.
 */
export async function refreshGrant(context: GrantContext, current: TokenSet | undefined): Promise<TokenSet> {
  if (!current)
    throw new ReauthenticationRequiredError('no_token', 'no tokens are stored for this session; sign in first');
  const refreshToken = current.refreshToken;
  if (!refreshToken)
    throw new ReauthenticationRequiredError('no_refresh_token', 'the session has no refresh token; sign in again');
  const tokenSet = await requestTokens(context, 'refresh_token', { refresh_token: refreshToken });
  tokenSet.refreshToken ??= refreshToken;
  tokenSet.scope ??= current.scope;
  if (tokenSet.idToken) {
    try {
      tokenSet.idTokenClaims = await verifyWithContext(context, tokenSet.idToken, {
        accessToken: tokenSet.accessToken,
        ...(current.idTokenClaims && { previous: current.idTokenClaims }),
      });
    } catch (error) {
      // The key set was out of reach, but the provider has already spent the old refresh token: keep the session's
      // tokens with the new one (its unverified ID token and access token are not used).
      const rotated = tokenSet.refreshToken !== refreshToken;
      if (rotated && isIdTokenValidationError(error) && error.details.reason === 'jwks_unavailable')
        withTokenSetObtained(error, { ...current, refreshToken: tokenSet.refreshToken });
      throw error;
    }
  } else if (current.idToken) {
    tokenSet.idToken = current.idToken;
    if (current.idTokenClaims) tokenSet.idTokenClaims = current.idTokenClaims;
  }
  return tokenSet;
}

export interface ExchangeCodeOptions extends ClientOptions {
  /** The result of `handleCallback`. */
  callback: AuthorizationCallback;
  /** The pending request from `buildAuthorizationUrl` (PKCE verifier, nonce, redirect URI). */
  request: PendingAuthorization;
}

/**
 * Exchanges an authorization code as a public client: no client secret (PKCE proves the caller), as a browser app
 * or a CLI does. The ID token's claims are checked — `iss`, `aud`, `azp`, `exp`, `iat`, `nonce`, `auth_time`,
 * `at_hash`, and `alg` against an asymmetric allow-list — but not its signature: it came straight from the token
 * endpoint over TLS (OIDC Core §3.1.3.7 step 6). Check the signature too with `verifyIdToken` from `@dtk/auth/jwks`;
 * servers use `exchangeCodeAsConfidentialClient` from `@dtk/auth/confidential`, which always does.
 *
 * @throws {OAuthError} when the provider refuses the code (`invalid_grant`: expired, reused, wrong verifier).
 * @throws {IdTokenValidationError} when the ID token fails a check.
 * @throws {TokenResponseError} when the token endpoint is unreachable or answers something unusable.
 * @throws {TypeError} when `callback` did not come from `handleCallback` or `request` lacks its verifier.
 * @see https://www.rfc-editor.org/rfc/rfc6749#section-4.1.3
 * @see https://www.rfc-editor.org/rfc/rfc7636#section-4.5
 * @see https://openid.net/specs/openid-connect-core-1_0.html#IDTokenValidation
 */
export async function exchangeCodeAsPublicClient(options: ExchangeCodeOptions): Promise<TokenSet> {
  return codeGrant(await createGrantContext(options), options.callback, options.request);
}

/**
 * Renews a public client's session with its refresh token, for a `TokenManager`. Refreshed ID tokens get the claim
 * checks of {@link exchangeCodeAsPublicClient} and must keep `sub` and `iss`.
 *
 * @see https://www.rfc-editor.org/rfc/rfc6749#section-6
 * @see https://openid.net/specs/openid-connect-core-1_0.html#RefreshTokenResponse
 */
export function publicClientRenewal(options: ClientOptions): RenewalStrategy {
  return { renew: async (current) => refreshGrant(await createGrantContext(options), current) };
}

// The endpoints a signed-in session uses besides the token endpoint: userinfo and revocation. Both are universal.
import { SecretSet } from '@dtk/core';
import * as oauth from 'oauth4webapi';
import { type ClientOptions, createGrantContext, type GrantContext } from './grants.js';
import { toAuthError } from './provider-http.js';

export interface UserInfoOptions extends ClientOptions {
  accessToken: string;
  /** The ID token's `sub`; the response must be about the same user (OIDC Core §5.3.2). */
  expectedSubject: string;
}

/** Claims returned by the userinfo endpoint (Banno: `{issuer}/me`). */
export type UserInfo = oauth.UserInfoResponse;

/**
 * Calls the userinfo endpoint with the access token and checks that the answer is about `expectedSubject`.
 *
 * @throws {OAuthError} `invalid_token` when the access token is refused.
 * @throws {ProviderResponseError} `endpoint: 'userinfo'` when the answer is unusable or about another subject.
 * @see https://openid.net/specs/openid-connect-core-1_0.html#UserInfo
 */
export async function fetchUserInfo(options: UserInfoOptions): Promise<UserInfo> {
  const { metadata, client, request } = await createGrantContext(options);
  try {
    const response = await oauth.userInfoRequest(metadata, client, options.accessToken, request);
    return await oauth.processUserInfoResponse(metadata, client, options.expectedSubject, response);
  } catch (error) {
    throw await toAuthError(error, 'userinfo', { secrets: [options.accessToken], url: metadata.userinfo_endpoint });
  }
}

export interface RevokeTokenOptions extends ClientOptions {
  /** The access or refresh token to revoke. */
  token: string;
  tokenTypeHint?: 'access_token' | 'refresh_token';
}

/** Revokes `token` with the context's client authentication. */
export async function revokeWithContext(
  context: GrantContext,
  options: Pick<RevokeTokenOptions, 'token' | 'tokenTypeHint'>,
): Promise<void> {
  const { metadata, client, request } = context;
  const sent = new SecretSet([options.token]);
  try {
    const additionalParameters = options.tokenTypeHint ? { token_type_hint: options.tokenTypeHint } : undefined;
    const clientAuth = context.authentication.forRequest(sent);
    const response = await oauth.revocationRequest(metadata, client, clientAuth, options.token, {
      ...request,
      additionalParameters,
    });
    await oauth.processRevocationResponse(response);
  } catch (error) {
    throw await toAuthError(error, 'revocation', { secrets: sent, url: metadata.revocation_endpoint });
  }
}

/**
 * Revokes a token as a public client (`client_id` only) at the revocation endpoint (Banno:
 * `{issuer}/token/revocation`). The server answers 200 even for unknown tokens. Confidential clients use
 * `revokeTokenAsConfidentialClient` from `@dtk/auth/confidential`.
 *
 * @throws {OAuthError} when the provider refuses the request (e.g. `invalid_client`).
 * @throws {ProviderResponseError} `endpoint: 'revocation'` when the endpoint is unreachable or answers oddly.
 * @see https://www.rfc-editor.org/rfc/rfc7009#section-2.1
 */
export async function revokeToken(options: RevokeTokenOptions): Promise<void> {
  return revokeWithContext(await createGrantContext(options), options);
}

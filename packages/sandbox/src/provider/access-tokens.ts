// How a protected API checks a bearer token with the provider that issued it (RFC 6750): the token
// must be one the provider still holds — what its introspection endpoint would answer, asked in process.
import type Provider from 'oidc-provider';

/** What a protected API learns about an active access token. */
export interface AccessTokenInfo {
  /** The signed-in user's `sub`; for a client-credentials token, the client id. */
  sub: string;
  /** Granted scopes, space-separated. */
  scope: string;
  client_id: string;
}

/** `user` tells a user's token (authorization code) from a client's own (client credentials). */
export type TokenLookup = { active: true; token: AccessTokenInfo; user: boolean } | { active: false; reason: string };

/** Why a request was refused, as a bearer-protected resource answers (RFC 6750 §3). */
export interface BearerRejection {
  status: 401 | 403;
  /** `unauthorized` (no token), `invalid_token` or `insufficient_scope`. */
  error: string;
  /** The `WWW-Authenticate` challenge. */
  challenge: string;
}

/** The token of an `Authorization: Bearer <token>` header, or undefined. */
export function bearerTokenOf(authorization: string | undefined): string | undefined {
  const match = /^Bearer +([^ ]+) *$/i.exec(authorization ?? '');
  return match?.[1];
}

const quoted = (value: string) => value.replace(/["\\]/g, '');

/** A 401 or 403 with its `WWW-Authenticate` challenge; no token at all gets a bare `Bearer` challenge. */
export function bearerRejection(
  error: 'unauthorized' | 'invalid_token' | 'insufficient_scope',
  description?: string,
  scope?: string,
): BearerRejection {
  if (error === 'unauthorized') return { status: 401, error, challenge: 'Bearer' };
  const parts = [`error="${error}"`];
  if (description) parts.push(`error_description="${quoted(description)}"`);
  if (scope) parts.push(`scope="${quoted(scope)}"`);
  return { status: error === 'insufficient_scope' ? 403 : 401, error, challenge: `Bearer ${parts.join(', ')}` };
}

/**
 * Looks an access token up in the provider's own store: an access token or client-credentials token
 * it issued and still holds (not expired, not revoked), sent as a plain bearer token.
 */
export async function lookUpAccessToken(provider: Provider, value: string): Promise<TokenLookup> {
  const userToken = await provider.AccessToken.find(value);
  const token = userToken ?? (await provider.ClientCredentials.find(value));
  if (!token) return { active: false, reason: 'access token is not active' };
  // A DPoP- or mTLS-bound token sent as a plain bearer token is a misuse.
  if (token.isSenderConstrained()) return { active: false, reason: 'sender-constrained token used as bearer' };
  const clientId = token.clientId ?? '';
  const sub = 'accountId' in token && typeof token.accountId === 'string' ? token.accountId : clientId;
  return { active: true, token: { sub, scope: token.scope ?? '', client_id: clientId }, user: userToken !== undefined };
}

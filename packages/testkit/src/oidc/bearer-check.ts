import type { IncomingMessage } from 'node:http';
import type Provider from 'oidc-provider';

/** What a protected route learns about a valid token. */
export interface ResourceResponseBody {
  sub: string;
  scope: string;
  client_id: string;
}

/** Why a request was refused, as a Bearer-protected resource answers (RFC 6750 §3). */
export interface BearerRejection {
  status: 401 | 403;
  /** `unauthorized` (no token), `invalid_token` or `insufficient_scope`. */
  error: string;
  /** The `WWW-Authenticate` challenge. */
  challenge: string;
}

export type BearerCheck = { ok: true; token: ResourceResponseBody } | { ok: false; rejection: BearerRejection };

function bearerToken(req: IncomingMessage): string | undefined {
  const match = /^Bearer +([^ ]+) *$/i.exec(req.headers.authorization ?? '');
  return match?.[1];
}

const refuse = (status: 401 | 403, error: string, challenge: string): BearerCheck => ({ ok: false, rejection: { status, error, challenge } });
const challenge = (error: string, description?: string) =>
  `Bearer error="${error}"${description ? `, error_description="${description}"` : ''}`;

/**
 * Checks a request's bearer token the way a Banno API does: it must be an access token (or a
 * client-credentials token) the provider issued and still holds, sent as a plain bearer token,
 * with `requiredScope` when one is given.
 */
export async function checkBearerToken(provider: Provider, req: IncomingMessage, requiredScope: string | undefined): Promise<BearerCheck> {
  const value = bearerToken(req);
  if (!value) return refuse(401, 'unauthorized', 'Bearer');
  const token = (await provider.AccessToken.find(value)) ?? (await provider.ClientCredentials.find(value));
  if (!token) return refuse(401, 'invalid_token', challenge('invalid_token', 'access token is not active'));
  // A DPoP- or mTLS-bound token sent as a plain bearer token is a misuse.
  if (token.isSenderConstrained()) return refuse(401, 'invalid_token', challenge('invalid_token', 'sender-constrained token used as bearer'));
  const scope = token.scope ?? '';
  if (requiredScope && !scope.split(' ').includes(requiredScope)) return refuse(403, 'insufficient_scope', challenge('insufficient_scope'));
  const clientId = token.clientId ?? '';
  const sub = 'accountId' in token && typeof token.accountId === 'string' ? token.accountId : clientId;
  return { ok: true, token: { sub, scope, client_id: clientId } };
}

import type { IncomingMessage } from 'node:http';
import {
  type AccessTokenInfo,
  type BearerRejection,
  bearerRejection,
  bearerTokenOf,
  lookUpAccessToken,
  type OpenIdProvider,
} from '@dtk/sandbox';

/** What a protected route learns about a valid token. */
export type ResourceResponseBody = AccessTokenInfo;
export type { BearerRejection };

export type BearerCheck = { ok: true; token: ResourceResponseBody } | { ok: false; rejection: BearerRejection };

/**
 * Checks a request's bearer token the way a Banno API does (the sandbox's own check): it must be an
 * access token (or a client-credentials token) the provider issued and still holds, sent as a plain
 * bearer token, with `requiredScope` when one is given.
 */
export async function checkBearerToken(
  provider: OpenIdProvider['provider'],
  req: IncomingMessage,
  requiredScope: string | undefined,
): Promise<BearerCheck> {
  const value = bearerTokenOf(req.headers.authorization);
  if (!value) return { ok: false, rejection: bearerRejection('unauthorized') };
  const found = await lookUpAccessToken(provider, value);
  if (!found.active) return { ok: false, rejection: bearerRejection('invalid_token', found.reason) };
  if (requiredScope && !found.token.scope.split(' ').includes(requiredScope))
    return { ok: false, rejection: bearerRejection('insufficient_scope') };
  return { ok: true, token: found.token };
}

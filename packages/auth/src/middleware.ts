import type { Middleware, MiddlewareCallbackParams } from 'openapi-fetch';
import { ReauthenticationRequiredError } from './errors.js';
import type { TokenManagerLike } from './token-manager.js';

interface PendingRequest {
  /** Copy made before the first send, so a retry still has its body. */
  copy: Request;
  /** The access token the request was sent with. */
  accessToken: string;
}

/**
 * Pending requests by openapi-fetch's per-call options object, then by request
 * id. Weakly held so that a request another middleware answers early (its
 * onResponse never runs) is not kept alive.
 */
type PendingByCall = WeakMap<object, Map<string, PendingRequest>>;

function take(pending: PendingByCall, params: MiddlewareCallbackParams): PendingRequest | undefined {
  const byId = pending.get(params.options);
  const entry = byId?.get(params.id);
  byId?.delete(params.id);
  return entry;
}

/**
 * openapi-fetch middleware that sends `Authorization: Bearer <token>` and, on
 * a 401, renews the token once (compare-and-refresh, so concurrent 401s cause
 * one renewal) and re-sends once — through the fetch the client was given,
 * so retries and timeouts below it still apply, and with a copy of the request
 * made before the first send, so the body is intact. A 403 is never retried.
 * A second 401 throws {@link ReauthenticationRequiredError}.
 *
 * Register it last, so that the copy it keeps includes what other
 * middleware added to the request.
 */
export function authMiddleware(tokens: Pick<TokenManagerLike, 'getAccessToken' | 'handleUnauthorized'>): Middleware {
  const pending: PendingByCall = new WeakMap();
  return {
    async onRequest(params) {
      const { request } = params;
      const accessToken = await tokens.getAccessToken();
      request.headers.set('Authorization', `Bearer ${accessToken}`);
      let byId = pending.get(params.options);
      if (!byId) pending.set(params.options, (byId = new Map()));
      byId.set(params.id, { copy: request.clone(), accessToken });
      return request;
    },

    async onResponse(params) {
      const entry = take(pending, params);
      const { response } = params;
      if (!entry || response.status !== 401) return undefined;
      const accessToken = await tokens.handleUnauthorized(entry.accessToken);
      await response.body?.cancel();
      entry.copy.headers.set('Authorization', `Bearer ${accessToken}`);
      const retried = await params.options.fetch(entry.copy);
      if (retried.status === 401) {
        await retried.body?.cancel();
        throw new ReauthenticationRequiredError('unauthorized', 'the API still answered 401 after the access token was renewed');
      }
      return retried;
    },

    onError(params) {
      take(pending, params);
      return undefined;
    },
  };
}

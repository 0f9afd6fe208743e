import type { Middleware, MiddlewareCallbackParams } from 'openapi-fetch';
import { ReauthenticationRequiredError, TokenResponseError } from './errors.js';
import type { TokenManagerLike } from './token-manager.js';
import { isBearerToken } from './token-set.js';

/** `Bearer <token>`, refusing a token that is not RFC 6750 syntax (the platform's error would quote it in full). */
function bearer(accessToken: string): string {
  if (!isBearerToken(accessToken))
    throw new TokenResponseError(
      { reason: 'malformed' },
      'the access token has characters that RFC 6750 §2.1 does not allow in a bearer-token',
    );
  return `Bearer ${accessToken}`;
}

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
 *
 * @throws {ReauthenticationRequiredError} (from the call) when the session cannot be renewed or a second 401 comes.
 * @see https://www.rfc-editor.org/rfc/rfc6750#section-2.1
 * @see https://www.rfc-editor.org/rfc/rfc6750#section-3.1
 */
export function authMiddleware(tokens: Pick<TokenManagerLike, 'getAccessToken' | 'handleUnauthorized'>): Middleware {
  const pending: PendingByCall = new WeakMap();
  return {
    async onRequest(params) {
      const { request } = params;
      const accessToken = await tokens.getAccessToken();
      request.headers.set('Authorization', bearer(accessToken));
      let byId = pending.get(params.options);
      if (!byId) {
        byId = new Map();
        pending.set(params.options, byId);
      }
      byId.set(params.id, { copy: request.clone(), accessToken });
      return request;
    },

    async onResponse(params) {
      const entry = take(pending, params);
      const { response } = params;
      if (!entry || response.status !== 401) return undefined;
      const accessToken = await tokens.handleUnauthorized(entry.accessToken);
      await response.body?.cancel();
      entry.copy.headers.set('Authorization', bearer(accessToken));
      const retried = await params.options.fetch(entry.copy);
      if (retried.status === 401) {
        await retried.body?.cancel();
        throw new ReauthenticationRequiredError(
          'unauthorized',
          'the API still answered 401 after the access token was renewed',
        );
      }
      return retried;
    },

    onError(params) {
      take(pending, params);
      return undefined;
    },
  };
}

export interface ApiClientAuthOptions {
  /**
   * Get an access token before reading the granted scopes, so that a scope
   * check knows them from the first call on. For machine clients, which can
   * always get a token; a user's session may need a sign-in first.
   */
  acquireToken?: boolean;
}

/** What an API client built on `@dtk/runtime` takes from a token manager. */
export interface ApiClientAuth {
  /** {@link authMiddleware} over the token manager. */
  auth: Middleware;
  /** The current token's granted scopes, or undefined when unknown. */
  grantedScopes: () => Promise<string[] | undefined>;
}

/**
 * Wires a token manager into an API client:
 * `createApiClient({ baseUrl, ...apiClientAuth(tokens) })`.
 * @see https://www.rfc-editor.org/rfc/rfc6750#section-3.1 (the 401 the middleware renews after)
 */
export function apiClientAuth(tokens: TokenManagerLike, options: ApiClientAuthOptions = {}): ApiClientAuth {
  return {
    auth: authMiddleware(tokens),
    async grantedScopes() {
      if (options.acquireToken) await tokens.getAccessToken();
      return tokens.grantedScopes();
    },
  };
}

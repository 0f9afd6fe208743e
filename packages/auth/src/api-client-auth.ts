import type { Middleware } from 'openapi-fetch';
import { authMiddleware } from './middleware.js';
import type { TokenManagerLike } from './token-manager.js';

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

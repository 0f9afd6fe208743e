import { createGrantContext } from '../client-options.js';
import { requestTokens } from '../grants.js';
import { TokenManager, type RenewalStrategy, type TokenManagerOptions } from '../token-manager.js';
import { MemoryTokenStore, type TokenStore } from '../token-store.js';
import { createClientAuth, type ClientAuthOptions } from './client-auth.js';
import type { IssuerInput, IssuerMetadata } from '../discovery.js';
import type { HttpOptions } from '../http.js';

export interface ClientCredentialsOptions extends HttpOptions, ClientAuthOptions {
  clientId: string;
  /** The token endpoint, e.g. `https://banno.com/a/oidc-provider/api/v0/token`. Give this or `issuer`. */
  tokenUrl?: string;
  /** Issuer identifier (discovered) or metadata, when `tokenUrl` is not given. */
  issuer?: IssuerInput;
  /** Scopes to request, e.g. `openid` or `https://jackhenry.com/consumer-user-search`. */
  scope?: string | readonly string[];
  /** Further token request parameters, e.g. `resource`. */
  extraParameters?: Record<string, string>;
  /** Where tokens are kept (default: a new MemoryTokenStore). */
  store?: TokenStore;
  /** Key in the store (default `client_credentials:<clientId>`). */
  storeKey?: string;
  refreshWindowMs?: TokenManagerOptions['refreshWindowMs'];
}

/** Metadata for a bare token URL; the issuer is the URL without its last path segment. */
function tokenUrlMetadata(tokenUrl: string): IssuerMetadata {
  const url = new URL(tokenUrl);
  return { issuer: new URL('.', url).href.replace(/\/$/, ''), token_endpoint: url.href };
}

/**
 * A renewal strategy that asks for a new token with the client-credentials
 * grant each time. The options are checked now: a `clientId`, a `tokenUrl` or
 * `issuer`, and a `privateKey` or `clientSecret` (RFC 6749 §4.4: only
 * confidential clients may use this grant).
 */
export function clientCredentialsRenewal(options: ClientCredentialsOptions): RenewalStrategy {
  const { clientId, tokenUrl, issuer } = options;
  if (typeof clientId !== 'string' || clientId === '') throw new TypeError('clientId is required');
  if (!tokenUrl && !issuer) throw new TypeError('give tokenUrl or issuer');
  if (options.privateKey === undefined && options.clientSecret === undefined) {
    throw new TypeError('the client-credentials grant needs a privateKey or clientSecret');
  }
  const clientAuth = createClientAuth(options);
  const scope = typeof options.scope === 'string' ? options.scope : options.scope?.join(' ');
  const parameters = { ...options.extraParameters, ...(scope && { scope }) };
  const { fetch, allowInsecureRequests, timeoutMs } = options;
  const clientOptions = { clientId, issuer: issuer ?? tokenUrlMetadata(tokenUrl as string), fetch, allowInsecureRequests, timeoutMs };
  return {
    async renew() {
      const tokenSet = await requestTokens(await createGrantContext(clientOptions, clientAuth), 'client_credentials', parameters);
      if (scope !== undefined) tokenSet.scope ??= scope;
      return tokenSet;
    },
  };
}

/**
 * A {@link TokenManager} for a machine client (no user): the client-credentials
 * grant with `private_key_jwt` (PS256 by default; ES256, RS256) or a client
 * secret. The token is reused until its refresh window, then requested anew.
 *
 * ```ts
 * const tokens = clientCredentials({ tokenUrl, clientId, privateKey: pem, alg: 'PS256', scope: 'openid' });
 * const accessToken = await tokens.getAccessToken();
 * ```
 */
export function clientCredentials(options: ClientCredentialsOptions): TokenManager {
  return new TokenManager({
    store: options.store ?? new MemoryTokenStore(),
    key: options.storeKey ?? `client_credentials:${options.clientId}`,
    renewal: clientCredentialsRenewal(options),
    ...(options.refreshWindowMs !== undefined && { refreshWindowMs: options.refreshWindowMs }),
  });
}

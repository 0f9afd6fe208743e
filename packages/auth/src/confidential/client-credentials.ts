// Machine clients (no user): the client-credentials grant with private_key_jwt or a client secret, and the token
// manager an API client builds from its credentials.
import { urlOption } from '@dtk/core';
import { createGrantContext, requestTokens } from '../grants.js';
import type { HttpOptions, IssuerInput, IssuerMetadata } from '../provider-http.js';
import {
  type RenewalStrategy,
  TokenManager,
  type TokenManagerLike,
  type TokenManagerOptions,
} from '../token-manager.js';
import { MemoryTokenStore, type TokenStore } from '../token-stores.js';
import { type ClientAuthOptions, createClientAuthentication } from './client-authentication.js';

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
  const url = urlOption('tokenUrl', tokenUrl, { example: 'https://banno.com/a/oidc-provider/api/v0/token' });
  return { issuer: new URL('.', url).href.replace(/\/$/, ''), token_endpoint: url.href };
}

/**
 * A renewal strategy that asks for a new token with the client-credentials
 * grant each time. The options are checked now: a `clientId`, a `tokenUrl` or
 * `issuer`, and a `privateKey` (type, size, not encrypted, not public) or
 * `clientSecret` (RFC 6749 §4.4: only confidential clients may use this grant).
 *
 * @throws {TypeError} for missing or contradictory options. @throws {PrivateKeyError} for an unusable key.
 * @see https://www.rfc-editor.org/rfc/rfc6749#section-4.4
 * @see https://www.rfc-editor.org/rfc/rfc7523#section-2.2
 */
export function clientCredentialsRenewal(options: ClientCredentialsOptions): RenewalStrategy {
  const { clientId, tokenUrl, issuer } = options;
  if (typeof clientId !== 'string' || clientId === '') throw new TypeError('clientId is required');
  if (!tokenUrl && !issuer) throw new TypeError('give tokenUrl or issuer');
  if (options.privateKey === undefined && options.clientSecret === undefined) {
    throw new TypeError('the client-credentials grant needs a privateKey or clientSecret');
  }
  const authentication = createClientAuthentication(options);
  const scope = typeof options.scope === 'string' ? options.scope : options.scope?.join(' ');
  const parameters = { ...options.extraParameters, ...(scope && { scope }) };
  const { fetch, allowInsecureRequests, timeoutMs } = options;
  const clientOptions = {
    clientId,
    issuer: issuer ?? tokenUrlMetadata(tokenUrl as string),
    fetch,
    allowInsecureRequests,
    timeoutMs,
  };
  return {
    async renew() {
      const tokenSet = await requestTokens(
        await createGrantContext(clientOptions, authentication),
        'client_credentials',
        parameters,
      );
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
 *
 * @throws {TypeError} / {PrivateKeyError} at once for unusable options (see {@link clientCredentialsRenewal}).
 * @see https://www.rfc-editor.org/rfc/rfc6749#section-4.4
 */
export function clientCredentials(options: ClientCredentialsOptions): TokenManager {
  return new TokenManager({
    store: options.store ?? new MemoryTokenStore(),
    key: options.storeKey ?? `client_credentials:${options.clientId}`,
    renewal: clientCredentialsRenewal(options),
    ...(options.refreshWindowMs !== undefined && { refreshWindowMs: options.refreshWindowMs }),
  });
}

/** Either a token manager of the caller's own, or the client credentials to build one from. */
export type MachineTokenManagerOptions =
  | ({ tokenManager: TokenManagerLike } & { [Key in keyof ClientCredentialsOptions]?: never })
  | (ClientCredentialsOptions & { tokenManager?: never });

/** What an API fills in when the credentials leave it out. */
export interface MachineTokenDefaults {
  /** The API's token endpoint, used unless `tokenUrl` or `issuer` is given. */
  tokenUrl: string;
  /** Scopes to request unless `scope` is given. */
  scope?: string | readonly string[];
}

/**
 * The token manager of a machine client (an API client without a user): the `tokenManager` given, or a
 * {@link clientCredentials} one built from the credentials with the API's `defaults`. Credentials next to a token
 * manager are a `TypeError` naming them, so none is silently ignored; incomplete credentials and unusable keys are
 * refused at once by `clientCredentials`.
 *
 * @throws {TypeError} / {PrivateKeyError}
 * @see https://www.rfc-editor.org/rfc/rfc6749#section-4.4
 */
export function machineTokenManager(
  options: MachineTokenManagerOptions,
  defaults: MachineTokenDefaults,
): TokenManagerLike {
  if (options.tokenManager === undefined) {
    const { tokenUrl, issuer, scope } = options;
    return clientCredentials({
      ...options,
      ...(tokenUrl === undefined && issuer === undefined && { tokenUrl: defaults.tokenUrl }),
      scope: scope ?? defaults.scope,
    });
  }
  const { tokenManager, ...credentials } = options;
  const given = Object.entries(credentials).flatMap(([key, value]) => (value === undefined ? [] : [key]));
  if (given.length > 0)
    throw new TypeError(`Pass either a tokenManager or client credentials, not both (got ${given.join(', ')})`);
  return tokenManager;
}

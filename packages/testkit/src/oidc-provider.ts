import { type OpenIdProvider, startOpenIdProvider } from '@dtk/sandbox';
import { sendJson } from './http-server.js';
import { DEFAULT_ACCOUNTS, DEFAULT_ISSUER_PATH, type LoginOptions, type OidcProviderOptions } from './oidc/options.js';
import { createResourceRoute, type ResourceRoute } from './oidc/resource-route.js';

/** Path of the protected API route served next to the provider. */
export const RESOURCE_PATH = '/api/me';

export interface OidcTestProvider {
  /** e.g. `http://127.0.0.1:40123/a/consumer/api/v0/oidc` */
  readonly issuer: string;
  /** e.g. `http://127.0.0.1:40123` */
  readonly origin: string;
  readonly discoveryUrl: string;
  readonly authorizationEndpoint: string;
  readonly tokenEndpoint: string;
  readonly userinfoEndpoint: string;
  readonly revocationEndpoint: string;
  readonly introspectionEndpoint: string;
  readonly jwksUri: string;
  /** `GET` with `Authorization: Bearer <access token>` → 200 `{sub, scope, client_id}` or 401 `invalid_token`. */
  readonly resourceUrl: string;
  /** The oidc-provider instance, for what the harness does not cover. */
  readonly provider: OpenIdProvider['provider'];
  /**
   * Signs in (login form, then consent form when asked) headlessly and returns the redirect to the
   * client's `redirect_uri` (with `code`, `state`, `iss`, or an `error`) without requesting it.
   */
  login(authorizationUrl: string | URL, options?: LoginOptions): Promise<URL>;
  /** Aborts the interaction; the returned redirect carries `error=access_denied`. */
  deny(authorizationUrl: string | URL): Promise<URL>;
  /** Successful token responses by `grant_type`. */
  grantCounts(): Record<string, number>;
  /** Failed token requests by OAuth error code. */
  tokenErrors(): Record<string, number>;
  /** Status codes the resource route answered, in order (its length is the request count). */
  resourceStatuses(): number[];
  /** Makes every issued access token invalid (refresh tokens stay valid); returns how many there were. */
  revokeAllAccessTokens(): number;
  /** Stops the server and destroys open connections. */
  close(): Promise<void>;
}

/**
 * Starts the sandbox's OpenID provider (a real oidc-provider) on 127.0.0.1 with an ephemeral port
 * under a Banno-like issuer path, for tests that need a provider and nothing else: PKCE S256
 * required, RFC 9207 `iss`, the `claims` parameter, refresh tokens for offline access, revocation,
 * introspection, userinfo and client credentials with private_key_jwt. Accounts sign in with their
 * `sub` as username and any password; a protected route at {@link RESOURCE_PATH} checks tokens.
 */
export async function startOidcProvider(options: OidcProviderOptions): Promise<OidcTestProvider> {
  const accounts = options.accounts ?? { ...DEFAULT_ACCOUNTS };
  if (Object.keys(accounts).length === 0) throw new TypeError('accounts must name at least one account');
  const { resourceRequiredScope, ...providerOptions } = options;
  let resource: ResourceRoute | undefined;
  const op = await startOpenIdProvider(
    { ...providerOptions, issuerPath: options.issuerPath ?? DEFAULT_ISSUER_PATH, accounts },
    (req, res) => {
      const pathname = (req.url ?? '/').split('?', 1)[0];
      if (pathname !== RESOURCE_PATH || !resource) {
        sendJson(res, 404, { error: 'not_found' });
        return;
      }
      resource.handle(req, res).catch(() => {
        if (!res.headersSent) sendJson(res, 500, { error: 'server_error' });
        else res.end();
      });
    },
  );
  resource = createResourceRoute(op.provider, resourceRequiredScope);
  const route = resource;
  const defaultSub = Object.keys(accounts)[0] as string;
  return {
    issuer: op.issuer,
    origin: op.origin,
    discoveryUrl: op.discoveryUrl,
    authorizationEndpoint: op.authorizationEndpoint,
    tokenEndpoint: op.tokenEndpoint,
    userinfoEndpoint: op.userinfoEndpoint,
    revocationEndpoint: op.revocationEndpoint,
    introspectionEndpoint: op.introspectionEndpoint,
    jwksUri: op.jwksUri,
    resourceUrl: `${op.origin}${RESOURCE_PATH}`,
    provider: op.provider,
    login: async (authorizationUrl, { sub = defaultSub } = {}) => {
      if (!Object.hasOwn(accounts, sub)) throw new TypeError(`unknown account "${sub}"; add it to the accounts option`);
      return op.login(authorizationUrl, { username: sub, password: 'any' });
    },
    deny: (authorizationUrl) => op.deny(authorizationUrl),
    grantCounts: () => op.grantCounts(),
    tokenErrors: () => op.tokenErrors(),
    resourceStatuses: () => route.statuses(),
    revokeAllAccessTokens: () => op.revokeAllAccessTokens(),
    close: () => op.close(),
  };
}

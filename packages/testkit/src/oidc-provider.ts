import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type Provider from 'oidc-provider';
import { sendJson } from './http-server.js';
import { listenOnLoopback } from './loopback.js';
import type { ResolvedOptions } from './oidc/configuration.js';
import { driveAuthorization } from './oidc/interaction-driver.js';
import { MemoryStore } from './oidc/memory-store.js';
import { DEFAULT_ACCOUNTS, DEFAULT_ISSUER_PATH, type LoginOptions, type OidcProviderOptions } from './oidc/options.js';
import { createResourceRoute } from './oidc/resource-route.js';
import { generateProviderJwks } from './oidc/signing-keys.js';
import { countTokenEndpointEvents } from './oidc/token-endpoint-events.js';

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
  readonly provider: Provider;
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

function normalizeIssuerPath(path: string): string {
  if (!/^\/[\w\-./~]*$/.test(path) || path.includes('//')) {
    throw new TypeError(`issuerPath must be an absolute URL path, got "${path}"`);
  }
  return path.endsWith('/') ? path.slice(0, -1) : path;
}

function resolveOptions(options: OidcProviderOptions): ResolvedOptions {
  const accounts = options.accounts ?? { ...DEFAULT_ACCOUNTS };
  if (Object.keys(accounts).length === 0) throw new TypeError('accounts must name at least one account');
  const idTokenSigningAlgs = options.idTokenSigningAlgs ?? ['ES256', 'PS256', 'RS256'];
  if (idTokenSigningAlgs.length === 0) throw new TypeError('idTokenSigningAlgs must name at least one algorithm');
  const accessTokenTtlSeconds = options.accessTokenTtlSeconds ?? 600;
  if (!Number.isSafeInteger(accessTokenTtlSeconds) || accessTokenTtlSeconds <= 0) {
    throw new TypeError('accessTokenTtlSeconds must be a positive integer');
  }
  return {
    accounts,
    idTokenSigningAlgs,
    accessTokenTtlSeconds,
    scopes: options.scopes ?? [],
    refreshTokenRotation: options.refreshTokenRotation ?? true,
    clockSkewSeconds: options.clockSkewSeconds ?? 0,
    strictClientAssertions: options.strictClientAssertions ?? true,
  };
}

/** oidc-provider errors carry the useful part in `error_description`. */
function describeProviderError(error: unknown): string {
  const { message, error_description: description } = error as { message?: unknown; error_description?: unknown };
  return String(description ?? message);
}

/**
 * devInteractions are this harness's purpose, so the provider's warning that
 * they are enabled is noise in every test run; anything else still prints.
 */
function withoutDevInteractionsWarning<T>(construct: () => T): T {
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    if (typeof args[0] === 'string' && args[0].includes('devInteractions is enabled')) return;
    warn(...args);
  };
  try {
    return construct();
  } finally {
    console.warn = warn;
  }
}

/**
 * Starts a real oidc-provider on 127.0.0.1 (ephemeral port) under a Banno-like
 * issuer path, with PKCE S256 required, RFC 9207 `iss`, the `claims`
 * parameter, refresh tokens for offline access, revocation, introspection,
 * userinfo and client credentials with private_key_jwt.
 */
export async function startOidcProvider(options: OidcProviderOptions): Promise<OidcTestProvider> {
  const issuerPath = normalizeIssuerPath(options.issuerPath ?? DEFAULT_ISSUER_PATH);
  const resolved = resolveOptions(options);
  // Loaded on first use: importing oidc-provider prints its Node 20 runtime warning, which
  // tests that only need startTestServer should not see.
  const [{ default: OidcProvider }, { buildConfiguration }, jwks] = await Promise.all([
    import('oidc-provider'),
    import('./oidc/configuration.js'),
    generateProviderJwks(resolved.idTokenSigningAlgs),
  ]);
  const store = new MemoryStore(resolved.clockSkewSeconds);

  // The issuer needs the port, so the server listens before the provider exists.
  let dispatch: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => sendJson(res, 503, {});
  const server = createServer((req, res) => dispatch(req, res));
  const listener = await listenOnLoopback(server);
  const issuer = `${listener.url}${issuerPath}`;

  let provider: Provider;
  try {
    provider = withoutDevInteractionsWarning(
      () =>
        new OidcProvider(
          issuer,
          buildConfiguration({
            options: resolved,
            clients: options.clients,
            jwks,
            adapter: store.adapterFactory,
            cookieKeys: [randomBytes(32).toString('base64url')],
          }),
        ),
    );
    // oidc-provider validates static clients on first use; a bad one should fail here, not mid-test.
    for (const { client_id: clientId } of options.clients) {
      await provider.Client.find(clientId).catch((error: unknown) => {
        throw new TypeError(`client "${clientId}": ${describeProviderError(error)}`, { cause: error });
      });
    }
  } catch (error) {
    // Nothing may stay listening after a failed start.
    await listener.close();
    throw error;
  }
  const counters = countTokenEndpointEvents(provider);
  const resource = createResourceRoute(provider, options.resourceRequiredScope);
  const providerCallback = provider.callback();

  dispatch = (req, res) => {
    const url = req.url ?? '/';
    const pathname = url.split('?', 1)[0] ?? '/';
    if (pathname === issuerPath || pathname.startsWith(`${issuerPath}/`)) {
      // The provider routes on the path below its mount point and reads the mount point
      // from `baseUrl` (as Express sets it) to build its own links and cookie paths.
      const rest = url.slice(issuerPath.length);
      req.url = rest.startsWith('/') ? rest : `/${rest}`;
      void providerCallback(Object.assign(req, { baseUrl: issuerPath }), res);
    } else if (pathname === RESOURCE_PATH) {
      resource.handle(req, res).catch(() => {
        if (!res.headersSent) sendJson(res, 500, { error: 'server_error' });
        else res.end();
      });
    } else {
      sendJson(res, 404, { error: 'not_found' });
    }
  };

  const defaultSub = Object.keys(resolved.accounts)[0] as string;
  return {
    issuer,
    origin: listener.url,
    discoveryUrl: `${issuer}/.well-known/openid-configuration`,
    authorizationEndpoint: provider.urlFor('authorization'),
    tokenEndpoint: provider.urlFor('token'),
    userinfoEndpoint: provider.urlFor('userinfo'),
    revocationEndpoint: provider.urlFor('revocation'),
    introspectionEndpoint: provider.urlFor('introspection'),
    jwksUri: provider.urlFor('jwks'),
    resourceUrl: `${listener.url}${RESOURCE_PATH}`,
    provider,
    login: async (authorizationUrl, { sub = defaultSub } = {}) => {
      if (!Object.hasOwn(resolved.accounts, sub)) {
        throw new TypeError(`unknown account "${sub}"; add it to the accounts option`);
      }
      return driveAuthorization(new URL(authorizationUrl), issuer, { kind: 'approve', sub });
    },
    deny: async (authorizationUrl) => driveAuthorization(new URL(authorizationUrl), issuer, { kind: 'deny' }),
    grantCounts: counters.grantCounts,
    tokenErrors: counters.tokenErrors,
    resourceStatuses: resource.statuses,
    revokeAllAccessTokens: () => store.destroyAll('AccessToken') + store.destroyAll('ClientCredentials'),
    close: listener.close,
  };
}

import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { integerOption } from '@dtk/core';
import type Provider from 'oidc-provider';
import type { ClientMetadata } from 'oidc-provider';
import { listenOnLoopback } from '../http/loopback.js';
import { sendJson } from '../http/request-body.js';
import { lookUpAccessToken, type TokenLookup } from './access-tokens.js';
import {
  type AccountClaims,
  type AccountDirectory,
  accountsByClaims,
  CONSUMER_ISSUER_PATH,
  STANDARD_SCOPES,
} from './banno.js';
import type { ResolvedOptions } from './configuration.js';
import { createInteractionHandler } from './interactions.js';
import { driveAuthorization } from './login-driver.js';
import { MemoryStore } from './memory-store.js';
import { generateProviderJwks, type SigningAlg } from './signing-keys.js';
import { countTokenEndpointEvents } from './token-endpoint-events.js';

export interface OpenIdProviderOptions {
  /** Client metadata as oidc-provider takes it (`client_id`, `redirect_uris`, `jwks`, ...). */
  clients: ClientMetadata[];
  /** Path of the issuer on its origin. Default Banno's Consumer issuer path, `/a/consumer/api/v0/oidc`. */
  issuerPath?: string;
  /** Scopes accepted besides `openid`, `offline_access`, Banno's offline-access URI and the standard claim scopes. */
  scopes?: readonly string[];
  /**
   * Scopes granted only to a signed-in user (authorization code): client credentials asking for one get
   * `invalid_scope`. The OpenID Connect scopes (`openid`, ...) are never among them. Default none.
   */
  userOnlyScopes?: readonly string[];
  /** What each scope allows, shown on the consent page. */
  scopeDescriptions?: Readonly<Record<string, string>>;
  /** Lifetime of access tokens (and ID tokens) in seconds. Default 600, like Banno. */
  accessTokenTtlSeconds?: number;
  /** Every refresh returns a new refresh token and the old one stops working. Default true. */
  refreshTokenRotation?: boolean;
  /** ID token algorithms offered; the first is the default for clients that name none. Default ES256, PS256, RS256. */
  idTokenSigningAlgs?: SigningAlg[];
  /**
   * Who can sign in: an account directory, or a map of `sub` → claims where the username is the
   * `sub` and any password is accepted. Default: nobody (a provider for client credentials only).
   */
  accounts?: AccountDirectory | Readonly<Record<string, AccountClaims>>;
  /** Tolerance the provider allows on time claims of JWTs it receives (client assertions, DPoP proofs). Default 0. */
  clockSkewSeconds?: number;
  /**
   * Banno's rules for client assertions: `aud` must be the token endpoint URL and `exp` at most
   * 5 minutes ahead. Default true; false accepts everything oidc-provider accepts.
   */
  strictClientAssertions?: boolean;
  /** Shown on the sign-in pages. Default "Sandbox". */
  name?: string;
  /** A line under the sign-in form, e.g. which test users exist. */
  loginHint?: string;
  /** Who {@link OpenIdProvider.login} signs in as when not told. Default: the first account, when the accounts are a map. */
  defaultLogin?: LoginCredentials;
}

export interface LoginCredentials {
  username: string;
  password: string;
}

/** A real oidc-provider with Banno's endpoint layout, mounted on an origin the caller serves. */
export interface OpenIdProvider {
  /** e.g. `http://127.0.0.1:40123/a/consumer/api/v0/oidc` */
  readonly issuer: string;
  /** e.g. `/a/consumer/api/v0/oidc` */
  readonly issuerPath: string;
  readonly discoveryUrl: string;
  readonly authorizationEndpoint: string;
  readonly tokenEndpoint: string;
  readonly userinfoEndpoint: string;
  readonly revocationEndpoint: string;
  readonly introspectionEndpoint: string;
  readonly jwksUri: string;
  readonly endSessionEndpoint: string;
  /** The oidc-provider instance, for anything else (events, models). */
  readonly provider: Provider;
  /** Whether a request path belongs to the provider (its endpoints and sign-in pages). */
  serves(pathname: string): boolean;
  /** Handles a request for a path {@link serves} accepts. */
  handle(req: IncomingMessage, res: ServerResponse): void;
  /**
   * Signs in headlessly (sign-in form, then consent when asked) and returns the redirect to the
   * client's `redirect_uri` (with `code`, `state`, `iss`, or an `error`) without requesting it.
   * A refused request (e.g. an unregistered `redirect_uri`) rejects with `AuthorizationFlowError`.
   */
  login(authorizationUrl: string | URL, credentials?: Partial<LoginCredentials>): Promise<URL>;
  /** Cancels at the sign-in page; the returned redirect carries `error=access_denied`. */
  deny(authorizationUrl: string | URL): Promise<URL>;
  /** Whether the provider holds this access token, and whose it is. */
  introspect(accessToken: string): Promise<TokenLookup>;
  /** Successful token responses by `grant_type`. */
  grantCounts(): Record<string, number>;
  /** Failed token requests by OAuth error code. */
  tokenErrors(): Record<string, number>;
  /** Makes every issued access token invalid (refresh tokens stay valid); returns how many there were. */
  revokeAllAccessTokens(): number;
  /** Registers or replaces a client while running; invalid metadata rejects with a `TypeError`. */
  registerClient(metadata: ClientMetadata): Promise<void>;
  /** Removes a client registered with {@link registerClient}; true when there was one. */
  removeClient(clientId: string): boolean;
}

/** Path segments under the issuer that oidc-provider (or its sign-in pages) answers. */
const PROVIDER_ROUTES = ['/.well-known', '/auth', '/token', '/me', '/jwks', '/request', '/logout', '/interaction'];

function normalizeIssuerPath(path: string): string {
  if (!/^\/[\w\-./~]*$/.test(path) || path.includes('//')) {
    throw new TypeError(`issuerPath must be an absolute URL path, got "${path}"`);
  }
  return path.endsWith('/') ? path.slice(0, -1) : path;
}

function resolveOptions(options: OpenIdProviderOptions): ResolvedOptions {
  const idTokenSigningAlgs = options.idTokenSigningAlgs ?? ['ES256', 'PS256', 'RS256'];
  if (idTokenSigningAlgs.length === 0) throw new TypeError('idTokenSigningAlgs must name at least one algorithm');
  const accessTokenTtlSeconds = integerOption('accessTokenTtlSeconds', options.accessTokenTtlSeconds ?? 600, 1);
  const accounts = options.accounts ?? {};
  return {
    accounts:
      'authenticate' in accounts && typeof accounts.authenticate === 'function'
        ? (accounts as AccountDirectory)
        : accountsByClaims(accounts as Record<string, AccountClaims>),
    idTokenSigningAlgs,
    accessTokenTtlSeconds,
    scopes: options.scopes ?? [],
    userOnlyScopes: new Set((options.userOnlyScopes ?? []).filter((scope) => !STANDARD_SCOPES.includes(scope))),
    refreshTokenRotation: options.refreshTokenRotation ?? true,
    clockSkewSeconds: options.clockSkewSeconds ?? 0,
    strictClientAssertions: options.strictClientAssertions ?? true,
  };
}

function defaultLoginOf(options: OpenIdProviderOptions): LoginCredentials | undefined {
  if (options.defaultLogin) return options.defaultLogin;
  const accounts = options.accounts;
  if (!accounts || 'authenticate' in accounts) return undefined;
  const first = Object.keys(accounts)[0];
  return first === undefined ? undefined : { username: first, password: 'any' };
}

/** oidc-provider errors carry the useful part in `error_description`. */
function describeProviderError(error: unknown): string {
  const { message, error_description: description } = error as { message?: unknown; error_description?: unknown };
  return String(description ?? message);
}

/**
 * Creates a real oidc-provider for `origin` (which the caller already serves) under a Banno-like
 * issuer path: PKCE S256 required, RFC 9207 `iss`, the `claims` parameter, refresh tokens for
 * offline access with rotation, revocation, introspection, userinfo, client credentials with
 * private_key_jwt, and sign-in and consent pages a person can use. Signing keys are generated now.
 */
export async function createOpenIdProvider(origin: string, options: OpenIdProviderOptions): Promise<OpenIdProvider> {
  const issuerPath = normalizeIssuerPath(options.issuerPath ?? CONSUMER_ISSUER_PATH);
  const resolved = resolveOptions(options);
  const interactionPath = `${issuerPath}/interaction`;
  // Loaded on first use: importing oidc-provider prints its Node 20 runtime warning.
  const [{ default: OidcProvider }, { buildConfiguration }, jwks] = await Promise.all([
    import('oidc-provider'),
    import('./configuration.js'),
    generateProviderJwks(resolved.idTokenSigningAlgs),
  ]);
  const store = new MemoryStore(resolved.clockSkewSeconds);
  const issuer = `${origin}${issuerPath}`;
  const provider = new OidcProvider(
    issuer,
    buildConfiguration({
      options: resolved,
      clients: options.clients,
      jwks,
      adapter: store.adapterFactory,
      cookieKeys: [randomBytes(32).toString('base64url')],
      interactionPath,
    }),
  );
  // oidc-provider validates static clients on first use; a bad one should fail here, not mid-test.
  for (const { client_id: clientId } of options.clients) {
    await provider.Client.find(clientId).catch((error: unknown) => {
      throw new TypeError(`client "${clientId}": ${describeProviderError(error)}`, { cause: error });
    });
  }

  // Banno's descriptions declare the key set as `application/json` (RFC 7517 would say jwk-set+json).
  provider.use(async (ctx, next) => {
    await next();
    if (ctx.oidc?.route === 'jwks' && ctx.status === 200) ctx.type = 'application/json';
  });
  const counters = countTokenEndpointEvents(provider);
  const providerCallback = provider.callback();
  const interactions = createInteractionHandler({
    provider,
    accounts: resolved.accounts,
    providerName: options.name ?? 'Sandbox',
    interactionPath,
    scopeDescriptions: new Map(Object.entries(options.scopeDescriptions ?? {})),
    loginHint: options.loginHint,
  });
  const defaultLogin = defaultLoginOf(options);

  const serves = (pathname: string) => {
    if (!pathname.startsWith(`${issuerPath}/`)) return false;
    const rest = pathname.slice(issuerPath.length);
    return PROVIDER_ROUTES.some((route) => rest === route || rest.startsWith(`${route}/`));
  };

  return {
    issuer,
    issuerPath,
    discoveryUrl: `${issuer}/.well-known/openid-configuration`,
    authorizationEndpoint: provider.urlFor('authorization'),
    tokenEndpoint: provider.urlFor('token'),
    userinfoEndpoint: provider.urlFor('userinfo'),
    revocationEndpoint: provider.urlFor('revocation'),
    introspectionEndpoint: provider.urlFor('introspection'),
    jwksUri: provider.urlFor('jwks'),
    endSessionEndpoint: provider.urlFor('end_session'),
    provider,
    serves,
    handle(req, res) {
      const url = req.url ?? '/';
      const pathname = url.split('?', 1)[0] ?? '/';
      if (pathname.startsWith(`${interactionPath}/`)) {
        interactions(req, res, pathname.slice(interactionPath.length)).catch((error: unknown) => {
          if (!res.headersSent)
            sendJson(res, 500, { error: 'server_error', error_description: describeProviderError(error) });
          else res.end();
        });
        return;
      }
      // The provider routes on the path below its mount point and reads the mount point
      // from `baseUrl` (as Express sets it) to build its own links and cookie paths.
      const rest = url.slice(issuerPath.length);
      req.url = rest.startsWith('/') ? rest : `/${rest}`;
      void providerCallback(Object.assign(req, { baseUrl: issuerPath }), res);
    },
    login: async (authorizationUrl, credentials = {}) => {
      const username = credentials.username ?? defaultLogin?.username;
      if (username === undefined) throw new TypeError('login() needs a username: this provider has no default account');
      const password = credentials.password ?? (username === defaultLogin?.username ? defaultLogin.password : 'any');
      return driveAuthorization(new URL(authorizationUrl), issuer, { kind: 'approve', username, password });
    },
    deny: (authorizationUrl) => driveAuthorization(new URL(authorizationUrl), issuer, { kind: 'deny' }),
    introspect: (accessToken) => lookUpAccessToken(provider, accessToken),
    grantCounts: counters.grantCounts,
    tokenErrors: counters.tokenErrors,
    revokeAllAccessTokens: () => store.destroyAll('AccessToken') + store.destroyAll('ClientCredentials'),
    async registerClient(metadata) {
      store.putClient({ ...metadata });
      const found = await provider.Client.find(metadata.client_id).catch((error: unknown) => {
        store.removeClient(metadata.client_id);
        throw new TypeError(`client "${metadata.client_id}": ${describeProviderError(error)}`, { cause: error });
      });
      if (!found) throw new TypeError(`client "${metadata.client_id}" could not be registered`);
    },
    removeClient: (clientId) => store.removeClient(clientId),
  };
}

/** A provider on a loopback server of its own. */
export interface StandaloneOpenIdProvider extends OpenIdProvider {
  /** e.g. `http://127.0.0.1:40123` */
  readonly origin: string;
  /** Stops the server and destroys open connections. */
  close(): Promise<void>;
}

/**
 * Starts {@link createOpenIdProvider} on its own server on 127.0.0.1 (`port`, default ephemeral).
 * `extraRoute` answers requests outside the provider's paths (default 404).
 */
export async function startOpenIdProvider(
  options: OpenIdProviderOptions & { port?: number },
  extraRoute?: (req: IncomingMessage, res: ServerResponse) => void,
): Promise<StandaloneOpenIdProvider> {
  // The issuer needs the port, so the server listens before the provider exists.
  let dispatch: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) =>
    sendJson(res, 503, { error: 'starting' });
  const server = createServer((req, res) => dispatch(req, res));
  const listener = await listenOnLoopback(server, options.port);
  let op: OpenIdProvider;
  try {
    op = await createOpenIdProvider(listener.url, options);
  } catch (error) {
    // Nothing may stay listening after a failed start.
    await listener.close();
    throw error;
  }
  dispatch = (req, res) => {
    const pathname = (req.url ?? '/').split('?', 1)[0] ?? '/';
    if (op.serves(pathname)) op.handle(req, res);
    else if (extraRoute) extraRoute(req, res);
    else sendJson(res, 404, { error: 'not_found' });
  };
  return Object.assign(op, { origin: listener.url, close: listener.close });
}

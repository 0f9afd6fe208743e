// What every machine API client (an API client without a user, e.g. the Admin and Entity Management clients) shares:
// its options split into client credentials and the rest, the token URL chosen from the OIDC server, the base URL
// checked with the API's own example, and one `fetch` that carries the token requests as well as the API calls.
// The API client passes the rest to `@dtk/runtime`'s `createApiClient`; this module knows nothing of the runtime.
import { describeValue, REDACTED, safeMessage, urlOption } from '@dtk/core';
import type { TokenManagerLike } from '../token-manager.js';
import { type ClientCredentialsOptions, machineTokenManager } from './client-credentials.js';

/** Jack Henry Identity, the current host of the OIDC provider that issues Admin and Digital Core tokens. */
export const JACK_HENRY_IDENTITY_URL = 'https://login.jackhenry.com';

/** Path of Banno's OIDC provider on a server (discovery, `/jwks`, `/auth`, `/token`, `/token/revocation`). */
export const OIDC_PROVIDER_PATH = '/a/oidc-provider/api/v0';

/**
 * Which server's OIDC provider issues the client's tokens: `'login.jackhenry.com'` (Jack Henry Identity, the current
 * one) or `'baseUrl'` (the provider under the API's own base URL, path prefix included: `{baseUrl}/a/oidc-provider/api/v0`,
 * as older copies of Jack Henry's reference and the Admin API spec name it on `https://banno.com`).
 */
export type OidcServer = 'login.jackhenry.com' | 'baseUrl';

/**
 * The token endpoint of `server`: `https://login.jackhenry.com/a/oidc-provider/api/v0/token`, or
 * `{baseUrl}/a/oidc-provider/api/v0/token` keeping any path prefix of `baseUrl` (e.g. a gateway's
 * `https://gateway.example/banno` → `https://gateway.example/banno/a/oidc-provider/api/v0/token`).
 *
 * @throws {TypeError} when `server` is `'baseUrl'` and `baseUrl` is not an absolute http(s) URL.
 */
export function oidcTokenUrl(server: OidcServer, baseUrl?: string): string {
  if (server === 'login.jackhenry.com') return `${JACK_HENRY_IDENTITY_URL}${OIDC_PROVIDER_PATH}/token`;
  if (server !== 'baseUrl') {
    throw new TypeError(`oidcServer must be "login.jackhenry.com" or "baseUrl", got ${JSON.stringify(server)}`);
  }
  const url = urlOption('baseUrl', baseUrl, { example: 'https://banno.com' });
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}${OIDC_PROVIDER_PATH}/token`;
}

/**
 * The `https://` URL of a bare host, with `path` appended: `hostBaseUrl('digital.garden-fi.com')` →
 * `https://digital.garden-fi.com`. A port is allowed; a scheme, path, query or userinfo is not.
 *
 * @throws {TypeError} naming `optionName` and showing the expected form.
 */
export function hostBaseUrl(host: string, path = '', optionName = 'host'): string {
  let url: URL | undefined;
  if (typeof host === 'string' && host !== '') {
    try {
      url = new URL(`https://${host}`);
    } catch {
      // reported below
    }
  }
  // Anything the URL parser had to reinterpret (a scheme, path, query, userinfo) was not a bare host.
  if (!url || url.host !== host.toLowerCase() || url.pathname !== '/' || url.search || url.hash) {
    // userinfo (`user:password@`) never reaches the message
    const shown =
      typeof host === 'string'
        ? JSON.stringify(safeMessage(host.slice(0, 200).replace(/[^@\s/]*@/g, `${REDACTED}@`), { maxLength: 80 }))
        : describeValue(host);
    throw new TypeError(`${optionName} must be a bare hostname like "digital.garden-fi.com", got ${shown}`);
  }
  return `${url.origin}${path}`;
}

/** A fetch as the API client's runtime calls it: one `Request` per attempt. */
export type RequestFetch = (request: Request) => Promise<Response>;

/**
 * Client-credentials settings of a machine API client, as `clientCredentials` takes them (`clientId`, `privateKey`,
 * `alg`, `kid`, `audience`, `scope`, `tokenUrl`, ...), and `oidcServer` to choose the token endpoint when `tokenUrl`
 * and `issuer` are not given. Token requests go through the client's own `fetch`.
 */
export type MachineCredentials = Omit<ClientCredentialsOptions, 'fetch' | 'timeoutMs'> & {
  /** The OIDC server whose token endpoint to use when neither `tokenUrl` nor `issuer` is given. */
  oidcServer?: OidcServer;
};

/** The credentials, or a token manager of the caller's own instead (never both). */
export type MachineClientAuth =
  | (MachineCredentials & { tokenManager?: never })
  | ({ [Key in keyof MachineCredentials]?: never } & {
      /** A token manager of your own, e.g. from `clientCredentials(...)` with a shared `FileTokenStore`. */
      tokenManager: TokenManagerLike;
    });

/** The options of a machine API client as this module reads them; everything else is passed through. */
export type MachineClientOptions = MachineClientAuth & { baseUrl?: string; fetch?: RequestFetch };

/** What an API fills in: its server, its OIDC server and the scope to request by default. */
export interface MachineClientDefaults {
  /** Used when `baseUrl` is not given; without it `baseUrl` is required. */
  baseUrl?: string;
  /** A valid base URL shown when the given one is not, e.g. `https://banno.com`. */
  baseUrlExample: string;
  /** The OIDC server of the API's spec, used unless `oidcServer`, `tokenUrl` or `issuer` is given. */
  oidcServer: OidcServer;
  /** Scopes to request unless `scope` is given. */
  scope?: string | readonly string[];
}

// Every credential key, so that none reaches the runtime and no runtime option is taken for a credential. The type
// makes a credential added to `ClientCredentialsOptions` a compile error here until it is listed.
const CREDENTIAL_KEYS: Record<keyof MachineCredentials | 'tokenManager', true> = {
  clientId: true,
  tokenUrl: true,
  issuer: true,
  scope: true,
  extraParameters: true,
  store: true,
  storeKey: true,
  refreshWindowMs: true,
  allowInsecureRequests: true,
  clientSecret: true,
  privateKey: true,
  clientAuthMethod: true,
  alg: true,
  kid: true,
  audience: true,
  assertionExpiryUnit: true,
  assertionLifetimeSeconds: true,
  oidcServer: true,
  tokenManager: true,
};

type CredentialKey = keyof typeof CREDENTIAL_KEYS;

/** A machine API client's parts: where it calls, where its tokens come from, and the options left for the runtime. */
export interface MachineClientParts<Options> {
  /** The checked base URL. */
  baseUrl: string;
  /** The token manager given, or one built from the credentials (nothing is requested before the first call). */
  tokenSource: TokenManagerLike;
  /** The options that are not credentials (`fetch`, `retry`, `timeoutMs`, ...), for `createApiClient`. */
  clientOptions: Omit<Options, CredentialKey | 'baseUrl'>;
}

/**
 * Splits a machine API client's options: the base URL (the API's default, checked with its example), the token
 * source (the `tokenManager` given, or a `clientCredentials` manager whose token URL defaults to the API's OIDC
 * server and whose requests use the client's `fetch`), and the other options for the runtime.
 *
 * @example
 * const { baseUrl, tokenSource, clientOptions } = machineClient(options, {
 *   baseUrl: 'https://banno.com', baseUrlExample: 'https://banno.com', oidcServer: 'baseUrl', scope: 'openid',
 * });
 * return createApiClient<paths>({ ...clientOptions, baseUrl, tokenSource, operations });
 *
 * @throws {TypeError} naming the option for a base URL that is not absolute, credentials next to a token manager,
 *   or incomplete credentials. @throws {PrivateKeyError} for an unusable key.
 */
export function machineClient<Options extends MachineClientOptions>(
  options: Options,
  defaults: MachineClientDefaults,
): MachineClientParts<Options> {
  const given = options.baseUrl ?? defaults.baseUrl;
  urlOption('baseUrl', given, { example: defaults.baseUrlExample });
  const baseUrl = String(given);
  const credentials: Record<string, unknown> = {};
  const clientOptions: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(options)) {
    if (key === 'baseUrl') continue;
    if (Object.hasOwn(CREDENTIAL_KEYS, key)) credentials[key] = value;
    else clientOptions[key] = value;
  }
  const { oidcServer, ...tokenOptions } = credentials as MachineCredentials & { tokenManager?: TokenManagerLike };
  if (oidcServer !== undefined && (tokenOptions.tokenUrl !== undefined || tokenOptions.issuer !== undefined)) {
    throw new TypeError('Pass either oidcServer or tokenUrl/issuer, not both');
  }
  const fetch = options.fetch;
  const tokenSource = machineTokenManager(
    tokenOptions.tokenManager === undefined
      ? { ...(tokenOptions as MachineCredentials), ...(fetch && { fetch: requestInitFetch(fetch) }) }
      : (credentials as { tokenManager: TokenManagerLike }), // any credential beside it is refused, by name
    { tokenUrl: oidcTokenUrl(oidcServer ?? defaults.oidcServer, baseUrl), scope: defaults.scope },
  );
  return { baseUrl, tokenSource, clientOptions: clientOptions as Omit<Options, CredentialKey | 'baseUrl'> };
}

/** The `fetch(url, init)` form of a one-`Request` fetch, for the token requests. */
function requestInitFetch(fetch: RequestFetch): typeof globalThis.fetch {
  return (input, init) => fetch(new Request(input, init));
}

// Where the Admin API and the OIDC provider that issues its tokens are.
import { hostBaseUrl, type OidcServer, oidcTokenUrl } from '@dtk/auth/confidential';

/**
 * The Admin API's base URL on `host` (default `banno.com`, the server of the Admin API spec): its paths start with
 * `/a/...`, e.g. `/a/mobile/api/v0/...`. `adminApiBaseUrl()` → `https://banno.com`.
 *
 * @throws {TypeError} for anything but a bare host name.
 */
export function adminApiBaseUrl(host = 'banno.com'): string {
  return hostBaseUrl(host);
}

/** The OIDC server the Admin client uses by default: the provider on the API's own server, as the spec declares it. */
export const ADMIN_API_OIDC_SERVER: OidcServer = 'baseUrl';

/**
 * The Admin API's token endpoint: on `baseUrl`, path prefix kept (`https://banno.com` →
 * `https://banno.com/a/oidc-provider/api/v0/token`; a gateway's `https://gw.example/banno` →
 * `https://gw.example/banno/a/oidc-provider/api/v0/token`), or with `oidcServer: 'login.jackhenry.com'`
 * Jack Henry Identity's `https://login.jackhenry.com/a/oidc-provider/api/v0/token`.
 *
 * @throws {TypeError} for a `baseUrl` that is not an absolute http(s) URL.
 */
export function adminApiTokenUrl(
  baseUrl: string = adminApiBaseUrl(),
  oidcServer: OidcServer = ADMIN_API_OIDC_SERVER,
): string {
  return oidcTokenUrl(oidcServer, baseUrl);
}

/** @deprecated Use `adminApiBaseUrl()`. */
export const ADMIN_API_BASE_URL = 'https://banno.com';

/** @deprecated The path is kept under `OIDC_PROVIDER_PATH` of `@dtk/auth/confidential`; use `adminApiTokenUrl()`. */
export const ADMIN_API_TOKEN_PATH = '/a/oidc-provider/api/v0/token';

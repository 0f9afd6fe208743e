// Where the Entity Management API and the OIDC provider that issues its tokens are.
import { hostBaseUrl, type OidcServer, oidcTokenUrl } from '@dtk/auth/confidential';

/**
 * The Entity Management API's base URL on the institution's Digital Core host:
 * `entityManagementBaseUrl('digital.garden-fi.com')` → `https://digital.garden-fi.com` (its paths start with
 * `/a/api/entity-svcs/v1/...`).
 *
 * @throws {TypeError} for anything but a bare host name.
 */
export function entityManagementBaseUrl(host: string): string {
  return hostBaseUrl(host);
}

/** The OIDC server the client uses by default: Jack Henry Identity, as the spec's security scheme names it. */
export const ENTITY_MANAGEMENT_OIDC_SERVER: OidcServer = 'login.jackhenry.com';

/**
 * The token endpoint: Jack Henry Identity's `https://login.jackhenry.com/a/oidc-provider/api/v0/token` by default,
 * or with `oidcServer: 'baseUrl'` the provider on `baseUrl`, path prefix kept (`{baseUrl}/a/oidc-provider/api/v0/token`).
 *
 * @throws {TypeError} for `oidcServer: 'baseUrl'` without an absolute http(s) `baseUrl`.
 */
export function entityManagementTokenUrl(
  baseUrl?: string,
  oidcServer: OidcServer = ENTITY_MANAGEMENT_OIDC_SERVER,
): string {
  return oidcTokenUrl(oidcServer, baseUrl);
}

/** @deprecated Use `entityManagementTokenUrl()`. */
export const ENTITY_MANAGEMENT_TOKEN_URL = 'https://login.jackhenry.com/a/oidc-provider/api/v0/token';

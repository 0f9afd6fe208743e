// Where the {{title}} and the OIDC provider that issues its tokens are.
import { hostBaseUrl, type OidcServer, oidcTokenUrl } from '@dtk/auth/confidential';

/**
 * The API's base URL on a host: `templateApiBaseUrl('digital.garden-fi.com')` → `https://digital.garden-fi.com`.
 *
 * @throws {TypeError} for anything but a bare host name.
 */
export function templateApiBaseUrl(host: string): string {
  return hostBaseUrl(host);
}

/** The OIDC server the client uses by default: Jack Henry Identity. */
export const TEMPLATE_API_OIDC_SERVER: OidcServer = 'login.jackhenry.com';

/**
 * The token endpoint: Jack Henry Identity's by default, or with `oidcServer: 'baseUrl'` the provider on `baseUrl`,
 * path prefix kept (`{baseUrl}/a/oidc-provider/api/v0/token`).
 */
export function templateApiTokenUrl(baseUrl?: string, oidcServer: OidcServer = TEMPLATE_API_OIDC_SERVER): string {
  return oidcTokenUrl(oidcServer, baseUrl);
}

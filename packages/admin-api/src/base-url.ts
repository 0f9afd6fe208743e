/** Server of the Admin API: its paths start with `/a/...` (e.g. `/a/mobile/api/v0/...`). */
export const ADMIN_API_BASE_URL = 'https://banno.com';

/** Path of the Admin API's token endpoint (Banno's OIDC provider) on that server. */
export const ADMIN_API_TOKEN_PATH = '/a/oidc-provider/api/v0/token';

/** The token endpoint on the Admin API's server: `https://banno.com` → `https://banno.com/a/oidc-provider/api/v0/token`. */
export function adminApiTokenUrl(baseUrl: string): string {
  return new URL(ADMIN_API_TOKEN_PATH, baseUrl).href;
}

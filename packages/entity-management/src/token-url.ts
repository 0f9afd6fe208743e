/**
 * Token endpoint of Jack Henry Identity, where machine clients of Digital Core APIs get their
 * client-credentials tokens (as the spec's security scheme names it).
 */
export const ENTITY_MANAGEMENT_TOKEN_URL = 'https://login.jackhenry.com/a/oidc-provider/api/v0/token';

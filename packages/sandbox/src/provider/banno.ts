// What Banno's OpenID providers publish about themselves, shared by every provider the sandbox runs.

/** Issuer path of Banno's Consumer OpenID provider, on the institution's host. */
export const CONSUMER_ISSUER_PATH = '/a/consumer/api/v0/oidc';

/** Issuer path of Banno's Admin OpenID provider (and of Jack Henry Identity), on its own host. */
export const ADMIN_ISSUER_PATH = '/a/oidc-provider/api/v0';

/** Banno's URI form of `offline_access`: it grants a refresh token without `prompt=consent`. */
export const BANNO_OFFLINE_ACCESS_SCOPE = 'https://api.banno.com/consumer/auth/offline_access';

/** Banno's step-up authentication levels, advertised as `acr_values_supported`. */
export const BANNO_ACR_VALUES = ['standard', 'enhanced', 'high', 'restricted'].map(
  (level) => `https://api.banno.com/consumer/security-level/${level}`,
);

/** Scopes every provider accepts besides the ones an API names. */
export const STANDARD_SCOPES = [
  'openid',
  'offline_access',
  BANNO_OFFLINE_ACCESS_SCOPE,
  'profile',
  'email',
  'phone',
  'address',
];

/** Claims are keyed by name; `sub` is the account's id. */
export type AccountClaims = Record<string, unknown>;

/** Who can sign in at a provider, and what the provider says about them. */
export interface AccountDirectory {
  /** The account's current claims, read at every token and userinfo request; undefined when there is none. */
  claims(sub: string): AccountClaims | undefined;
  /** The account a login form names (`sub`), or undefined for a wrong username or password. */
  authenticate(username: string, password: string): string | undefined;
  /** Every claim name an account may carry (advertised as `claims_supported`, requestable with `claims`). */
  readonly claimNames: readonly string[];
}

/**
 * A directory from a fixed map of `sub` → claims where the username is the `sub` and any password
 * is accepted: what a test that only needs "some signed-in user" wants.
 */
export function accountsByClaims(accounts: Readonly<Record<string, AccountClaims>>): AccountDirectory {
  return {
    claims: (sub) => (Object.hasOwn(accounts, sub) ? accounts[sub] : undefined),
    authenticate: (username) => (Object.hasOwn(accounts, username) ? username : undefined),
    claimNames: [...new Set(Object.values(accounts).flatMap((claims) => Object.keys(claims)))],
  };
}

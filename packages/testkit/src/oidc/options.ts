import { type AccountClaims, type ClientMetadata, CONSUMER_ISSUER_PATH, type SigningAlg } from '@dtk/sandbox';

export { type AccountClaims, BANNO_ACR_VALUES, BANNO_OFFLINE_ACCESS_SCOPE } from '@dtk/sandbox';

/** Issuer path of Banno's consumer OpenID Provider, relative to the institution's host. */
export const DEFAULT_ISSUER_PATH = CONSUMER_ISSUER_PATH;

export const DEMO_USER_SUB = '5c6b3b5e-5d0a-4a55-9a3f-0d8f3c1e2a77';

export const DEFAULT_ACCOUNTS: Readonly<Record<string, AccountClaims>> = {
  [DEMO_USER_SUB]: {
    name: 'Demo User',
    given_name: 'Demo',
    family_name: 'User',
    preferred_username: 'demo',
    email: 'demo.user@example.com',
    email_verified: true,
    'https://api.banno.com/consumer/claim/institution_id': '8f7a2b9c-1d3e-4f5a-8b6c-7d8e9f0a1b2c',
    'https://api.banno.com/consumer/claim/customer_identifier': 'DEMO-0001',
  },
};

export interface OidcProviderOptions {
  /** Client metadata passed through to oidc-provider (`client_id`, `redirect_uris`, `jwks`, ...). */
  clients: ClientMetadata[];
  /** Path of the issuer on the loopback origin. Default {@link DEFAULT_ISSUER_PATH}. */
  issuerPath?: string;
  /**
   * Scopes accepted besides `openid`, `offline_access`, the standard claim scopes (`profile`, `email`, ...)
   * and {@link BANNO_OFFLINE_ACCESS_SCOPE}.
   */
  scopes?: string[];
  /** Lifetime of access tokens (and ID tokens) in seconds. Default 600, like Banno. */
  accessTokenTtlSeconds?: number;
  /** Every refresh returns a new refresh token and the old one stops working. Default true. */
  refreshTokenRotation?: boolean;
  /** ID token algorithms offered; the first is the default for clients that name none. Default ES256, PS256, RS256. */
  idTokenSigningAlgs?: SigningAlg[];
  /** Accounts by `sub`. Default one demo user, {@link DEMO_USER_SUB}. */
  accounts?: Record<string, AccountClaims>;
  /** Tolerance the provider allows on time claims of JWTs it receives (client assertions, DPoP proofs). Default 0. */
  clockSkewSeconds?: number;
  /**
   * Banno's rules for client assertions: `aud` must be the token endpoint URL and `exp` at most
   * 5 minutes ahead. Default true; false accepts everything oidc-provider accepts.
   */
  strictClientAssertions?: boolean;
  /** When set, the resource route answers 403 `insufficient_scope` to tokens without this scope. */
  resourceRequiredScope?: string;
}

export interface LoginOptions {
  /** Account to sign in as. Default: the first account. */
  sub?: string;
}

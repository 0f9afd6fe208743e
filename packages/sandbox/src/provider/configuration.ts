import type { JWK } from 'jose';
import { type AdapterFactory, type Configuration, errors, type KoaContextWithOIDC } from 'oidc-provider';
import { type AccountDirectory, BANNO_ACR_VALUES, BANNO_OFFLINE_ACCESS_SCOPE, STANDARD_SCOPES } from './banno.js';
import { renderErrorPage } from './interaction-pages.js';
import type { SigningAlg } from './signing-keys.js';

/** Options after defaults are applied. */
export interface ResolvedOptions {
  scopes: readonly string[];
  /** Never granted through client credentials. */
  userOnlyScopes: ReadonlySet<string>;
  accessTokenTtlSeconds: number;
  refreshTokenRotation: boolean;
  idTokenSigningAlgs: SigningAlg[];
  accounts: AccountDirectory;
  clockSkewSeconds: number;
  strictClientAssertions: boolean;
}

export interface ConfigurationInput {
  options: ResolvedOptions;
  clients: Configuration['clients'];
  jwks: { keys: JWK[] };
  adapter: AdapterFactory;
  cookieKeys: string[];
  /** Absolute path of the interaction pages, e.g. `/a/consumer/api/v0/oidc/interaction`. */
  interactionPath: string;
}

/** Banno documents these three for client assertions. */
const CLIENT_ASSERTION_ALGS = ['ES256', 'PS256', 'RS256'] as const;
const CLIENT_ASSERTION_MAX_LIFETIME_SECONDS = 5 * 60;
const DAY_SECONDS = 24 * 60 * 60;

const STANDARD_SCOPE_CLAIMS: Record<string, string[]> = {
  openid: ['sub'],
  profile: [
    'name',
    'family_name',
    'given_name',
    'middle_name',
    'nickname',
    'preferred_username',
    'profile',
    'picture',
    'website',
    'gender',
    'birthdate',
    'zoneinfo',
    'locale',
    'updated_at',
  ],
  email: ['email', 'email_verified'],
  phone: ['phone_number', 'phone_number_verified'],
  address: ['address'],
};

const OFFLINE_SCOPES = ['offline_access', BANNO_OFFLINE_ACCESS_SCOPE];
const grantsOfflineAccess = (scopes: Set<string>) => OFFLINE_SCOPES.some((scope) => scopes.has(scope));

/**
 * Scope-bound standard claims, plus every other claim the accounts carry as a
 * stand-alone claim, so it can be asked for with the `claims` parameter the
 * way Banno's `https://api.banno.com/consumer/claim/...` claims are.
 */
function claimsConfiguration(accounts: AccountDirectory): NonNullable<Configuration['claims']> {
  const scoped = new Set(Object.values(STANDARD_SCOPE_CLAIMS).flat());
  const standalone = accounts.claimNames.filter((claim) => !scoped.has(claim) && claim !== 'sub');
  return {
    ...STANDARD_SCOPE_CLAIMS,
    ...Object.fromEntries(standalone.map((claim) => [claim, null])),
  };
}

/** Banno wants `aud` to be the token endpoint URL and short-lived assertions. */
async function assertBannoClientAssertion(
  ctx: KoaContextWithOIDC,
  claims: Record<string, unknown>,
  clockToleranceSeconds: number,
): Promise<void> {
  const tokenEndpoint = ctx.oidc.urlFor('token');
  const audiences = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
  if (!audiences.includes(tokenEndpoint)) {
    throw new errors.InvalidClientAuth('audience (aud) must be the token endpoint URL');
  }
  const now = Math.floor(Date.now() / 1000);
  const latestExpiry = now + CLIENT_ASSERTION_MAX_LIFETIME_SECONDS + clockToleranceSeconds;
  if (typeof claims.exp !== 'number' || claims.exp > latestExpiry) {
    throw new errors.InvalidClientAuth('expiration (exp) must be at most 5 minutes ahead');
  }
}

export function buildConfiguration({
  options,
  clients,
  jwks,
  adapter,
  cookieKeys,
  interactionPath,
}: ConfigurationInput): Configuration {
  const { accounts, accessTokenTtlSeconds } = options;
  return {
    adapter,
    clients,
    jwks,
    cookies: { keys: cookieKeys },
    clockTolerance: options.clockSkewSeconds,
    acrValues: BANNO_ACR_VALUES,
    claims: claimsConfiguration(accounts),
    scopes: [...new Set([...STANDARD_SCOPES, ...options.scopes])],
    responseTypes: ['code'],
    clientAuthMethods: ['client_secret_basic', 'client_secret_post', 'private_key_jwt', 'none'],
    clientDefaults: {
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
      id_token_signed_response_alg: options.idTokenSigningAlgs[0],
    },
    enabledJWA: {
      idTokenSigningAlgValues: options.idTokenSigningAlgs,
      clientAuthSigningAlgValues: CLIENT_ASSERTION_ALGS,
    },
    pkce: { required: () => true },
    // A browser app may call the token, userinfo and revocation endpoints from the origin of its redirect URIs.
    clientBasedCORS: (_ctx, origin, client) =>
      origin !== 'null' && (client.redirectUris ?? []).some((uri) => URL.parse(uri)?.origin === origin),
    interactions: { url: (_ctx, interaction) => `${interactionPath}/${interaction.uid}` },
    routes: { end_session: '/logout' },
    features: {
      devInteractions: { enabled: false },
      claimsParameter: { enabled: true },
      clientCredentials: { enabled: true },
      introspection: {
        enabled: true,
        allowedPolicy: async (ctx, client, token) =>
          client.clientAuthMethod !== 'none' || token.clientId === ctx.oidc.client?.clientId,
      },
      revocation: {
        enabled: true,
        // RFC 7009: a token of another client is left alone, and the answer is still 200.
        allowedPolicy: async (_ctx, client, token) => token.clientId === client.clientId,
      },
      userinfo: { enabled: true },
    },
    findAccount: (_ctx, sub) => {
      if (!accounts.claims(sub)) return undefined;
      // Claims are read when a token or userinfo answer is made, so changes to the account show.
      return { accountId: sub, claims: () => ({ ...accounts.claims(sub), sub }) };
    },
    issueRefreshToken: (_ctx, client, code) =>
      client.grantTypeAllowed('refresh_token') && grantsOfflineAccess(code.scopes),
    expiresWithSession: (_ctx, code) => !grantsOfflineAccess(code.scopes),
    rotateRefreshToken: options.refreshTokenRotation,
    // Called before a token is stored: the one hook that sees a client-credentials token's granted scopes in time
    // to refuse it (oidc-provider grants any scope it knows to a client registered without a scope list).
    extraTokenClaims: (_ctx, token) => {
      if (token.kind !== 'ClientCredentials') return undefined;
      const refused = [...token.scopes].filter((scope) => options.userOnlyScopes.has(scope));
      if (refused.length > 0) {
        throw new errors.InvalidScope(
          `only a signed-in user can be granted ${refused.join(' ')}: use the authorization code flow`,
          refused.join(' '),
        );
      }
      return undefined;
    },
    ...(options.strictClientAssertions
      ? {
          assertJwtClientAuthClaimsAndHeader: (ctx: KoaContextWithOIDC, claims: Record<string, unknown>) =>
            assertBannoClientAssertion(ctx, claims, options.clockSkewSeconds),
        }
      : {}),
    ttl: {
      AccessToken: accessTokenTtlSeconds,
      ClientCredentials: accessTokenTtlSeconds,
      IdToken: accessTokenTtlSeconds,
      AuthorizationCode: 60,
      RefreshToken: 14 * DAY_SECONDS,
      Interaction: 60 * 60,
      Session: 14 * DAY_SECONDS,
      Grant: 14 * DAY_SECONDS,
    },
    renderError: (ctx, out) => {
      // A person gets a page; a script asking for JSON (the headless login driver) gets the error object.
      if (ctx.accepts('json', 'html') === 'json') {
        ctx.type = 'json';
        ctx.body = out;
      } else {
        ctx.type = 'html';
        ctx.body = renderErrorPage({ ...out });
      }
    },
  };
}

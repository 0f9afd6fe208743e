// The signed-in session of a profile: the OAuth client it signs in with (public with PKCE, or confidential with the
// secret from DTK_CLIENT_SECRET), and its tokens in the shared 0600 token file, renewed under the file's lock.
import {
  type AuthorizationCallback,
  type AuthorizationRequest,
  exchangeCodeAsPublicClient,
  publicClientRenewal,
  type RenewalStrategy,
  revokeToken,
  TokenManager,
  type TokenSet,
} from '@dtk/auth';
import {
  confidentialClientRenewal,
  exchangeCodeAsConfidentialClient,
  revokeTokenAsConfidentialClient,
} from '@dtk/auth/confidential';
import { verifyIdToken } from '@dtk/auth/jwks';
import { FileTokenStore } from '@dtk/auth/native';
import { ConfigError, InterruptedError, NotSignedInError } from './errors.js';
import { requireClient, type SettingSource, type Settings } from './settings.js';

/** What a session command needs to talk to the profile's provider. */
export interface SessionClient {
  issuer: string;
  clientId: string;
  /** Plain http, allowed only for a loopback issuer (a local sandbox). */
  allowInsecureRequests: boolean;
  /** The fetch every provider call of this command uses: it stops on Ctrl-C. */
  fetch?: typeof globalThis.fetch;
  exchangeCode(callback: AuthorizationCallback, request: AuthorizationRequest): Promise<TokenSet>;
  renewal: RenewalStrategy;
  revoke(token: string, tokenTypeHint: 'access_token' | 'refresh_token'): Promise<void>;
}

/**
 * A fetch for every provider call that also stops on `signal` (Ctrl-C): without it a call to a provider that does
 * not answer would hold the command until @dtk/auth's HTTP timeout.
 */
export function interruptibleFetch(signal: AbortSignal | undefined): typeof globalThis.fetch | undefined {
  if (!signal) return undefined;
  return (input, init) =>
    globalThis.fetch(input, { ...init, signal: init?.signal ? AbortSignal.any([init.signal, signal]) : signal });
}

/** Throws InterruptedError once `signal` has fired (a provider call it cut short may have failed differently). */
export function throwIfInterrupted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new InterruptedError();
}

const withoutTrailingSlash = (url: string) => url.replace(/\/+$/, '');

/** Where a setting that disagrees with the stored session came from, as the person would name it. */
function describeSource(source: SettingSource, flag: string, variable: string, key: string): string {
  if (source === 'flag') return flag;
  if (source === 'env') return variable;
  return `the profile's ${key}`;
}

/**
 * Refuses to use a stored session with a provider or client other than the ones its tokens were issued by (the ID
 * token's `iss` and `aud`/`azp`, else the profile `dtk login` saved with them): a stale `DTK_ISSUER`, an `--issuer`,
 * or a profile edited to name another provider would otherwise send the refresh token, a secret, to that provider,
 * whose `invalid_grant` then drops it.
 */
export function checkIssuedBy(settings: Settings, tokenSet: TokenSet): void {
  const claims = tokenSet.idTokenClaims;
  const issuedAt = claims?.iss ?? settings.stored.issuer;
  if (
    settings.issuer !== undefined &&
    issuedAt !== undefined &&
    withoutTrailingSlash(settings.issuer) !== withoutTrailingSlash(issuedAt)
  ) {
    const fromProfile = settings.sources.issuer === 'config';
    const source = describeSource(settings.sources.issuer, '--issuer', 'DTK_ISSUER', 'issuer');
    const wanted = withoutTrailingSlash(settings.issuer);
    const there = Object.entries(settings.config.profiles)
      .filter(([, profile]) => profile.issuer !== undefined && withoutTrailingSlash(profile.issuer) === wanted)
      .map(([name]) => name)[0];
    throw new ConfigError(
      `profile "${settings.profile}" is signed in at ${issuedAt}, but ${source} names ${settings.issuer}; nothing was sent`,
      fromProfile
        ? `its tokens are only ever sent to ${issuedAt}: sign in again to use ${settings.issuer}: dtk login --profile ${settings.profile}`
        : `its tokens are only ever sent to ${issuedAt}: drop ${source} to use them; for ${settings.issuer} ${
            there === undefined
              ? 'sign in with a profile of its own: dtk login --profile <name>'
              : `use --profile ${there}`
          }`,
    );
  }
  // The ID token's `azp` is the client it was issued to; without one, its audience.
  const issuedTo = claims === undefined ? settings.stored.clientId : (claims.azp ?? [claims.aud].flat().join(', '));
  const sameClient = (clientId: string) =>
    claims === undefined
      ? settings.stored.clientId === undefined || clientId === settings.stored.clientId
      : claims.azp !== undefined
        ? clientId === claims.azp
        : [claims.aud].flat().includes(clientId);
  if (settings.clientId !== undefined && !sameClient(settings.clientId)) {
    const source = describeSource(settings.sources.clientId, '--client-id', 'DTK_CLIENT_ID', 'clientId');
    throw new ConfigError(
      `profile "${settings.profile}" was signed in with client ${issuedTo}, but ${source} names ${settings.clientId}; nothing was sent`,
      settings.sources.clientId === 'config'
        ? `sign in again with that client: dtk login --profile ${settings.profile}`
        : `drop ${source} to use the profile's session, or sign in with that client under a profile of its own: dtk login --profile <name>`,
    );
  }
}

export function sessionClient(settings: Settings, signal?: AbortSignal): SessionClient {
  const { issuer, clientId, insecure } = requireClient(settings);
  const fetch = interruptibleFetch(signal);
  const base = { issuer, clientId, allowInsecureRequests: insecure, ...(fetch && { fetch }) };
  if (settings.clientAuthMethod === 'none') {
    return {
      ...base,
      async exchangeCode(callback, request) {
        const tokenSet = await exchangeCodeAsPublicClient({ ...base, callback, request });
        // The claims were checked on exchange; the signature is checked too, against the provider's key set.
        if (tokenSet.idToken) {
          await verifyIdToken(tokenSet.idToken, { ...base, nonce: request.nonce, accessToken: tokenSet.accessToken });
        }
        return tokenSet;
      },
      renewal: publicClientRenewal(base),
      revoke: (token, tokenTypeHint) => revokeToken({ ...base, token, tokenTypeHint }),
    };
  }
  const confidential = {
    ...base,
    clientSecret: settings.clientSecret as string,
    clientAuthMethod: settings.clientAuthMethod,
  };
  return {
    ...base,
    exchangeCode: (callback, request) => exchangeCodeAsConfidentialClient({ ...confidential, callback, request }),
    renewal: confidentialClientRenewal(confidential),
    revoke: (token, tokenTypeHint) => revokeTokenAsConfidentialClient({ ...confidential, token, tokenTypeHint }),
  };
}

/** The token file shared by every profile (each profile's tokens under its name). */
export function tokenStore(settings: Settings): FileTokenStore {
  return new FileTokenStore(settings.files.tokenFile);
}

/** The profile's stored tokens, or NotSignedInError. */
export async function storedTokens(store: FileTokenStore, profile: string): Promise<TokenSet> {
  const tokenSet = await store.get(profile);
  if (!tokenSet) throw new NotSignedInError(profile);
  return tokenSet;
}

/**
 * A token manager for the profile's session: renews with the refresh token when the access token is due. The client
 * settings are needed (and checked) only then, so a fresh token is handed out even when they have gone missing.
 */
export function sessionTokens(settings: Settings, store: FileTokenStore, signal?: AbortSignal): TokenManager {
  let renewal: RenewalStrategy | undefined;
  return new TokenManager({
    store,
    key: settings.profile,
    renewal: {
      async renew(current) {
        // Checked again on what the lock holds: another process may have signed the profile in elsewhere meanwhile.
        if (current) checkIssuedBy(settings, current);
        renewal ??= sessionClient(settings, signal).renewal;
        return renewal.renew(current);
      },
    },
  });
}

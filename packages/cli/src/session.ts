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
import { NotSignedInError } from './errors.js';
import { requireClient, type Settings } from './settings.js';

/** What a session command needs to talk to the profile's provider. */
export interface SessionClient {
  issuer: string;
  clientId: string;
  /** Plain http, allowed only for a loopback issuer (a local sandbox). */
  allowInsecureRequests: boolean;
  exchangeCode(callback: AuthorizationCallback, request: AuthorizationRequest): Promise<TokenSet>;
  renewal: RenewalStrategy;
  revoke(token: string, tokenTypeHint: 'access_token' | 'refresh_token'): Promise<void>;
}

export function sessionClient(settings: Settings): SessionClient {
  const { issuer, clientId, insecure } = requireClient(settings);
  const base = { issuer, clientId, allowInsecureRequests: insecure };
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
export function sessionTokens(settings: Settings, store: FileTokenStore): TokenManager {
  let renewal: RenewalStrategy | undefined;
  return new TokenManager({
    store,
    key: settings.profile,
    renewal: {
      renew(current) {
        renewal ??= sessionClient(settings).renewal;
        return renewal.renew(current);
      },
    },
  });
}

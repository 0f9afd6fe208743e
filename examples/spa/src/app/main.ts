// The single-page app: a public client (no secret; PKCE proves the caller) signs the user in with the universal entry
// of @dtk/auth, keeps the session in sessionStorage (this tab; renewed with the refresh token when due or once after
// a 401) and reads accounts and transactions through @dtk/consumer-api. Sign-out revokes the tokens at the provider.
import {
  type AuthorizationRequest,
  buildAuthorizationUrl,
  exchangeCodeAsPublicClient,
  handleCallback,
  isReauthenticationRequiredError,
  publicClientRenewal,
  revokeToken,
  TokenManager,
  WebStorageTokenStore,
} from '@dtk/auth';
import { consumerApiScopesFor, createConsumerApiClient, unwrap } from '@dtk/consumer-api';
import { type AccountView, accountsView, errorView, signedOutView } from './view.js';

/** What the page is told at start-up (`/config.json`): public facts only, never a secret. */
interface SpaConfig {
  issuer: string;
  clientId: string;
  consumerApiBaseUrl: string;
  /** Plain http to the provider: only for the sandbox on loopback. */
  allowInsecureRequests?: boolean;
}

const PENDING = 'spa:pending-sign-in';
const SCOPES = [
  'openid',
  'https://api.banno.com/consumer/auth/offline_access',
  ...consumerApiScopesFor(['getUser', 'listAccounts', 'listTransactions']),
];

const config = (await (await fetch('/config.json')).json()) as SpaConfig;
const client = {
  issuer: config.issuer,
  clientId: config.clientId,
  ...(config.allowInsecureRequests && { allowInsecureRequests: true }),
};
const tokens = new TokenManager({
  store: new WebStorageTokenStore(), // sessionStorage: survives reloads of this tab; see the README for the choice
  key: 'session',
  renewal: publicClientRenewal(client),
});
const api = createConsumerApiClient({ baseUrl: config.consumerApiBaseUrl, tokenManager: tokens });

async function signIn(): Promise<void> {
  const request = await buildAuthorizationUrl({
    ...client,
    redirectUri: `${location.origin}/callback`,
    scopes: SCOPES,
  });
  sessionStorage.setItem(PENDING, JSON.stringify(request)); // PKCE verifier, state and nonce wait in this tab
  location.assign(request.url);
}

async function finishSignIn(): Promise<void> {
  const request = JSON.parse(sessionStorage.getItem(PENDING) ?? 'null') as AuthorizationRequest | null;
  sessionStorage.removeItem(PENDING); // single-use
  history.replaceState(null, '', '/'); // the code leaves the address bar (and the history)
  if (!request) throw new Error('No sign-in was under way in this tab. Sign in again.');
  const callback = handleCallback(new URL(`/callback${callbackSearch}`, location.origin), request);
  await tokens.setTokenSet(await exchangeCodeAsPublicClient({ ...client, callback, request }));
}

async function loadAccounts(userId: string): Promise<AccountView[]> {
  const path = { userId };
  const { accounts } = await unwrap(api.GET('/users/{userId}/accounts', { params: { path } }));
  return Promise.all(
    accounts.map(async (account) => {
      const { transactions } = await unwrap(
        api.GET('/users/{userId}/accounts/{accountId}/transactions', {
          params: { path: { userId, accountId: account.id }, query: { offset: 0, limit: 5 } },
        }),
      );
      return { ...account, transactions };
    }),
  );
}

async function showAccounts(): Promise<void> {
  const userId = (await tokens.getTokenSet())?.idTokenClaims?.sub;
  if (!userId) return signedOutView(() => void signIn());
  const [user, accounts] = await Promise.all([
    unwrap(api.GET('/users/{userId}', { params: { path: { userId } } })),
    loadAccounts(userId),
  ]);
  accountsView(user.preferredName || `${user.firstName} ${user.lastName}`, accounts, {
    reload: () => void run(showAccounts),
    signOut: () => void run(signOut),
  });
}

async function signOut(): Promise<void> {
  const tokenSet = await tokens.getTokenSet();
  await tokens.clear(); // signed out here whatever the provider answers
  if (tokenSet?.refreshToken)
    await revokeToken({ ...client, token: tokenSet.refreshToken, tokenTypeHint: 'refresh_token' });
  if (tokenSet) await revokeToken({ ...client, token: tokenSet.accessToken, tokenTypeHint: 'access_token' });
  signedOutView(() => void signIn());
}

/** Runs a step; a session that cannot be renewed means signing in again, anything else is shown. */
async function run(step: () => Promise<void>): Promise<void> {
  try {
    await step();
  } catch (error) {
    if (isReauthenticationRequiredError(error)) {
      await tokens.clear();
      return signedOutView(() => void signIn(), 'Your session has ended. Sign in again.');
    }
    // Errors of @dtk/auth and @dtk/consumer-api carry cleaned, redacted messages.
    errorView(error instanceof Error ? error.message : String(error), () => void run(showAccounts));
  }
}

const callbackSearch = location.pathname === '/callback' ? location.search : undefined;
await run(async () => {
  if (callbackSearch !== undefined) await finishSignIn();
  await showAccounts();
});
document.body.dataset.ready = 'true';

// A single-page app as a bank's team would write it with the universal entry, run in a real browser by
// public-client-in-browser.test.ts: PKCE login through the provider's pages, tokens in Web Storage, a refresh,
// userinfo, and a sign-out. It reports what it saw in document.body.dataset.result.
import {
  type AuthorizationRequest,
  buildAuthorizationUrl,
  exchangeCodeAsPublicClient,
  fetchUserInfo,
  handleCallback,
  isAuthError,
  publicClientRenewal,
  TokenManager,
  WebStorageTokenStore,
} from '../../dist/index.js';

interface SpaConfig {
  issuer: string;
  clientId: string;
  redirectUri: string;
  scopes: string[];
  /** `session`: sessionStorage (this tab); `local`: localStorage (every tab, renewals locked across tabs). */
  storage: 'session' | 'local';
}

const config = JSON.parse(document.documentElement.dataset.config ?? '{}') as SpaConfig;
const client = { issuer: config.issuer, clientId: config.clientId, allowInsecureRequests: true }; // loopback test provider
const PENDING = 'spa:pending-login';

function tokens(): TokenManager {
  const storage = config.storage === 'local' ? localStorage : sessionStorage;
  return new TokenManager({
    store: new WebStorageTokenStore({ storage }),
    key: 'session',
    renewal: publicClientRenewal(client),
  });
}

function report(result: Record<string, unknown>): void {
  document.body.dataset.result = JSON.stringify(result);
  const heading = document.createElement('h1');
  heading.textContent = result.error
    ? 'Sign-in failed'
    : result.signedIn
      ? `Signed in as ${String(result.sub)}`
      : 'Signed out';
  const details = document.createElement('pre');
  details.textContent = JSON.stringify(result, null, 2);
  document.body.replaceChildren(heading, details);
}

async function signIn(): Promise<void> {
  const request = await buildAuthorizationUrl({
    ...client,
    redirectUri: config.redirectUri,
    scopes: config.scopes,
    prompt: 'consent',
  });
  // The pending request (PKCE verifier, state, nonce) survives the redirect in this tab only.
  sessionStorage.setItem(PENDING, JSON.stringify(request));
  location.assign(request.url);
}

async function finishSignIn(): Promise<void> {
  const pending = JSON.parse(sessionStorage.getItem(PENDING) ?? 'null') as AuthorizationRequest | null;
  sessionStorage.removeItem(PENDING); // state and verifier are single-use
  if (!pending) throw new Error('no sign-in in progress');
  const callback = handleCallback(location.href, pending);
  const tokenSet = await exchangeCodeAsPublicClient({ ...client, callback, request: pending });
  await tokens().setTokenSet(tokenSet);
  history.replaceState(null, '', '/'); // the code leaves the address bar
}

async function run(): Promise<void> {
  const action = new URLSearchParams(location.search).get('action');
  try {
    if (location.pathname === '/callback') {
      await finishSignIn();
      const manager = tokens();
      const first = await manager.getTokenSet();
      const refreshed = await manager.refresh();
      const userinfo = await fetchUserInfo({
        ...client,
        accessToken: await manager.getAccessToken(),
        expectedSubject: refreshed.idTokenClaims?.sub ?? '',
      });
      report({
        signedIn: true,
        sub: first?.idTokenClaims?.sub,
        refreshedSub: refreshed.idTokenClaims?.sub,
        rotated: first?.refreshToken !== refreshed.refreshToken,
        newAccessToken: first?.accessToken !== refreshed.accessToken,
        email: userinfo.email,
        locks: typeof navigator.locks?.request === 'function',
        address: location.href,
      });
    } else if (action === 'sign-in') {
      await signIn();
    } else if (action === 'sign-out') {
      await tokens().clear();
      report({ signedOut: true, left: await tokens().getTokenSet() });
    } else {
      const stored = await tokens().getTokenSet();
      report({ signedIn: stored !== undefined, sub: stored?.idTokenClaims?.sub });
    }
  } catch (error) {
    report({ error: String(error), code: isAuthError(error) ? error.code : undefined });
  }
}

// For the test driving several tabs at once.
Object.assign(globalThis, {
  spaExpire: async () => {
    const manager = tokens();
    const current = await manager.getTokenSet();
    if (current) await manager.setTokenSet({ ...current, expiresAt: Date.now() - 1 });
  },
  spaAccessToken: () => tokens().getAccessToken(),
  // A lock handed from one tab to another right after a write: the tab holding the lock writes, then releases.
  spaHoldLock: () =>
    new Promise<void>((held) => {
      const store = new WebStorageTokenStore({ storage: localStorage });
      void store.withLock('handover', () => {
        held();
        return new Promise<void>((release) => {
          Object.assign(globalThis, {
            spaWriteAndRelease: async (accessToken: string) => {
              await store.set('handover', { accessToken, tokenType: 'Bearer', receivedAt: Date.now() });
              release();
            },
          });
        });
      });
    }),
  spaReadUnderLock: () => {
    const store = new WebStorageTokenStore({ storage: localStorage });
    return store.withLock('handover', () => store.get('handover'));
  },
  spaLocksPending: async () => (await navigator.locks.query()).pending?.length ?? 0,
});

void run();

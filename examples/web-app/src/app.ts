// The web app: "Sign in" sends the browser to Banno Online (authorization code with PKCE), the callback redeems the
// code as a confidential client (the client secret never leaves this server), and the accounts page shows balances
// and recent transactions read through the Consumer API. The browser holds only an HttpOnly session cookie; tokens
// stay in a server-side token store, are refreshed when due (or once after a 401), and are revoked on sign-out.
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  buildAuthorizationUrl,
  handleCallback,
  isAuthorizationResponseError,
  isReauthenticationRequiredError,
  MemoryTokenStore,
  TokenManager,
  type TokenSet,
  type TokenStore,
} from '@dtk/auth';
import {
  type ConfidentialClientOptions,
  confidentialClientRenewal,
  exchangeCodeAsConfidentialClient,
  revokeTokenAsConfidentialClient,
} from '@dtk/auth/confidential';
import { type ConsumerApiClient, consumerApiScopesFor, createConsumerApiClient, unwrap } from '@dtk/consumer-api';
import { type AccountView, accountsPage, errorPage, signedOutPage } from './pages.js';
import { type Session, SessionStore } from './sessions.js';

const OFFLINE_ACCESS = 'https://api.banno.com/consumer/auth/offline_access';

export interface WebAppConfig {
  /** The institution's Consumer provider, e.g. `https://digital.garden-fi.com/a/consumer/api/v0/oidc`. */
  issuer: string;
  clientId: string;
  /** The External Application's secret: read from the environment, used only here, never sent to the browser. */
  clientSecret: string;
  /** Registered exactly at the provider, e.g. `http://localhost:8080/auth/cb`; its path is the callback route. */
  redirectUri: string;
  /** e.g. `https://digital.garden-fi.com/a/consumer/api/v0`. */
  consumerApiBaseUrl: string;
  /** How many recent transactions to show per account (default 5). */
  recentTransactions?: number;
  /** Plain http to the provider: only for a provider on loopback (the sandbox). */
  allowInsecureRequests?: boolean;
  /**
   * Signs the session cookies (default: a fresh random key, so restarting the app signs everyone out). Give one that
   * survives restarts when sessions are kept in a shared store; read it from the environment, never from source.
   */
  sessionSigningKey?: Uint8Array;
  tokens?: TokenStore;
}

export interface WebApp {
  /** The `node:http` request listener. */
  handle(req: IncomingMessage, res: ServerResponse): void;
  readonly sessions: SessionStore;
  /** Token sets by session id (server-side only). */
  readonly tokens: TokenStore;
}

/** What the app asks for: the operations it calls, refresh tokens, and the ID token. */
export const WEB_APP_SCOPES: readonly string[] = [
  'openid',
  OFFLINE_ACCESS,
  ...consumerApiScopesFor(['getUser', 'listAccounts', 'listTransactions']),
];

const SECURITY_HEADERS = {
  'content-security-policy':
    "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  'referrer-policy': 'no-referrer', // the callback's code never leaves in a Referer
  'x-content-type-options': 'nosniff',
  'cache-control': 'no-store',
};

export function createWebApp(config: WebAppConfig): WebApp {
  const tokens = config.tokens ?? new MemoryTokenStore();
  const apiClients = new Map<string, ConsumerApiClient>();
  // The app makes its own store, so the cookie is Secure whenever the app is served over https, and a session that
  // times out takes its tokens with it.
  const sessions = new SessionStore({
    ...(config.sessionSigningKey && { signingKey: config.sessionSigningKey }),
    cookie: { secure: config.redirectUri.startsWith('https:') },
    onExpire: (id) => {
      apiClients.delete(id);
      void tokens.delete(id);
    },
  });
  const client: ConfidentialClientOptions = {
    issuer: config.issuer,
    clientId: config.clientId,
    clientSecret: config.clientSecret,
    ...(config.allowInsecureRequests && { allowInsecureRequests: true }),
  };
  const renewal = confidentialClientRenewal(client);
  const callbackPath = new URL(config.redirectUri).pathname;

  const tokenManager = (session: Session) => new TokenManager({ store: tokens, key: session.id, renewal });
  const apiFor = (session: Session): ConsumerApiClient => {
    let api = apiClients.get(session.id);
    if (!api) {
      api = createConsumerApiClient({ baseUrl: config.consumerApiBaseUrl, tokenManager: tokenManager(session) });
      apiClients.set(session.id, api);
    }
    return api;
  };
  const endSession = async (session: Session) => {
    sessions.destroy(session);
    apiClients.delete(session.id);
    await tokens.delete(session.id);
  };

  const send = (res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void => {
    res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', ...SECURITY_HEADERS, ...headers }).end(body);
  };
  const redirect = (res: ServerResponse, location: string, headers: Record<string, string> = {}): void => {
    res.writeHead(303, { location, ...SECURITY_HEADERS, ...headers }).end();
  };

  async function signIn(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const session = sessions.fromCookieHeader(req.headers.cookie) ?? sessions.create();
    session.pending = await buildAuthorizationUrl({
      ...client,
      redirectUri: config.redirectUri,
      scopes: [...WEB_APP_SCOPES],
    });
    redirect(res, session.pending.url, { 'set-cookie': sessions.cookieFor(session) });
  }

  async function finishSignIn(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const session = sessions.fromCookieHeader(req.headers.cookie);
    const pending = session?.pending;
    if (session) delete session.pending; // state and PKCE verifier are single-use
    if (!session || !pending) return send(res, 400, signedOutPage('No sign-in was under way here. Sign in again.'));
    try {
      const callback = handleCallback(url, pending); // iss, then state, then an error redirect
      const tokenSet = await exchangeCodeAsConfidentialClient({ ...client, callback, request: pending });
      // A new session id once signed in: an id seen before sign-in (session fixation) is worth nothing after it.
      await endSession(session);
      const signedIn = sessions.create();
      signedIn.userId = tokenSet.idTokenClaims?.sub;
      await tokens.set(signedIn.id, tokenSet);
      redirect(res, '/', { 'set-cookie': sessions.cookieFor(signedIn) }); // the code leaves the address bar
    } catch (error) {
      if (!isAuthorizationResponseError(error)) throw error;
      const cancelled = error.details.error === 'access_denied';
      send(res, 400, signedOutPage(cancelled ? 'Sign-in was cancelled.' : `Sign-in failed: ${error.message}`));
    }
  }

  async function accounts(session: Session & { userId: string }): Promise<AccountView[]> {
    const api = apiFor(session);
    const path = { userId: session.userId };
    const { accounts } = await unwrap(api.GET('/users/{userId}/accounts', { params: { path } }));
    const limit = config.recentTransactions ?? 5;
    return Promise.all(
      accounts.map(async (account) => {
        const { transactions } = await unwrap(
          api.GET('/users/{userId}/accounts/{accountId}/transactions', {
            params: { path: { ...path, accountId: account.id }, query: { offset: 0, limit } },
          }),
        );
        return { ...account, transactions };
      }),
    );
  }

  async function home(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const session = sessions.fromCookieHeader(req.headers.cookie);
    if (!session?.userId) return send(res, 200, signedOutPage());
    const signedIn = session as Session & { userId: string };
    try {
      const userId = signedIn.userId;
      const [user, views] = await Promise.all([
        unwrap(apiFor(signedIn).GET('/users/{userId}', { params: { path: { userId } } })),
        accounts(signedIn),
      ]);
      const displayName = user.preferredName || `${user.firstName} ${user.lastName}`;
      send(res, 200, accountsPage({ displayName, accounts: views, csrfToken: session.csrfToken }));
    } catch (error) {
      if (!isReauthenticationRequiredError(error)) throw error;
      // The refresh token is gone (expired, revoked, or the user ended the app's access): sign in again.
      await endSession(session);
      send(res, 401, signedOutPage('Your session has ended. Sign in again.'), {
        'set-cookie': sessions.clearingCookie(),
      });
    }
  }

  async function signOut(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const session = sessions.fromCookieHeader(req.headers.cookie);
    const form = new URLSearchParams(await readSmallBody(req));
    if (!session || form.get('csrf') !== session.csrfToken) return send(res, 403, errorPage('Sign-out refused.'));
    const tokenSet: TokenSet | undefined = await tokens.get(session.id);
    await endSession(session); // signed out here whatever the provider answers
    // Revoke at the provider: the refresh token first (Banno ends the grant with it), then the access token.
    const revocations = [
      tokenSet?.refreshToken && { token: tokenSet.refreshToken, tokenTypeHint: 'refresh_token' as const },
      tokenSet && { token: tokenSet.accessToken, tokenTypeHint: 'access_token' as const },
    ].filter((revocation) => !!revocation);
    await Promise.all(revocations.map((revocation) => revokeTokenAsConfidentialClient({ ...client, ...revocation })));
    redirect(res, '/', { 'set-cookie': sessions.clearingCookie() });
  }

  function handle(req: IncomingMessage, res: ServerResponse): void {
    let url: URL;
    try {
      url = new URL(req.url ?? '/', config.redirectUri); // absolute: handleCallback needs the full URL
    } catch {
      // A request target that is no URL (e.g. `//[`): thrown here, it would be uncaught and end the process.
      send(res, 400, errorPage('Bad request.'));
      return;
    }
    const route =
      req.method === 'GET' && url.pathname === '/'
        ? home(req, res)
        : req.method === 'GET' && url.pathname === '/login'
          ? signIn(req, res)
          : req.method === 'GET' && url.pathname === callbackPath
            ? finishSignIn(req, res, url)
            : req.method === 'POST' && url.pathname === '/logout'
              ? signOut(req, res)
              : Promise.resolve(send(res, 404, errorPage('Not found.')));
    route.catch((error: unknown) => {
      // Errors of @dtk/auth and @dtk/consumer-api carry cleaned, redacted messages: no token or secret in them.
      if (!res.headersSent) send(res, 502, errorPage(error instanceof Error ? error.message : 'Unexpected error.'));
      else res.destroy();
    });
  }

  return { handle, sessions, tokens };
}

/** A form body, refused beyond 4 kB. */
async function readSmallBody(req: IncomingMessage): Promise<string> {
  let body = '';
  for await (const chunk of req) {
    body += String(chunk);
    if (body.length > 4096) throw new Error('request body too large');
  }
  return body;
}

import { randomBytes } from 'node:crypto';
import { DEMO_USER_SUB, type OidcTestProvider, startOidcProvider } from '@dtk/testkit';
import createClient from 'openapi-fetch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  exchangeCodeAsConfidentialClient as exchangeCode,
  confidentialClientRenewal as refreshTokenRenewal,
  revokeTokenAsConfidentialClient as revokeToken,
} from '../../src/confidential/index.js';
import {
  authMiddleware,
  buildAuthorizationUrl,
  exchangeCodeAsPublicClient as exchangeCodePublic,
  fetchUserInfo,
  handleCallback,
  MemoryTokenStore,
  publicClientRenewal as publicRefreshRenewal,
  ReauthenticationRequiredError,
  TokenManager,
  type TokenSet,
} from '../../src/index.js';

const REDIRECT_URI = 'http://127.0.0.1:8765/callback';
const SECRET = randomBytes(24).toString('base64url');

interface paths {
  '/api/me': {
    get: { responses: { 200: { content: { 'application/json': { sub: string; scope: string; client_id: string } } } } };
  };
}

let op: OidcTestProvider;

beforeAll(async () => {
  op = await startOidcProvider({
    clients: [
      {
        client_id: 'web-basic',
        client_secret: SECRET,
        redirect_uris: [REDIRECT_URI],
        token_endpoint_auth_method: 'client_secret_basic',
      },
      {
        client_id: 'web-post',
        client_secret: SECRET,
        redirect_uris: [REDIRECT_URI],
        token_endpoint_auth_method: 'client_secret_post',
      },
      { client_id: 'cli', redirect_uris: [REDIRECT_URI], token_endpoint_auth_method: 'none' },
    ],
  });
});
afterAll(() => op.close());

const common = () => ({ issuer: op.issuer, allowInsecureRequests: true });

/** Logs the demo user in headlessly and returns what the callback handler sees. */
async function login(clientId: string, scopes = ['openid', 'email', 'offline_access']) {
  const request = await buildAuthorizationUrl({
    ...common(),
    clientId,
    redirectUri: REDIRECT_URI,
    scopes,
    prompt: 'consent',
  });
  const redirect = await op.login(request.url);
  return { request, callback: handleCallback(redirect, request) };
}

async function confidentialLogin(clientId = 'web-basic'): Promise<TokenSet> {
  const { request, callback } = await login(clientId);
  const clientAuthMethod = clientId === 'web-post' ? 'client_secret_post' : 'client_secret_basic';
  return exchangeCode({ ...common(), clientId, clientSecret: SECRET, clientAuthMethod, callback, request });
}

function managerFor(tokens: TokenSet, clientId = 'web-basic') {
  const store = new MemoryTokenStore();
  const manager = new TokenManager({
    store,
    key: clientId,
    renewal: refreshTokenRenewal({ ...common(), clientId, clientSecret: SECRET }),
  });
  return { store, manager, ready: manager.setTokenSet(tokens) };
}

describe('authorization code + PKCE against oidc-provider', () => {
  it('logs in with client_secret_basic: PKCE, state, iss, nonce, and an ID token verified against the JWKS', async () => {
    const before = op.grantCounts().authorization_code ?? 0;
    const { request, callback } = await login('web-basic');
    expect(callback.iss).toBe(op.issuer);
    const tokens = await exchangeCode({ ...common(), clientId: 'web-basic', clientSecret: SECRET, callback, request });
    expect(tokens.idTokenClaims).toMatchObject({
      sub: DEMO_USER_SUB,
      iss: op.issuer,
      aud: 'web-basic',
      nonce: request.nonce,
    });
    expect(tokens.refreshToken).toEqual(expect.any(String));
    expect(tokens.expiresAt).toBeGreaterThan(Date.now() + 500_000);
    expect(tokens.scope?.split(' ')).toEqual(expect.arrayContaining(['openid', 'email', 'offline_access']));
    expect(op.grantCounts().authorization_code).toBe(before + 1);
    const resource = await fetch(op.resourceUrl, { headers: { authorization: `Bearer ${tokens.accessToken}` } });
    expect(await resource.json()).toMatchObject({ sub: DEMO_USER_SUB, client_id: 'web-basic' });
  });

  it('logs in with client_secret_post', async () => {
    const tokens = await confidentialLogin('web-post');
    expect(tokens.idTokenClaims?.aud).toBe('web-post');
  });

  it('logs in as a public client (no secret) through the universal entry, and refreshes', async () => {
    const { request, callback } = await login('cli');
    const tokens = await exchangeCodePublic({ ...common(), clientId: 'cli', callback, request });
    expect(tokens.idTokenClaims?.sub).toBe(DEMO_USER_SUB);
    const manager = new TokenManager({
      store: new MemoryTokenStore(),
      key: 'cli',
      renewal: publicRefreshRenewal({ ...common(), clientId: 'cli' }),
    });
    await manager.setTokenSet(tokens);
    const refreshed = await manager.refresh();
    expect(refreshed.accessToken).not.toBe(tokens.accessToken);
  });

  it('a wrong PKCE verifier is refused by the provider', async () => {
    const { request, callback } = await login('cli');
    const wrong = { ...request, codeVerifier: 'x'.repeat(43) };
    await expect(exchangeCodePublic({ ...common(), clientId: 'cli', callback, request: wrong })).rejects.toMatchObject({
      name: 'OAuthError',
      details: { error: 'invalid_grant' },
    });
  });

  it('a denied login becomes an error_response', async () => {
    const request = await buildAuthorizationUrl({
      ...common(),
      clientId: 'cli',
      redirectUri: REDIRECT_URI,
      scopes: 'openid',
    });
    const redirect = await op.deny(request.url);
    expect(() => handleCallback(redirect, request)).toThrow(
      expect.objectContaining({
        details: expect.objectContaining({ reason: 'error_response', error: 'access_denied' }),
      }),
    );
  });

  it('refreshes with rotation, keeps sub and iss, and a replayed refresh token is refused', async () => {
    const tokens = await confidentialLogin();
    const { manager, store, ready } = managerFor(tokens);
    await ready;
    const first = await manager.refresh();
    const second = await manager.refresh();
    expect(new Set([tokens.refreshToken, first.refreshToken, second.refreshToken]).size).toBe(3);
    expect(second.idTokenClaims).toMatchObject({ sub: tokens.idTokenClaims?.sub, iss: tokens.idTokenClaims?.iss });
    expect(await store.get('web-basic')).toEqual(second);

    // Someone replays the first refresh token: oidc-provider revokes the whole grant.
    const stale = new TokenManager({
      store: new MemoryTokenStore(),
      renewal: refreshTokenRenewal({ ...common(), clientId: 'web-basic', clientSecret: SECRET }),
    });
    await stale.setTokenSet(tokens);
    await expect(stale.refresh()).rejects.toBeInstanceOf(ReauthenticationRequiredError);
    await expect(manager.refresh()).rejects.toMatchObject({ details: { reason: 'invalid_grant' } });
  });

  it('reads userinfo for the ID token subject', async () => {
    const tokens = await confidentialLogin();
    const userinfo = await fetchUserInfo({
      ...common(),
      clientId: 'web-basic',
      accessToken: tokens.accessToken,
      expectedSubject: DEMO_USER_SUB,
    });
    expect(userinfo).toMatchObject({ sub: DEMO_USER_SUB, email: 'demo.user@example.com' });
    await expect(
      fetchUserInfo({
        ...common(),
        clientId: 'web-basic',
        accessToken: tokens.accessToken,
        expectedSubject: 'someone-else',
      }),
    ).rejects.toThrow();
    await expect(
      fetchUserInfo({ ...common(), clientId: 'web-basic', accessToken: 'not-a-token', expectedSubject: DEMO_USER_SUB }),
    ).rejects.toMatchObject({
      name: 'OAuthError',
      details: { error: 'invalid_token', status: 401 },
    });
  });

  it('revokes access and refresh tokens', async () => {
    const tokens = await confidentialLogin();
    const auth = { ...common(), clientId: 'web-basic', clientSecret: SECRET };
    await revokeToken({ ...auth, token: tokens.accessToken, tokenTypeHint: 'access_token' });
    expect((await fetch(op.resourceUrl, { headers: { authorization: `Bearer ${tokens.accessToken}` } })).status).toBe(
      401,
    );
    await revokeToken({ ...auth, token: tokens.refreshToken ?? '', tokenTypeHint: 'refresh_token' });
    const { manager, ready } = managerFor(tokens);
    await ready;
    await expect(manager.refresh()).rejects.toMatchObject({
      name: 'ReauthenticationRequiredError',
      details: { reason: 'invalid_grant' },
    });
    // RFC 7009: unknown tokens are fine.
    await expect(revokeToken({ ...auth, token: 'unknown-token' })).resolves.toBeUndefined();
  });
});

describe('concurrency against oidc-provider with rotation on', () => {
  function apiClient(manager: TokenManager) {
    const client = createClient<paths>({ baseUrl: op.origin, fetch: (input: Request) => fetch(input) });
    client.use(authMiddleware(manager));
    return client;
  }

  it('50 concurrent API calls on an expired token cause exactly one refresh and all succeed', async () => {
    const tokens = await confidentialLogin();
    const { manager, ready } = managerFor({ ...tokens, expiresAt: Date.now() - 1_000 });
    await ready;
    const refreshesBefore = op.grantCounts().refresh_token ?? 0;
    const errorsBefore = op.tokenErrors().invalid_grant ?? 0;
    const results = await Promise.all(Array.from({ length: 50 }, () => apiClient(manager).GET('/api/me')));
    expect(results.map((r) => r.response.status)).toEqual(Array(50).fill(200));
    expect(results.every((r) => r.data?.sub === DEMO_USER_SUB)).toBe(true);
    expect(op.grantCounts().refresh_token).toBe(refreshesBefore + 1);
    expect(op.tokenErrors().invalid_grant ?? 0).toBe(errorsBefore);
  });

  it('50 concurrent API calls whose token the server revoked: 50 × 401, one refresh, all retried successfully', async () => {
    const tokens = await confidentialLogin();
    const { manager, ready } = managerFor(tokens);
    await ready;
    op.revokeAllAccessTokens();
    const refreshesBefore = op.grantCounts().refresh_token ?? 0;
    const errorsBefore = op.tokenErrors().invalid_grant ?? 0;
    const statusesBefore = op.resourceStatuses().length;
    const results = await Promise.all(Array.from({ length: 50 }, () => apiClient(manager).GET('/api/me')));
    expect(results.map((r) => r.response.status)).toEqual(Array(50).fill(200));
    expect(op.grantCounts().refresh_token).toBe(refreshesBefore + 1);
    expect(op.tokenErrors().invalid_grant ?? 0).toBe(errorsBefore);
    const statuses = op.resourceStatuses().slice(statusesBefore);
    expect(statuses.filter((s) => s === 401)).toHaveLength(50);
    expect(statuses.filter((s) => s === 200)).toHaveLength(50);
  });

  it('direct getAccessToken from two managers sharing a store: one refresh, no invalid_grant', async () => {
    const tokens = await confidentialLogin();
    const store = new MemoryTokenStore();
    await store.set('shared', { ...tokens, expiresAt: Date.now() - 1 });
    const renewal = refreshTokenRenewal({ ...common(), clientId: 'web-basic', clientSecret: SECRET });
    const managers = [
      new TokenManager({ store, key: 'shared', renewal }),
      new TokenManager({ store, key: 'shared', renewal }),
    ];
    const refreshesBefore = op.grantCounts().refresh_token ?? 0;
    const errorsBefore = op.tokenErrors().invalid_grant ?? 0;
    const accessTokens = await Promise.all(Array.from({ length: 50 }, (_, i) => managers[i % 2]?.getAccessToken()));
    expect(new Set(accessTokens).size).toBe(1);
    expect(op.grantCounts().refresh_token).toBe(refreshesBefore + 1);
    expect(op.tokenErrors().invalid_grant ?? 0).toBe(errorsBefore);
  });
});

import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sendJson } from '@dtk/testkit';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { confidentialClientRenewal } from '../src/confidential/index.js';
import {
  defaultRefreshWindowMs,
  MemoryTokenStore,
  publicClientRenewal,
  ReauthenticationRequiredError,
  type RenewalStrategy,
  TokenManager,
  TokenResponseError,
  type TokenSet,
  type TokenStore,
} from '../src/index.js';
import { FileTokenStore } from '../src/native/index.js';
import { CLIENT_ID, type FakeIssuer, startFakeIssuer } from './support/fake-issuer.js';
import { serveRotatingRefresh } from './support/rotating-token-endpoint.js';

let op: FakeIssuer;
let renewal: RenewalStrategy;

beforeAll(async () => {
  op = await startFakeIssuer();
  renewal = publicClientRenewal({ issuer: op.issuer, clientId: CLIENT_ID, allowInsecureRequests: true });
});
afterAll(() => op.close());
beforeEach(() => {
  op.server.requests.length = 0;
});

function tokenSet(overrides: Partial<TokenSet> = {}): TokenSet {
  const now = Date.now();
  return {
    accessToken: 'at-0',
    tokenType: 'Bearer',
    receivedAt: now,
    expiresAt: now + 600_000,
    refreshToken: 'rt-0',
    scope: 'openid',
    ...overrides,
  };
}

const expired = () => tokenSet({ receivedAt: Date.now() - 700_000, expiresAt: Date.now() - 100_000 });

async function managerWith(initial: TokenSet | undefined, store: TokenStore = new MemoryTokenStore()) {
  if (initial) await store.set('session', initial);
  return { store, manager: new TokenManager({ store, key: 'session', renewal }) };
}

describe('TokenManager', () => {
  it('hands out the stored token without a request while it is fresh', async () => {
    serveRotatingRefresh(op);
    const { manager } = await managerWith(tokenSet());
    await expect(manager.getAccessToken()).resolves.toBe('at-0');
    expect(op.tokenRequests()).toHaveLength(0);
    await expect(manager.grantedScopes()).resolves.toEqual(['openid']);
  });

  it('refreshes lazily inside the refresh window and stores the rotated refresh token', async () => {
    const endpoint = serveRotatingRefresh(op);
    endpoint.accept('rt-0');
    const { manager, store } = await managerWith(tokenSet({ expiresAt: Date.now() + 20_000 }));
    await expect(manager.getAccessToken()).resolves.toBe('at-1');
    expect(await store.get('session')).toMatchObject({
      accessToken: 'at-1',
      refreshToken: 'rt-1',
      scope: 'openid accounts',
    });
    expect(op.tokenRequests().map((f) => f.get('refresh_token'))).toEqual(['rt-0']);
  });

  it('sends one refresh for 50 concurrent callers, across managers sharing the store key', async () => {
    const endpoint = serveRotatingRefresh(op, { delayMs: 50 });
    endpoint.accept('rt-0');
    const { manager, store } = await managerWith(expired());
    const twin = new TokenManager({ store, key: 'session', renewal });
    const tokens = await Promise.all(Array.from({ length: 50 }, (_, i) => (i % 2 ? manager : twin).getAccessToken()));
    expect(new Set(tokens)).toEqual(new Set(['at-1']));
    expect(endpoint.refreshes).toBe(1);
    expect(endpoint.invalidGrants).toBe(0);
  });

  it('compare-and-refresh: a 401 on a token that was already replaced does not refresh again', async () => {
    const endpoint = serveRotatingRefresh(op);
    endpoint.accept('rt-0');
    const { manager } = await managerWith(tokenSet());
    // The server rejected at-0: refresh even though it looks fresh.
    await expect(manager.handleUnauthorized('at-0')).resolves.toBe('at-1');
    // A late 401 for at-0 must not spend rt-1.
    await expect(manager.handleUnauthorized('at-0')).resolves.toBe('at-1');
    expect(endpoint.refreshes).toBe(1);
  });

  it('50 concurrent 401s for the same token cause one refresh', async () => {
    const endpoint = serveRotatingRefresh(op, { delayMs: 30 });
    endpoint.accept('rt-0');
    const { manager } = await managerWith(tokenSet());
    const tokens = await Promise.all(Array.from({ length: 50 }, () => manager.handleUnauthorized('at-0')));
    expect(new Set(tokens)).toEqual(new Set(['at-1']));
    expect(endpoint.refreshes).toBe(1);
    expect(endpoint.invalidGrants).toBe(0);
  });

  it('persists the new token set before handing it out', async () => {
    const endpoint = serveRotatingRefresh(op);
    endpoint.accept('rt-0');
    const events: string[] = [];
    const store = new MemoryTokenStore();
    const slowStore: TokenStore = {
      get: (key) => store.get(key),
      delete: (key) => store.delete(key),
      async set(key, value) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        await store.set(key, value);
        events.push(`stored ${value.refreshToken}`);
      },
    };
    await store.set('session', expired());
    const manager = new TokenManager({ store: slowStore, key: 'session', renewal });
    const token = await manager.getAccessToken();
    events.push(`handed out ${token}`);
    expect(events).toEqual(['stored rt-1', 'handed out at-1']);
  });

  it('does not hand out a token it could not persist', async () => {
    const endpoint = serveRotatingRefresh(op);
    endpoint.accept('rt-0');
    const store = new MemoryTokenStore();
    await store.set('session', expired());
    const failing: TokenStore = {
      get: (key) => store.get(key),
      delete: (key) => store.delete(key),
      set: async () => {
        throw new Error('disk full');
      },
    };
    const manager = new TokenManager({ store: failing, key: 'session', renewal });
    await expect(manager.getAccessToken()).rejects.toThrow('disk full');
  });

  it('after invalid_grant, re-reads the store and uses a token set someone else stored meanwhile', async () => {
    const store = new MemoryTokenStore();
    await store.set('session', expired());
    op.onToken(async (_form, res) => {
      // Another process rotated the grant and stored its result; our refresh token is now spent.
      await store.set('session', tokenSet({ accessToken: 'at-other', refreshToken: 'rt-other' }));
      sendJson(res, 400, { error: 'invalid_grant' });
    });
    const manager = new TokenManager({ store, key: 'session', renewal });
    await expect(manager.getAccessToken()).resolves.toBe('at-other');
  });

  it.each([
    ['memory', async () => new MemoryTokenStore()],
    [
      'a token file',
      async () => new FileTokenStore(join(await mkdtemp(join(tmpdir(), 'dtk-dead-grant-')), 'tokens.json')),
    ],
  ])(
    'after invalid_grant with nothing new stored (%s): the dead refresh token is cleared, later calls fail at once and send nothing',
    async (_where, makeStore) => {
      serveRotatingRefresh(op); // accepts no refresh token: every one is dead
      const store = await makeStore();
      const { manager } = await managerWith(expired(), store);
      const error = await manager.getAccessToken().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ReauthenticationRequiredError);
      expect(error).toMatchObject({ details: { reason: 'invalid_grant' } });
      expect(op.tokenRequests()).toHaveLength(1);
      const stored = await store.get('session');
      expect(stored).toMatchObject({ accessToken: 'at-0' });
      expect(stored?.refreshToken).toBeUndefined();
      if (store instanceof FileTokenStore) expect(await readFile(store.path, 'utf8')).not.toContain('rt-0');
      for (let call = 0; call < 3; call++) {
        await expect(manager.getAccessToken()).rejects.toBeInstanceOf(ReauthenticationRequiredError);
        await expect(manager.handleUnauthorized('at-0')).rejects.toBeInstanceOf(ReauthenticationRequiredError);
      }
      expect(op.tokenRequests()).toHaveLength(1);
    },
  );

  it('after invalid_grant on a 401 for a still-unexpired token, the access token is kept and only the refresh token goes', async () => {
    serveRotatingRefresh(op);
    const { manager, store } = await managerWith(tokenSet());
    await expect(manager.handleUnauthorized('at-0')).rejects.toMatchObject({ details: { reason: 'invalid_grant' } });
    const stored = await store.get('session');
    expect(stored?.accessToken).toBe('at-0');
    expect(stored).not.toHaveProperty('refreshToken');
  });

  it.each([
    ['invalid_client', (res: ServerResponse) => sendJson(res, 401, { error: 'invalid_client' })],
    ['a 503', (res: ServerResponse) => sendJson(res, 503, { message: 'maintenance' })],
    ['a connection reset', (res: ServerResponse) => res.socket?.destroy()],
  ])('a refresh failing with %s never throws away the stored token set', async (_name, answer) => {
    op.onToken((_form, res) => answer(res));
    const { manager, store } = await managerWith(expired());
    const before = await store.get('session');
    await expect(manager.getAccessToken()).rejects.not.toBeInstanceOf(ReauthenticationRequiredError);
    expect(await store.get('session')).toEqual(before);
  });

  it('keeps the rotated refresh token when the key set is out of reach as the refreshed ID token is verified', async () => {
    // The provider spends rt-0 and issues rt-1 with a signed ID token; the one JWKS request needed fails (a 503 blip).
    let issued = 0;
    op.onToken(async (form, res) => {
      if (form.get('refresh_token') !== `rt-${issued}`) return sendJson(res, 400, { error: 'invalid_grant' });
      issued += 1;
      sendJson(res, 200, {
        access_token: `at-${issued}`,
        token_type: 'Bearer',
        expires_in: 600,
        refresh_token: `rt-${issued}`,
        id_token: await op.signIdToken(),
      });
    });
    let jwksRequests = 0;
    const keySetBlip: typeof fetch = async (input, init) => {
      if (String(input).endsWith('/jwks') && ++jwksRequests === 1) return new Response('busy', { status: 503 });
      return fetch(input, init);
    };
    const confidential = confidentialClientRenewal({
      issuer: op.issuer,
      clientId: CLIENT_ID,
      clientSecret: randomBytes(16).toString('hex'),
      allowInsecureRequests: true,
      fetch: keySetBlip,
    });
    const store = new MemoryTokenStore();
    await store.set('session', { ...tokenSet({ expiresAt: Date.now() + 20_000 }), idTokenClaims: undefined });
    const manager = new TokenManager({ store, key: 'session', renewal: confidential });
    // Inside the refresh window: the renewal fails, the still-valid token is handed out, and rt-1 is kept.
    await expect(manager.refresh()).rejects.toMatchObject({ details: { reason: 'jwks_unavailable' } });
    expect(await store.get('session')).toMatchObject({ accessToken: 'at-0', refreshToken: 'rt-1' });
    await expect(manager.getAccessToken()).resolves.toBe('at-2');
    expect(await store.get('session')).toMatchObject({ accessToken: 'at-2', refreshToken: 'rt-2' });
    expect(op.tokenRequests().map((form) => form.get('refresh_token'))).toEqual(['rt-0', 'rt-1']);
  });

  it('keeps using a still-valid token when a refresh in the window fails for a passing reason', async () => {
    op.onToken((_form, res) => sendJson(res, 503, { message: 'maintenance' }));
    const { manager, store } = await managerWith(tokenSet({ expiresAt: Date.now() + 10_000 }));
    await expect(manager.getAccessToken()).resolves.toBe('at-0');
    await expect(manager.refresh()).rejects.toBeInstanceOf(TokenResponseError);
    expect(await store.get('session')).toMatchObject({ accessToken: 'at-0', refreshToken: 'rt-0' });
  });

  it('fails with a typed error when the token has expired and the refresh fails', async () => {
    op.onToken((_form, res) => sendJson(res, 500, { message: 'boom' }));
    const { manager } = await managerWith(expired());
    await expect(manager.getAccessToken()).rejects.toMatchObject({
      name: 'TokenResponseError',
      details: { reason: 'unexpected_status', status: 500 },
    });
  });

  it('requires sign-in when there is no token set or no refresh token', async () => {
    const empty = await managerWith(undefined);
    await expect(empty.manager.getAccessToken()).rejects.toMatchObject({
      name: 'ReauthenticationRequiredError',
      details: { reason: 'no_token' },
    });
    const noRefresh = await managerWith(tokenSet({ refreshToken: undefined, expiresAt: Date.now() - 1 }));
    await expect(noRefresh.manager.getAccessToken()).rejects.toMatchObject({ details: { reason: 'no_refresh_token' } });
    expect(op.tokenRequests()).toHaveLength(0);
  });

  it('treats an unknown expiry as valid until the API says otherwise', async () => {
    const { manager } = await managerWith(tokenSet({ expiresAt: undefined }));
    await expect(manager.getAccessToken()).resolves.toBe('at-0');
    expect(op.tokenRequests()).toHaveLength(0);
  });

  it('refresh window: max(30 s, 10 % of the lifetime), or as configured', async () => {
    expect(defaultRefreshWindowMs(tokenSet({ receivedAt: 0, expiresAt: 600_000 }))).toBe(60_000);
    expect(defaultRefreshWindowMs(tokenSet({ receivedAt: 0, expiresAt: 60_000 }))).toBe(30_000);
    const store = new MemoryTokenStore();
    await store.set('k', tokenSet({ expiresAt: Date.now() + 100_000 }));
    const eager = new TokenManager({
      store,
      key: 'k',
      renewal: { renew: async () => tokenSet({ accessToken: 'renewed' }) },
      refreshWindowMs: 200_000,
    });
    await expect(eager.getAccessToken()).resolves.toBe('renewed');
  });

  it('uses an injected clock', async () => {
    const store = new MemoryTokenStore();
    await store.set('k', tokenSet({ receivedAt: 0, expiresAt: 600_000 }));
    const at = (now: number) =>
      new TokenManager({
        store,
        key: 'k',
        now: () => now,
        renewal: { renew: async () => tokenSet({ accessToken: 'renewed', receivedAt: 0, expiresAt: 600_000 }) },
      });
    await expect(at(500_000).getAccessToken()).resolves.toBe('at-0');
    await expect(at(550_000).getAccessToken()).resolves.toBe('renewed');
  });
});

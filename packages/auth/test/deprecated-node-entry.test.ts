import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as confidential from '../src/confidential/index.js';
import * as universal from '../src/index.js';
import * as native from '../src/native/index.js';
import * as node from '../src/node/index.js';
import { CLIENT_ID, type FakeIssuer, startFakeIssuer } from './support/fake-issuer.js';
import { serveRotatingRefresh } from './support/rotating-token-endpoint.js';

// @dtk/auth/node stays for one release: everything it held, under the old names, still works.
let op: FakeIssuer;
beforeAll(async () => {
  op = await startFakeIssuer();
});
afterAll(() => op.close());

describe('the deprecated @dtk/auth/node entry', () => {
  it('re-exports every entry and keeps the old names', () => {
    for (const entry of [universal, confidential, native]) {
      for (const name of Object.keys(entry)) expect(node, name).toHaveProperty(name);
    }
    for (const name of ['exchangeCode', 'refreshTokenRenewal', 'revokeToken'])
      expect(typeof (node as Record<string, unknown>)[name]).toBe('function');
  });

  it('refreshTokenRenewal still serves a public client (no secret), as it did', async () => {
    const endpoint = serveRotatingRefresh(op);
    endpoint.accept('rt-0');
    const store = new node.MemoryTokenStore();
    await store.set('s', {
      accessToken: 'at-0',
      tokenType: 'Bearer',
      receivedAt: 0,
      expiresAt: 1,
      refreshToken: 'rt-0',
    });
    const tokens = new node.TokenManager({
      store,
      key: 's',
      renewal: node.refreshTokenRenewal({ issuer: op.issuer, clientId: CLIENT_ID, allowInsecureRequests: true }),
    });
    await expect(tokens.getAccessToken()).resolves.toBe('at-1');
    expect(op.tokenRequests().at(-1)?.get('client_id')).toBe(CLIENT_ID);
  });
});

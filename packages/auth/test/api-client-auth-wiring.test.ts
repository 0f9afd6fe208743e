import { sendJson, startTestServer, type TestServer } from '@dtk/testkit';
import createClient from 'openapi-fetch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClientAuth, type TokenManagerLike, type TokenSet } from '../src/index.js';

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer((req, res) => sendJson(res, 200, { authorization: req.headers.authorization }));
});
afterAll(() => api.close());

/** A token manager whose scopes are known only once it has handed out a token. */
function lazyManager(): TokenManagerLike & { issued: number } {
  let tokenSet: TokenSet | undefined;
  const manager = {
    issued: 0,
    async getAccessToken() {
      manager.issued += 1;
      tokenSet = {
        accessToken: `at-${manager.issued}`,
        tokenType: 'Bearer',
        receivedAt: Date.now(),
        scope: 'openid accounts',
      };
      return tokenSet.accessToken;
    },
    handleUnauthorized: async () => 'at-renewed',
    getTokenSet: async () => tokenSet,
    grantedScopes: async () => tokenSet?.scope?.split(' '),
  };
  return manager;
}

describe('apiClientAuth', () => {
  it('gives the auth middleware over the token manager', async () => {
    const tokens = lazyManager();
    const client = createClient<{
      '/x': { get: { responses: { 200: { content: { 'application/json': { authorization: string } } } } } };
    }>({
      baseUrl: api.url,
    });
    client.use(apiClientAuth(tokens).auth);
    const { data } = await client.GET('/x');
    expect(data?.authorization).toBe('Bearer at-1');
  });

  it('reads the granted scopes as they are, or after getting a token when asked to', async () => {
    const userSession = lazyManager();
    await expect(apiClientAuth(userSession).grantedScopes()).resolves.toBeUndefined();
    expect(userSession.issued).toBe(0);

    const machine = lazyManager();
    await expect(apiClientAuth(machine, { acquireToken: true }).grantedScopes()).resolves.toEqual([
      'openid',
      'accounts',
    ]);
    expect(machine.issued).toBe(1);
  });
});

import { MemoryTokenStore, TokenManager, type TokenSet } from '@dtk/auth';
import { sendJson } from '@dtk/testkit';
import { describe, expect, it } from 'vitest';
import {
  consumerApiBaseUrl,
  consumerApiScopesFor,
  createConsumerApiClient,
  MalformedResponseError,
  MissingScopeError,
  NotFoundError,
  parseMoney,
  unwrap,
} from '../src/index.js';
import { ACCESS_TOKEN, ACCOUNT_ID, clientFor, serve, splitUrl, USER_ID } from './helpers.js';

const SCOPE = 'https://api.banno.com/consumer/auth/';

const account = {
  id: ACCOUNT_ID,
  name: 'Everyday Checking',
  balance: '2841.17',
  availableBalance: '2791.17',
  accountType: 'Deposit',
  routingNumber: '011000015',
};
const user = {
  userId: USER_ID,
  userType: 'Individual',
  firstName: 'Demo',
  lastName: 'User',
  institutionId: '8f7a2b9c-1d3e-4f5a-8b6c-7d8e9f0a1b2c',
  email: 'demo.user@example.com',
};

/** A small Consumer API: accounts, transactions and the user profile. */
async function consumerServer() {
  return serve((req, res) => {
    const { path } = splitUrl(req.url ?? '/');
    if (req.method === 'GET' && path === `/users/${USER_ID}/accounts`)
      return sendJson(res, 200, { accounts: [account] });
    if (req.method === 'GET' && path === `/users/${USER_ID}/accounts/${ACCOUNT_ID}/transactions`) {
      return sendJson(res, 200, {
        transactions: [{ id: 't-1', accountId: ACCOUNT_ID, amount: '-42.17', memo: 'GARDEN UTILITIES' }],
      });
    }
    if (req.method === 'GET' && path === `/users/${USER_ID}`) return sendJson(res, 200, user);
    if (req.method === 'PATCH' && path === `/users/${USER_ID}`) {
      // As Jack Henry's reference says: a JSON body with merge-patch semantics.
      if (req.headers['content-type'] !== 'application/json')
        return sendJson(res, 415, { errorCode: 415, messages: 'Unsupported media type.' });
      return void res.writeHead(204).end();
    }
    sendJson(res, 404, { errorCode: 404, messages: 'User or account not found.' });
  });
}

describe('createConsumerApiClient: typed calls', () => {
  it('lists accounts with the bearer token and returns typed data', async () => {
    const server = await consumerServer();
    const { accounts } = await unwrap(
      clientFor(server).GET('/users/{userId}/accounts', { params: { path: { userId: USER_ID } } }),
    );

    expect(accounts[0]?.name).toBe('Everyday Checking');
    expect(parseMoney(accounts[0]?.balance ?? '')).toBe(284117n);
    const [seen] = server.requests;
    expect(seen).toMatchObject({ method: 'GET', url: `/users/${USER_ID}/accounts` });
    expect(seen?.headers.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
  });

  it('lists one page of transactions with offset, limit and since in the query', async () => {
    const server = await consumerServer();
    const { transactions } = await unwrap(
      clientFor(server).GET('/users/{userId}/accounts/{accountId}/transactions', {
        params: {
          path: { userId: USER_ID, accountId: ACCOUNT_ID },
          query: { offset: 0, limit: 100, since: '2026-02-01T00:00:00.000Z' },
        },
      }),
    );
    expect(transactions.map((transaction) => transaction.amount)).toEqual(['-42.17']);
    expect(splitUrl(server.requests[0]?.url ?? '')).toEqual({
      path: `/users/${USER_ID}/accounts/${ACCOUNT_ID}/transactions`,
      query: { offset: '0', limit: '100', since: '2026-02-01T00:00:00.000Z' },
    });
  });

  it('gets the user and patches the preferred name as JSON with merge-patch semantics', async () => {
    const server = await consumerServer();
    const client = clientFor(server);

    const profile = await unwrap(client.GET('/users/{userId}', { params: { path: { userId: USER_ID } } }));
    expect(profile).toMatchObject({ firstName: 'Demo', userType: 'Individual' });

    // No Content-Type from the caller: the spec's media type for patchUser is application/json.
    const patched = await unwrap(
      client.PATCH('/users/{userId}', { params: { path: { userId: USER_ID } }, body: { preferredName: 'Dee' } }),
    );
    expect(patched).toBeUndefined();
    const patch = server.requests[1];
    expect(patch).toMatchObject({ method: 'PATCH', url: `/users/${USER_ID}` });
    expect(patch?.headers['content-type']).toBe('application/json');
    expect(JSON.parse(patch?.body ?? '')).toEqual({ preferredName: 'Dee' });
  });

  it('turns a 2xx page that is not JSON into MalformedResponseError, not a SyntaxError', async () => {
    const server = await serve(
      (_req, res) => void res.writeHead(200, { 'content-type': 'text/html' }).end('<html>Service window</html>'),
    );
    const error = await clientFor(server)
      .GET('/users/{userId}/accounts', { params: { path: { userId: USER_ID } } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MalformedResponseError);
    expect(error).toMatchObject({
      status: 200,
      operationId: 'listAccounts',
      contentType: 'text/html',
      bodyExcerpt: '<html>Service window</html>',
    });
  });

  it('turns an error response into a typed error with Banno’s body', async () => {
    const server = await consumerServer();
    const error = await unwrap(
      clientFor(server).GET('/users/{userId}/accounts/{accountId}', {
        params: { path: { userId: USER_ID, accountId: 'gone' } },
      }),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({
      status: 404,
      operationId: 'getAccount',
      errorCode: 404,
      body: { messages: 'User or account not found.' },
    });
    expect(String((error as Error).message)).not.toContain(ACCESS_TOKEN);
  });
});

describe('createConsumerApiClient: with a token manager', () => {
  function tokenSet(accessToken: string, scopes: string[]): TokenSet {
    const now = Date.now();
    return { accessToken, tokenType: 'Bearer', receivedAt: now, expiresAt: now + 600_000, scope: scopes.join(' ') };
  }

  async function managerWith(scopes: string[], renewed: string[] = []) {
    let renewals = 0;
    const manager = new TokenManager({
      store: new MemoryTokenStore(),
      renewal: { renew: async () => tokenSet(renewed[renewals++] ?? 'exhausted', scopes) },
    });
    await manager.setTokenSet(tokenSet('first-token', scopes));
    return { manager, renewals: () => renewals };
  }

  it('fails before the network when the token lacks every scope that grants the operation', async () => {
    const server = await consumerServer();
    const { manager } = await managerWith(['openid', `${SCOPE}accounts.readonly`]);
    const client = createConsumerApiClient({ baseUrl: server.url, tokenManager: manager });

    await expect(
      unwrap(client.GET('/users/{userId}/accounts', { params: { path: { userId: USER_ID } } })),
    ).resolves.toBeDefined();
    const error = await client
      .GET('/users/{userId}/accounts/{accountId}/transactions', {
        params: { path: { userId: USER_ID, accountId: ACCOUNT_ID } },
      })
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(MissingScopeError);
    expect(error).toMatchObject({
      operationId: 'listTransactions',
      requiredScopes: [[`${SCOPE}transactions.detail.readonly`]],
    });
    expect(server.requests.map((request) => splitUrl(request.url).path)).toEqual([`/users/${USER_ID}/accounts`]);
    expect(server.requests[0]?.headers.authorization).toBe('Bearer first-token');
  });

  it('renews the token and re-sends once after a 401', async () => {
    let calls = 0;
    const server = await serve((req, res) => {
      calls += 1;
      if (req.headers.authorization !== 'Bearer second-token')
        return sendJson(res, 401, { errorCode: 401, messages: 'expired' });
      sendJson(res, 200, { accounts: [account] });
    });
    const { manager, renewals } = await managerWith(consumerApiScopesFor(['listAccounts']), ['second-token']);
    const client = createConsumerApiClient({ baseUrl: server.url, tokenManager: manager });

    const { accounts } = await unwrap(
      client.GET('/users/{userId}/accounts', { params: { path: { userId: USER_ID } } }),
    );
    expect(accounts).toHaveLength(1);
    expect(calls).toBe(2);
    expect(renewals()).toBe(1);
    expect(server.requests.map((request) => request.headers.authorization)).toEqual([
      'Bearer first-token',
      'Bearer second-token',
    ]);
  });
});

describe('createConsumerApiClient: options', () => {
  it('builds the base URL from the institution host', async () => {
    const server = await consumerServer();
    // The host is public; a fetch that forwards its requests to the loopback server stands in for DNS and TLS.
    const client = createConsumerApiClient({
      host: 'digital.garden-fi.com',
      accessToken: ACCESS_TOKEN,
      fetch: (request) =>
        globalThis.fetch(
          new Request(request.url.replace('https://digital.garden-fi.com/a/consumer/api/v0', server.url), request),
        ),
    });
    await unwrap(client.GET('/users/{userId}/accounts', { params: { path: { userId: USER_ID } } }));
    expect(server.requests[0]?.url).toBe(`/users/${USER_ID}/accounts`);
  });

  it('names the scopes to request for a set of operations', () => {
    expect(consumerApiScopesFor(['listAccounts', 'listTransactions', 'startAggregation'])).toEqual([
      `${SCOPE}transactions.detail.readonly`,
      'openid',
      `${SCOPE}accounts.readonly`,
    ]);
    expect(() => consumerApiScopesFor(['noSuchOperation' as never])).toThrow(/unknown operationId/);
  });

  it('maps hosts to base URLs and refuses anything but a bare host', () => {
    expect(consumerApiBaseUrl('digital.garden-fi.com')).toBe('https://digital.garden-fi.com/a/consumer/api/v0');
    expect(consumerApiBaseUrl('api.banno.com')).toBe('https://api.banno.com/a/consumer/api/v0');
    expect(consumerApiBaseUrl('bank.local:8443')).toBe('https://bank.local:8443/a/consumer/api/v0');
    for (const bad of [
      '',
      'https://digital.garden-fi.com',
      'digital.garden-fi.com/a',
      'user:pw@host',
      'host?x=1',
      'two words',
    ]) {
      expect(() => consumerApiBaseUrl(bad), bad).toThrow(TypeError);
    }
  });

  it('needs exactly one location and one credential', () => {
    const create = (options: object) => () => createConsumerApiClient(options as never);
    expect(create({ host: 'a.example', baseUrl: 'https://a.example', accessToken: 't' })).toThrow(/baseUrl or host/);
    expect(create({ baseUrl: 'https://a.example' })).toThrow(/tokenManager or an accessToken/);
    expect(create({ baseUrl: 'https://a.example', accessToken: 't', tokenManager: {} })).toThrow(/not both/);
    expect(create({ baseUrl: 'not a url', accessToken: 't' })).toThrow(TypeError);
  });
});

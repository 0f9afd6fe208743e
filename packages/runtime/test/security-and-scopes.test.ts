import { sendJson } from '@dtk/testkit';
import { describe, expect, it } from 'vitest';
import { createApiClient, MissingScopeError, type OperationMaps, type TokenSource } from '../src/index.js';
import { routes, SCOPE } from './fixtures/banno-paths.js';
import { clientFor, rejection, serve, USER } from './helpers.js';

const accounts = { accounts: [{ id: 'a1', name: 'Checking', balance: '741.41' }] };

function tokenSource(token: string, scopes: readonly string[] | undefined): TokenSource & { asked: number } {
  const source = {
    asked: 0,
    getAccessToken: async () => {
      source.asked += 1;
      return token;
    },
    handleUnauthorized: async () => token,
    grantedScopes: () => scopes,
  };
  return source;
}

describe('scope check with flat scope lists (any one scope suffices)', () => {
  it('fails before the network, naming the operation and the scopes that would grant it', async () => {
    const server = await serve((_req, res) => sendJson(res, 200, accounts));
    const client = clientFor(server, { accessToken: 't-1234', grantedScopes: () => ['openid', SCOPE.transactions] });
    const error = await rejection(client.GET('/users/{userId}/accounts', { params: { path: { userId: USER } } }));
    expect(error).toBeInstanceOf(MissingScopeError);
    expect(error).toMatchObject({
      code: 'ERR_DTK_API_MISSING_SCOPE',
      operationId: 'getAccounts',
      requiredScopes: [[SCOPE.accountsRead], [SCOPE.accountsWrite]],
      grantedScopes: ['openid', SCOPE.transactions],
      attempts: 0,
    });
    expect((error as Error).message).toContain('getAccounts');
    expect((error as Error).message).toContain(SCOPE.accountsRead);
    expect(server.requests).toHaveLength(0);
  });

  it('lets through any accepted alternative, scope-free operations and unknown grants', async () => {
    const server = await serve((_req, res) => sendJson(res, 200, accounts));
    const withWrite = clientFor(server, { grantedScopes: async () => [SCOPE.accountsWrite] });
    expect((await withWrite.GET('/users/{userId}/accounts', { params: { path: { userId: USER } } })).data).toEqual(
      accounts,
    );
    expect((await withWrite.GET('/status')).response.ok).toBe(true);
    const unknown = clientFor(server, { grantedScopes: () => undefined });
    expect((await unknown.GET('/users/{userId}/accounts', { params: { path: { userId: USER } } })).response.ok).toBe(
      true,
    );
    expect(server.requests).toHaveLength(3);
  });
});

describe('scope check with OpenAPI security requirements', () => {
  const both = ['accounts.readonly', 'accounts.history'];
  const operations: OperationMaps = {
    routes,
    security: {
      getAccounts: [{ oidc: both }],
      getTransactions: [{ oidc: ['transactions.read'] }, { oidc: ['transactions.all'] }],
      getStatus: [],
    },
    securitySchemes: {
      oidc: { type: 'openIdConnect', openIdConnectUrl: 'https://idp.example/.well-known/openid-configuration' },
    },
  };

  it('needs every scope of one requirement, and names the requirements when none is met', async () => {
    const server = await serve((_req, res) => sendJson(res, 200, accounts));
    const partial = clientFor(server, { operations, tokenSource: tokenSource('tok-1', ['accounts.readonly']) });
    const error = await rejection(partial.GET('/users/{userId}/accounts', { params: { path: { userId: USER } } }));
    expect(error).toBeInstanceOf(MissingScopeError);
    expect(error).toMatchObject({ requiredScopes: [both], grantedScopes: ['accounts.readonly'] });
    expect((error as Error).message).toContain('accounts.readonly + accounts.history');
    expect(server.requests).toHaveLength(0);

    const full = clientFor(server, { operations, tokenSource: tokenSource('tok-2', both) });
    expect((await full.GET('/users/{userId}/accounts', { params: { path: { userId: USER } } })).data).toEqual(accounts);
    expect(server.requests[0]?.headers.authorization).toBe('Bearer tok-2');
  });

  it('allows an operation when any one requirement is met', async () => {
    const server = await serve((_req, res) => sendJson(res, 200, { transactions: [] }));
    const client = clientFor(server, { operations, tokenSource: tokenSource('tok-3', ['transactions.all']) });
    const path = '/users/{userId}/accounts/{accountId}/transactions' as const;
    expect((await client.GET(path, { params: { path: { userId: USER, accountId: 'a' } } })).response.status).toBe(200);
    const none = clientFor(server, { operations, tokenSource: tokenSource('tok-4', ['openid']) });
    expect(await rejection(none.GET(path, { params: { path: { userId: USER, accountId: 'a' } } }))).toMatchObject({
      requiredScopes: [['transactions.read'], ['transactions.all']],
    });
  });

  it('asks the token source for the token before its scopes, so a machine client knows them on the first call', async () => {
    const server = await serve((_req, res) => sendJson(res, 200, accounts));
    let token: string | undefined;
    const lazy: TokenSource = {
      getAccessToken: async () => (token = 'fresh-token'),
      handleUnauthorized: async () => 'fresh-token',
      grantedScopes: () => (token ? both : undefined),
    };
    const client = clientFor(server, { operations, tokenSource: lazy });
    expect((await client.GET('/users/{userId}/accounts', { params: { path: { userId: USER } } })).response.ok).toBe(
      true,
    );
  });

  it('sends no credentials to a public operation', async () => {
    const server = await serve((_req, res) => sendJson(res, 200, { ok: true }));
    const source = tokenSource('tok-5', []);
    await clientFor(server, { operations, tokenSource: source }).GET('/status');
    expect(server.requests[0]?.headers.authorization).toBeUndefined();
    expect(source.asked).toBe(0);
  });
});

describe('credentials from security schemes', () => {
  const operations: OperationMaps = {
    routes,
    security: {
      getStatus: [{ partnerKey: [] }, { oauth: ['read'] }],
      getReport: [{ queryKey: [], cookieKey: [] }],
      getAccounts: [{ mtls: [] }, { basicAuth: [] }],
      getTransactions: [{}, { oauth: [] }],
      putUserEmail: [{ bearerAuth: [] }],
    },
    securitySchemes: {
      partnerKey: { type: 'apiKey', in: 'header', name: 'X-Partner-Key' },
      queryKey: { type: 'apiKey', in: 'query', name: 'api_key' },
      cookieKey: { type: 'apiKey', in: 'cookie', name: 'pk' },
      oauth: { type: 'oauth2' },
      basicAuth: { type: 'http', scheme: 'basic' },
      bearerAuth: { type: 'http', scheme: 'bearer' },
      mtls: { type: 'mutualTLS' },
    },
  };

  it('applies the first requirement the client can satisfy: an API key in a header, else the OAuth token', async () => {
    const server = await serve((_req, res) => sendJson(res, 200, { ok: true }));
    await clientFor(server, {
      operations,
      credentials: { partnerKey: 'pk-header-1' },
      tokenSource: tokenSource('tok-6', ['read']),
    }).GET('/status');
    await clientFor(server, { operations, tokenSource: tokenSource('tok-7', ['read']) }).GET('/status');
    expect(server.requests.map((r) => [r.headers['x-partner-key'], r.headers.authorization])).toEqual([
      ['pk-header-1', undefined],
      [undefined, 'Bearer tok-7'],
    ]);
  });

  it('puts API keys in the query and in a cookie, keeping the rest of the URL and cookies', async () => {
    const server = await serve((_req, res) => sendJson(res, 200, { reportId: 'r' }));
    const client = clientFor(server, {
      operations,
      credentials: { queryKey: 'qk 1/2', cookieKey: async () => 'ck-2' },
      headers: { Cookie: 'theme=dark' },
    });
    await client.GET('/reports/{reportId}', { params: { path: { reportId: 'r' }, query: { format: 'pdf' } } });
    expect(server.requests[0]?.url).toBe('/reports/r?format=pdf&api_key=qk+1%2F2');
    expect(server.requests[0]?.headers.cookie).toBe('theme=dark; pk=ck-2');
  });

  it('sends HTTP Basic (RFC 7617) and an HTTP bearer credential, skipping mutual TLS', async () => {
    const server = await serve((_req, res) =>
      _req.method === 'PUT' ? void res.writeHead(204).end() : sendJson(res, 200, accounts),
    );
    const client = clientFor(server, {
      operations,
      credentials: { basicAuth: { username: 'svc-ü', password: 'p:w' }, bearerAuth: 'bearer-cred' },
    });
    await client.GET('/users/{userId}/accounts', { params: { path: { userId: USER } } });
    await client.PUT('/users/{userId}', { params: { path: { userId: USER } }, body: { email: 'a@b.example' } });
    expect(server.requests[0]?.headers.authorization).toBe(`Basic ${Buffer.from('svc-ü:p:w').toString('base64')}`);
    expect(server.requests[1]?.headers.authorization).toBe('Bearer bearer-cred');
  });

  it('sends the token to an operation whose authentication is optional (`{}` among the requirements), and nothing without one', async () => {
    const server = await serve((_req, res) => sendJson(res, 200, { transactions: [] }));
    const path = '/users/{userId}/accounts/{accountId}/transactions' as const;
    const params = { path: { userId: USER, accountId: 'a' } };
    await clientFor(server, { operations, tokenSource: tokenSource('tok-8', undefined) }).GET(path, { params });
    await clientFor(server, { operations }).GET(path, { params });
    expect(server.requests.map((r) => r.headers.authorization)).toEqual(['Bearer tok-8', undefined]);
  });

  it('sends a request it has no credentials for as it is, for the server to decide', async () => {
    const server = await serve((_req, res) => sendJson(res, 401, { error: 'invalid_request' }));
    const { response } = await clientFor(server, { operations }).GET('/status');
    expect(response.status).toBe(401);
    expect(server.requests[0]?.headers['x-partner-key']).toBeUndefined();
  });

  it('refuses credentials for an unknown scheme, of the wrong shape, or that a header cannot carry', async () => {
    const make = (credentials: object) => () =>
      createApiClient({ baseUrl: 'https://api.example', operations, credentials: credentials as never });
    expect(make({ nope: 'x' })).toThrow(/^credentials\.nope: no security scheme of that name/);
    expect(make({ partnerKey: 42 })).toThrow(/credentials\.partnerKey must be/);
    expect(make({ basicAuth: { username: 'a:b', password: 'x' } })).toThrow(/must not contain ":"/);
    const server = await serve((_req, res) => sendJson(res, 200, {}));
    const error = await rejection(
      clientFor(server, { operations, credentials: { partnerKey: 'line\r\nbreak-secret' } }).GET('/status'),
    );
    expect(error).toBeInstanceOf(TypeError);
    expect(String(error)).not.toContain('break-secret');
    expect(server.requests).toHaveLength(0);
  });
});

describe('bearer tokens are checked against RFC 6750 before they reach a header', () => {
  it.each(['secret\u0000part', 'secret\r\nX-Injected: 1', 'secret part', 'secret\npart', ''])(
    'refuses %j without quoting it',
    async (token) => {
      const server = await serve((_req, res) => sendJson(res, 200, { ok: true }));
      for (const options of [
        { accessToken: token },
        { accessToken: async () => token },
        { tokenSource: tokenSource(token, undefined) },
      ]) {
        const error = await rejection(clientFor(server, options).GET('/status'));
        expect(error).toBeInstanceOf(TypeError);
        expect((error as Error).message).toBe(
          'the access token is not a valid bearer token (RFC 6750 b64token: letters, digits and -._~+/ then optional =)',
        );
      }
      expect(server.requests).toHaveLength(0);
    },
  );

  it('accepts every b64token character', async () => {
    const server = await serve((_req, res) => sendJson(res, 200, { ok: true }));
    const token = 'AZaz09-._~+/==';
    await clientFor(server, { accessToken: token }).GET('/status');
    expect(server.requests[0]?.headers.authorization).toBe(`Bearer ${token}`);
  });
});

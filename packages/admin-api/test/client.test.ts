import { clientCredentials } from '@dtk/auth/confidential';
import { sendJson, type TestServer } from '@dtk/testkit';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  type AdminApiClientOptions,
  adminApiScopesFor,
  adminApiTokenUrl,
  createAdminApiClient,
  iterateConsumerUsers,
  MissingScopeError,
  NotFoundError,
  unwrap,
} from '../src/index.js';
import {
  type AdminHarness,
  type ApiRoute,
  CLIENT_ID,
  ES256_CLIENT_ID,
  startAdminProvider,
  startApiServer,
  USER_SEARCH_SCOPE,
} from './harness.js';

const INSTITUTION_ID = '9c3e1a7f-5b2d-4e86-a0f4-7d1c8b6e3a52';
const PARTNER = 'sample-partner';
const PARTNER_CLIENTS_PATH = `/a/oidc-provider/api/v0/institutions/${INSTITUTION_ID}/partner-clients/${PARTNER}`;
const USERS_PATH = `/a/consumer-user-search/api/v0/institutions/${INSTITUTION_ID}/users`;

const partnerClient = {
  clientId: 'e6c1a9f4-3b7d-4d52-8f0e-9a2b5c7d1e83',
  name: 'Sample External App',
  redirectUris: ['https://domain.com/callback'],
  pkceRequired: true,
};

let harness: AdminHarness;
const servers: TestServer[] = [];

beforeAll(async () => {
  harness = await startAdminProvider();
});
afterAll(() => harness.close());
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function api(route: ApiRoute) {
  const server = await startApiServer(harness.op, route);
  servers.push(server);
  return server;
}

/** Client-credentials options for the PS256 client at the loopback provider. */
function credentials(overrides: Partial<AdminApiClientOptions> = {}) {
  return {
    tokenUrl: harness.op.tokenEndpoint,
    clientId: CLIENT_ID,
    privateKey: harness.keys.privateJwk,
    alg: 'PS256',
    allowInsecureRequests: true, // the loopback provider speaks http
    retry: { baseDelayMs: 1, maxDelayMs: 4 },
    ...overrides,
  } as AdminApiClientOptions;
}

const partnerClientsRoute: ApiRoute = (req, res) => {
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  if (req.method === 'GET' && path === PARTNER_CLIENTS_PATH) return sendJson(res, 200, [partnerClient]);
  if (req.method === 'POST' && path === PARTNER_CLIENTS_PATH) {
    return sendJson(res, 200, { client: { clientId: 'new-client-id', clientSecret: 'generated-on-the-server' } });
  }
  sendJson(res, 404, { errorCode: 404, messages: 'not found' });
};

describe('createAdminApiClient with client credentials (private_key_jwt at a real provider)', () => {
  it('gets a token, lists partner clients with it and returns typed data', async () => {
    const server = await api(partnerClientsRoute);
    const grantsBefore = harness.op.grantCounts().client_credentials ?? 0;
    const client = createAdminApiClient(credentials({ baseUrl: server.url }));

    const clients = await unwrap(
      client.GET('/a/oidc-provider/api/v0/institutions/{institutionId}/partner-clients/{partnerName}', {
        params: { path: { institutionId: INSTITUTION_ID, partnerName: PARTNER } },
      }),
    );

    expect(clients[0]?.redirectUris).toEqual(['https://domain.com/callback']);
    expect(server.requests[0]).toMatchObject({ method: 'GET', url: PARTNER_CLIENTS_PATH });
    expect(server.requests[0]?.headers.authorization).toMatch(/^Bearer \S+$/);
    expect(server.tokens[0]).toMatchObject({ client_id: CLIENT_ID, scope: 'openid' });
    expect(harness.op.grantCounts().client_credentials).toBe(grantsBefore + 1);
  });

  it('creates a partner client with a JSON body, sent once', async () => {
    const server = await api(partnerClientsRoute);
    const client = createAdminApiClient(credentials({ baseUrl: server.url }));
    const body = { name: 'Sample External App', redirectUris: ['https://domain.com/callback'], pkceRequired: true };

    const created = await unwrap(
      client.POST('/a/oidc-provider/api/v0/institutions/{institutionId}/partner-clients/{partnerName}', {
        params: { path: { institutionId: INSTITUTION_ID, partnerName: PARTNER } },
        body,
      }),
    );

    expect(created.client?.clientId).toBe('new-client-id');
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]).toMatchObject({ method: 'POST', url: PARTNER_CLIENTS_PATH });
    expect(server.requests[0]?.headers['content-type']).toBe('application/json');
    expect(JSON.parse(server.requests[0]?.body ?? '')).toEqual(body);
  });

  it('reuses the token across calls', async () => {
    const server = await api(partnerClientsRoute);
    const grantsBefore = harness.op.grantCounts().client_credentials ?? 0;
    const client = createAdminApiClient(credentials({ baseUrl: server.url }));
    const params = { path: { institutionId: INSTITUTION_ID, partnerName: PARTNER } };
    await Promise.all(
      Array.from({ length: 5 }, () =>
        unwrap(
          client.GET('/a/oidc-provider/api/v0/institutions/{institutionId}/partner-clients/{partnerName}', { params }),
        ),
      ),
    );
    expect(server.requests).toHaveLength(5);
    expect(new Set(server.requests.map((request) => request.headers.authorization)).size).toBe(1);
    expect(harness.op.grantCounts().client_credentials).toBe(grantsBefore + 1);
  });

  it('renews the token after a 401 and re-sends the call once', async () => {
    const server = await api(partnerClientsRoute);
    const client = createAdminApiClient(credentials({ baseUrl: server.url }));
    const call = () =>
      unwrap(
        client.GET('/a/oidc-provider/api/v0/institutions/{institutionId}/partner-clients/{partnerName}', {
          params: { path: { institutionId: INSTITUTION_ID, partnerName: PARTNER } },
        }),
      );
    await call();
    const grantsBefore = harness.op.grantCounts().client_credentials ?? 0;
    harness.op.revokeAllAccessTokens();

    await expect(call()).resolves.toHaveLength(1);

    const [first, rejected, resent] = server.requests.map((request) => request.headers.authorization);
    expect(rejected).toBe(first);
    expect(resent).not.toBe(rejected);
    expect(server.requests).toHaveLength(3);
    expect(harness.op.grantCounts().client_credentials).toBe(grantsBefore + 1);
  });

  it('renews a token inside its refresh window before using it', async () => {
    const shortLived = await startAdminProvider({ accessTokenTtlSeconds: 20 }); // inside the default 30 s window at once
    try {
      const server = await startApiServer(shortLived.op, partnerClientsRoute);
      servers.push(server);
      const client = createAdminApiClient({
        baseUrl: server.url,
        tokenUrl: shortLived.op.tokenEndpoint,
        clientId: ES256_CLIENT_ID,
        privateKey: shortLived.es256Keys.privateJwk,
        alg: 'ES256',
        allowInsecureRequests: true,
      });
      const params = { path: { institutionId: INSTITUTION_ID, partnerName: PARTNER } };
      await unwrap(
        client.GET('/a/oidc-provider/api/v0/institutions/{institutionId}/partner-clients/{partnerName}', { params }),
      );
      await unwrap(
        client.GET('/a/oidc-provider/api/v0/institutions/{institutionId}/partner-clients/{partnerName}', { params }),
      );
      expect(shortLived.op.grantCounts().client_credentials).toBe(2);
      expect(server.tokens.map((token) => token.client_id)).toEqual([ES256_CLIENT_ID, ES256_CLIENT_ID]);
    } finally {
      await shortLived.close();
    }
  });

  it('fails the user search before the network when the token lacks its scope', async () => {
    const server = await api((_req, res) => sendJson(res, 200, { users: [], totalCount: 0 }));
    const client = createAdminApiClient(credentials({ baseUrl: server.url })); // scope: openid only

    const error = await client
      .GET('/a/consumer-user-search/api/v0/institutions/{institutionId}/users', {
        params: { path: { institutionId: INSTITUTION_ID } },
      })
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(MissingScopeError);
    expect(error).toMatchObject({
      operationId: 'searchConsumerUsers',
      requiredScopes: [[USER_SEARCH_SCOPE]],
      grantedScopes: ['openid'],
    });
    expect(server.requests).toHaveLength(0);
  });

  it('searches users with the scope, paging to totalCount', async () => {
    const everyone = Array.from({ length: 5 }, (_, index) => ({
      userId: `user-${index}`,
      lastName: 'Gardner',
      userType: 'Individual',
    }));
    const server = await api((req, res) => {
      const url = new URL(req.url ?? '/', 'http://x');
      if (url.pathname !== USERS_PATH) return sendJson(res, 404, { errorCode: 404, messages: 'not found' });
      const offset = Number(url.searchParams.get('offset'));
      const limit = Number(url.searchParams.get('limit'));
      sendJson(res, 200, { users: everyone.slice(offset, offset + limit), totalCount: everyone.length });
    });
    const client = createAdminApiClient(
      credentials({ baseUrl: server.url, scope: adminApiScopesFor(['searchConsumerUsers']) }),
    );

    const found: string[] = [];
    for await (const user of iterateConsumerUsers(client, INSTITUTION_ID, { query: 'gardner', pageSize: 2 }))
      found.push(user.userId ?? '');

    expect(found).toEqual(everyone.map((user) => user.userId));
    expect(server.requests.map((request) => request.url)).toEqual([
      `${USERS_PATH}?query=gardner&offset=0&limit=2`,
      `${USERS_PATH}?query=gardner&offset=2&limit=2`,
      `${USERS_PATH}?query=gardner&offset=4&limit=2`,
    ]);
    expect(server.tokens[0]?.scope.split(' ').sort()).toEqual([USER_SEARCH_SCOPE, 'openid']);
  });

  it('derives the token URL from baseUrl', () => {
    expect(adminApiTokenUrl('https://banno.com')).toBe('https://banno.com/a/oidc-provider/api/v0/token');
    expect(adminApiTokenUrl(harness.op.origin)).toBe(harness.op.tokenEndpoint);
  });

  it('gets its token from the provider on baseUrl when no tokenUrl is given', async () => {
    // The provider's own server answers 404 to API paths: enough to see the token was obtained there.
    const grantsBefore = harness.op.grantCounts().client_credentials ?? 0;
    const { tokenUrl: _unused, ...withoutTokenUrl } = credentials({ baseUrl: harness.op.origin }) as Record<
      string,
      unknown
    >;
    const client = createAdminApiClient(withoutTokenUrl as AdminApiClientOptions);
    const error = await unwrap(client.GET('/a/mobile/api/v0/abilities/metadata')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(harness.op.grantCounts().client_credentials).toBe(grantsBefore + 1);
  });

  it('fails with the provider’s typed error, without calling the API or leaking the assertion, when the key is wrong', async () => {
    const server = await api(partnerClientsRoute);
    const client = createAdminApiClient(
      credentials({ baseUrl: server.url, privateKey: harness.es256Keys.privateJwk, alg: 'ES256' }),
    );
    const error = await client
      .GET('/a/oidc-provider/api/v0/institutions/{institutionId}/partner-clients/{partnerName}', {
        params: { path: { institutionId: INSTITUTION_ID, partnerName: PARTNER } },
      })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'OAuthError', details: { error: 'invalid_client' } });
    expect(server.requests).toHaveLength(0);
    expect(String(error)).not.toMatch(/eyJ[\w-]+\.eyJ/); // no JWT (the client assertion) in the message
  });
});

describe('createAdminApiClient with a token manager', () => {
  it('uses the token manager it is given', async () => {
    const server = await api(partnerClientsRoute);
    const tokenManager = clientCredentials({
      tokenUrl: harness.op.tokenEndpoint,
      clientId: ES256_CLIENT_ID,
      privateKey: harness.es256Keys.privateJwk,
      alg: 'ES256',
      scope: 'openid',
      allowInsecureRequests: true,
    });
    const client = createAdminApiClient({ baseUrl: server.url, tokenManager });
    await unwrap(
      client.GET('/a/oidc-provider/api/v0/institutions/{institutionId}/partner-clients/{partnerName}', {
        params: { path: { institutionId: INSTITUTION_ID, partnerName: PARTNER } },
      }),
    );
    expect(server.requests[0]?.headers.authorization).toBe(`Bearer ${await tokenManager.getAccessToken()}`);
    expect(server.tokens[0]?.client_id).toBe(ES256_CLIENT_ID);
  });

  it('refuses a token manager together with credentials, and credentials without a client id', () => {
    const tokenManager = clientCredentials({ tokenUrl: 'https://banno.com/t', clientId: 'x', clientSecret: 's' });
    expect(() => createAdminApiClient({ tokenManager, clientId: 'x' } as never)).toThrow(/not both \(got clientId\)/);
    expect(() => createAdminApiClient({ privateKey: harness.keys.privateJwk } as never)).toThrow(/clientId/);
    expect(() => createAdminApiClient({ clientId: 'x' })).toThrow(/privateKey or clientSecret/);
  });
});

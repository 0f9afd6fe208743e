// Where the Entity Management client gets its token (Jack Henry Identity by default, or the provider on its own
// base URL) and how a wrong base URL is reported.
import { sendJson, type TestServer } from '@dtk/testkit';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  createEntityManagementClient,
  entityManagementBaseUrl,
  entityManagementScopesFor,
  entityManagementTokenUrl,
  unwrap,
} from '../src/index.js';
import { CLIENT_ID, startEntityServer, startIdentityProvider } from './harness.js';

const INSTITUTION = '7a1f3c9e-52d4-4b86-9e0f-3c6a8d2b5e17';
let identity: Awaited<ReturnType<typeof startIdentityProvider>>;
const servers: TestServer[] = [];

beforeAll(async () => {
  identity = await startIdentityProvider();
});
afterAll(() => identity.op.close());
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

const keyOptions = () =>
  ({
    clientId: CLIENT_ID,
    privateKey: identity.keys.privateJwk,
    alg: 'ES256',
    scope: entityManagementScopesFor(['listEntities']),
    allowInsecureRequests: true, // the loopback provider speaks http
    retry: false,
  }) as const;

describe('the Entity Management client’s servers', () => {
  it('refuses a bare host as baseUrl, naming the option and showing the expected form', () => {
    expect(() => createEntityManagementClient({ ...keyOptions(), baseUrl: 'digital.garden-fi.com' })).toThrow(
      new TypeError(
        'baseUrl must be an absolute https or http URL such as "https://digital.garden-fi.com", got "digital.garden-fi.com"',
      ),
    );
    expect(entityManagementBaseUrl('digital.garden-fi.com')).toBe('https://digital.garden-fi.com');
    expect(() => entityManagementBaseUrl('https://digital.garden-fi.com')).toThrow(/host must be a bare hostname/);
  });

  it('asks Jack Henry Identity for its token by default, through the client’s own fetch', async () => {
    const requested: string[] = [];
    const offline = async (request: Request) => {
      requested.push(`${request.method} ${request.url}`);
      throw new TypeError('fetch failed');
    };
    const client = createEntityManagementClient({
      ...keyOptions(),
      baseUrl: 'https://digital.garden-fi.com',
      fetch: offline,
    });
    const error = await unwrap(
      client.GET('/a/api/entity-svcs/v1/{InstitutionUniversalId}/entities', {
        params: { path: { InstitutionUniversalId: INSTITUTION } },
      }),
    ).catch((e: unknown) => e);
    expect(requested).toEqual(['POST https://login.jackhenry.com/a/oidc-provider/api/v0/token']);
    expect(error).toMatchObject({ name: 'TokenResponseError', details: { reason: 'connection_failed' } });
    expect(entityManagementTokenUrl()).toBe('https://login.jackhenry.com/a/oidc-provider/api/v0/token');
  });

  it('with `oidcServer: "baseUrl"` asks the provider on its base URL', async () => {
    // The provider's own server plays the API too: it answers 404 to API paths, after the token was issued there.
    const { op } = identity;
    const grantsBefore = op.grantCounts().client_credentials ?? 0;
    const client = createEntityManagementClient({ ...keyOptions(), baseUrl: op.origin, oidcServer: 'baseUrl' });
    const error = await unwrap(
      client.GET('/a/api/entity-svcs/v1/{InstitutionUniversalId}/entities', {
        params: { path: { InstitutionUniversalId: INSTITUTION } },
      }),
    ).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 404 });
    expect(op.grantCounts().client_credentials).toBe(grantsBefore + 1);
    expect(entityManagementTokenUrl(op.origin, 'baseUrl')).toBe(op.tokenEndpoint);
  });

  it('sends token request and API call through one fetch', async () => {
    const api = await startEntityServer(identity.op, (_req, res) =>
      sendJson(res, 200, { entities: [], offset: 0, limit: 100, totalCount: 0 }),
    );
    servers.push(api);
    const seen: string[] = [];
    const client = createEntityManagementClient({
      ...keyOptions(),
      baseUrl: api.url,
      tokenUrl: identity.op.tokenEndpoint,
      fetch: (request) => {
        seen.push(new URL(request.url).pathname);
        return fetch(request);
      },
    });
    await unwrap(
      client.GET('/a/api/entity-svcs/v1/{InstitutionUniversalId}/entities', {
        params: { path: { InstitutionUniversalId: INSTITUTION } },
      }),
    );
    expect(seen).toEqual(['/a/oidc-provider/api/v0/token', `/a/api/entity-svcs/v1/${INSTITUTION}/entities`]);
  });
});

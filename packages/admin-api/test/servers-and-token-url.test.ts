// Where the Admin client sends its token request and its API calls: the base URL it is given (path prefix kept),
// the OIDC server it is told to use, the `audience` set apart from the URL, the client's own `fetch` for both, and
// errors that name the option or the URL when one is wrong.
import { sendJson, startTestServer, type TestServer } from '@dtk/testkit';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { adminApiBaseUrl, adminApiTokenUrl, createAdminApiClient, unwrap } from '../src/index.js';
import { type AdminHarness, CLIENT_ID, startAdminProvider, startApiServer } from './harness.js';

const INSTITUTION_ID = '9c3e1a7f-5b2d-4e86-a0f4-7d1c8b6e3a52';
const METADATA_PATH = '/a/mobile/api/v0/abilities/metadata';

let harness: AdminHarness;
const servers: TestServer[] = [];

beforeAll(async () => {
  harness = await startAdminProvider();
});
afterAll(() => harness.close());
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

const keyOptions = () =>
  ({
    clientId: CLIENT_ID,
    privateKey: harness.keys.privateJwk,
    alg: 'PS256',
    allowInsecureRequests: true, // the loopback provider speaks http
    retry: false,
  }) as const;

/**
 * A gateway on loopback that serves Banno under the path prefix `/banno`: `/banno/a/oidc-provider/...` goes to the
 * provider, any other `/banno/...` to the API server, both with the prefix removed.
 */
async function startGateway(providerOrigin: string, apiOrigin: string): Promise<TestServer> {
  const gateway = await startTestServer(async (req, res) => {
    const path = (req.url ?? '/').replace(/^\/banno(?=\/)/, '');
    if (path === req.url) return sendJson(res, 404, { errorCode: 404, messages: 'outside the gateway prefix' });
    const target = path.startsWith('/a/oidc-provider/') ? providerOrigin : apiOrigin;
    const headers = Object.fromEntries(
      Object.entries(req.headers).flatMap(([name, value]) =>
        typeof value === 'string' && !['host', 'connection', 'content-length'].includes(name) ? [[name, value]] : [],
      ),
    );
    const upstream = await fetch(`${target}${path}`, {
      method: req.method,
      headers,
      ...(req.method !== 'GET' && req.method !== 'HEAD' && { body: req.body }),
    });
    res.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'text/plain' });
    res.end(Buffer.from(await upstream.arrayBuffer()));
  });
  servers.push(gateway);
  return gateway;
}

describe('the Admin client’s base URL', () => {
  it('refuses a bare host, naming the option and showing the expected form', () => {
    expect(() => createAdminApiClient({ ...keyOptions(), baseUrl: 'banno.com' })).toThrow(
      new TypeError('baseUrl must be an absolute https or http URL such as "https://banno.com", got "banno.com"'),
    );
    expect(() => createAdminApiClient({ ...keyOptions(), baseUrl: '/a/mobile' })).toThrow(/^baseUrl must be/);
  });

  it('builds the base URL from a host, and refuses a URL where a host belongs', () => {
    expect(adminApiBaseUrl()).toBe('https://banno.com');
    expect(adminApiBaseUrl('digital.garden-fi.com')).toBe('https://digital.garden-fi.com');
    expect(() => adminApiBaseUrl('https://banno.com')).toThrow(/host must be a bare hostname/);
  });
});

describe('the Admin client’s token URL', () => {
  it('keeps the path prefix of baseUrl: calls and token request go through the same gateway', async () => {
    const api = await startApiServer(harness.op, (_req, res) => sendJson(res, 200, { abilities: [] }));
    servers.push(api);
    const gateway = await startGateway(harness.op.origin, api.url);
    const baseUrl = `${gateway.url}/banno`;
    expect(adminApiTokenUrl(baseUrl)).toBe(`${gateway.url}/banno/a/oidc-provider/api/v0/token`);

    // The provider behind the gateway knows itself by its own URL: the assertion's `aud` must name that one.
    const client = createAdminApiClient({ ...keyOptions(), baseUrl, audience: harness.op.tokenEndpoint });
    await unwrap(client.GET(METADATA_PATH));

    expect(gateway.requests.map((request) => `${request.method} ${request.url}`)).toEqual([
      'POST /banno/a/oidc-provider/api/v0/token',
      `GET /banno${METADATA_PATH}`,
    ]);
    expect(api.requests.map((request) => request.url)).toEqual([METADATA_PATH]);
  });

  it('signs the assertion for the URL it sends to unless `audience` says otherwise', async () => {
    const api = await startApiServer(harness.op, (_req, res) => sendJson(res, 200, {}));
    servers.push(api);
    const gateway = await startGateway(harness.op.origin, api.url);
    const client = createAdminApiClient({ ...keyOptions(), baseUrl: `${gateway.url}/banno` });

    const error = await unwrap(client.GET(METADATA_PATH)).catch((e: unknown) => e);

    // aud = the gateway's token URL, which the provider does not take for its own
    expect(error).toMatchObject({ name: 'OAuthError', details: { error: 'invalid_client' } });
    expect(api.requests).toHaveLength(0);
  });

  it('uses Jack Henry Identity with `oidcServer: "login.jackhenry.com"`, through the client’s own fetch', async () => {
    const requested: string[] = [];
    // Nothing leaves this machine: the fetch records the URL and fails as an unreachable host would.
    const offline = async (request: Request) => {
      requested.push(`${request.method} ${request.url}`);
      throw new TypeError('fetch failed', {
        cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }),
      });
    };
    const client = createAdminApiClient({ ...keyOptions(), oidcServer: 'login.jackhenry.com', fetch: offline });

    const error = await unwrap(client.GET(METADATA_PATH)).catch((e: unknown) => e);

    expect(requested).toEqual(['POST https://login.jackhenry.com/a/oidc-provider/api/v0/token']);
    expect(error).toMatchObject({ name: 'TokenResponseError', details: { reason: 'connection_failed' } });
    expect(String((error as Error).message)).toContain('https://login.jackhenry.com/a/oidc-provider/api/v0/token');
    expect(adminApiTokenUrl(undefined, 'login.jackhenry.com')).toBe(
      'https://login.jackhenry.com/a/oidc-provider/api/v0/token',
    );
    expect(adminApiTokenUrl()).toBe('https://banno.com/a/oidc-provider/api/v0/token');
  });

  it('refuses oidcServer together with tokenUrl, and an unknown oidcServer', () => {
    expect(() =>
      createAdminApiClient({ ...keyOptions(), oidcServer: 'login.jackhenry.com', tokenUrl: harness.op.tokenEndpoint }),
    ).toThrow('Pass either oidcServer or tokenUrl/issuer, not both');
    expect(() => createAdminApiClient({ ...keyOptions(), oidcServer: 'banno.com' as never })).toThrow(
      /oidcServer must be "login.jackhenry.com" or "baseUrl"/,
    );
  });

  it('names the token URL, redacted, when the token endpoint cannot be reached', async () => {
    const closed = await startTestServer((_req, res) => sendJson(res, 200, {}));
    await closed.close(); // its port now refuses connections
    const tokenUrl = `${closed.url}/a/oidc-provider/api/v0/token?client_secret=s3cr3t-in-the-url`;
    const client = createAdminApiClient({ ...keyOptions(), baseUrl: closed.url, tokenUrl });

    const error = await unwrap(
      client.GET('/a/mobile/api/v0/institutions/{institutionId}/abilities', {
        params: { path: { institutionId: INSTITUTION_ID } },
      }),
    ).catch((e: unknown) => e);

    expect(error).toMatchObject({ name: 'TokenResponseError', details: { reason: 'connection_failed' } });
    const { message } = error as Error;
    expect(message).toContain(`${closed.url}/a/oidc-provider/api/v0/token`);
    expect(message).not.toContain('s3cr3t-in-the-url');
  });
});

describe('one fetch for every request', () => {
  it('sends the token request and the API call through the client’s fetch', async () => {
    const api = await startApiServer(harness.op, (_req, res) => sendJson(res, 200, {}));
    servers.push(api);
    const seen: string[] = [];
    const counting = (request: Request) => {
      seen.push(new URL(request.url).pathname);
      return fetch(request);
    };
    const client = createAdminApiClient({
      ...keyOptions(),
      baseUrl: api.url,
      tokenUrl: harness.op.tokenEndpoint,
      fetch: counting,
    });
    await unwrap(client.GET(METADATA_PATH));
    expect(seen).toEqual(['/a/oidc-provider/api/v0/token', METADATA_PATH]);
  });
});

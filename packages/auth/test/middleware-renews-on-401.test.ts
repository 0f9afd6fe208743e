import { sendJson, startTestServer, type TestServer } from '@dtk/testkit';
import createClient from 'openapi-fetch';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  authMiddleware,
  MemoryTokenStore,
  publicClientRenewal,
  ReauthenticationRequiredError,
  TokenManager,
  type TokenSet,
} from '../src/index.js';
import { CLIENT_ID, type FakeIssuer, startFakeIssuer } from './support/fake-issuer.js';
import { serveRotatingRefresh } from './support/rotating-token-endpoint.js';

interface paths {
  '/things': {
    post: {
      requestBody: { content: { 'application/json': { name: string } } };
      responses: { 200: { content: { 'application/json': { name: string; token: string } } }; 401: { content: never } };
    };
    get: { responses: { 200: { content: { 'application/json': { token: string } } } } };
  };
  '/forbidden': { get: { responses: { 403: { content: { 'application/json': { error: string } } } } } };
}

let op: FakeIssuer;
let api: TestServer;
/** Tokens the API rejects with 401. */
const rejected = new Set<string>();
let rejectEverything = false;

beforeAll(async () => {
  op = await startFakeIssuer();
  api = await startTestServer((req, res) => {
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? '';
    if (req.url === '/forbidden') return sendJson(res, 403, { error: 'insufficient_scope' });
    if (!token || rejected.has(token) || rejectEverything) {
      return sendJson(res, 401, { error: 'invalid_token' }, { 'www-authenticate': 'Bearer error="invalid_token"' });
    }
    const body = req.body ? (JSON.parse(req.body) as object) : {};
    sendJson(res, 200, { ...body, token });
  });
});
afterAll(async () => {
  await op.close();
  await api.close();
});
beforeEach(() => {
  rejected.clear();
  rejectEverything = false;
  api.requests.length = 0;
});

async function setup(initial: Partial<TokenSet> = {}) {
  const endpoint = serveRotatingRefresh(op, { delayMs: 20 });
  endpoint.accept('rt-0');
  const store = new MemoryTokenStore();
  const now = Date.now();
  await store.set('s', {
    accessToken: 'at-0',
    tokenType: 'Bearer',
    receivedAt: now,
    expiresAt: now + 600_000,
    refreshToken: 'rt-0',
    ...initial,
  });
  const tokens = new TokenManager({
    store,
    key: 's',
    renewal: publicClientRenewal({ issuer: op.issuer, clientId: CLIENT_ID, allowInsecureRequests: true }),
  });
  let fetchCalls = 0;
  const countingFetch = (input: Request) => {
    fetchCalls += 1;
    return fetch(input);
  };
  const client = createClient<paths>({ baseUrl: api.url, fetch: countingFetch });
  client.use(authMiddleware(tokens));
  return { client, endpoint, tokens, fetchCalls: () => fetchCalls };
}

describe('authMiddleware', () => {
  it('sends the bearer token', async () => {
    const { client, endpoint } = await setup();
    const { data } = await client.GET('/things');
    expect(data).toEqual({ token: 'at-0' });
    expect(endpoint.refreshes).toBe(0);
  });

  it('on 401 refreshes once and re-sends once through the client fetch, body intact', async () => {
    rejected.add('at-0');
    const { client, endpoint, fetchCalls } = await setup();
    const { data, response } = await client.POST('/things', { body: { name: 'widget' } });
    expect(response.status).toBe(200);
    expect(data).toEqual({ name: 'widget', token: 'at-1' });
    expect(endpoint.refreshes).toBe(1);
    expect(fetchCalls()).toBe(2);
    expect(api.requests.map((r) => [r.headers.authorization, r.body])).toEqual([
      ['Bearer at-0', '{"name":"widget"}'],
      ['Bearer at-1', '{"name":"widget"}'],
    ]);
  });

  it('re-sends through a per-request fetch when one is given', async () => {
    rejected.add('at-0');
    const { client } = await setup();
    let perRequest = 0;
    const { data } = await client.GET('/things', {
      fetch: (input: Request) => {
        perRequest += 1;
        return fetch(input);
      },
    });
    expect(data).toEqual({ token: 'at-1' });
    expect(perRequest).toBe(2);
  });

  it('never retries or refreshes on 403', async () => {
    const { client, endpoint } = await setup();
    const { error, response } = await client.GET('/forbidden');
    expect(response.status).toBe(403);
    expect(error).toEqual({ error: 'insufficient_scope' });
    expect(api.requests).toHaveLength(1);
    expect(endpoint.refreshes).toBe(0);
  });

  it('a second 401 becomes ReauthenticationRequiredError, with no loop', async () => {
    rejectEverything = true;
    const { client, endpoint } = await setup();
    const error = await client.GET('/things').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReauthenticationRequiredError);
    expect(error).toMatchObject({ details: { reason: 'unauthorized' } });
    expect(api.requests).toHaveLength(2);
    expect(endpoint.refreshes).toBe(1);
  });

  it('50 concurrent requests that all get a 401 cause one refresh and all succeed', async () => {
    rejected.add('at-0');
    const { client, endpoint } = await setup();
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => client.POST('/things', { body: { name: `n${i}` } })),
    );
    expect(results.map((r) => r.response.status)).toEqual(Array(50).fill(200));
    expect(results.map((r) => r.data?.name)).toEqual(Array.from({ length: 50 }, (_, i) => `n${i}`));
    expect(endpoint.refreshes).toBe(1);
    expect(endpoint.invalidGrants).toBe(0);
  });

  it('50 concurrent requests on an expired token cause one refresh and no 401', async () => {
    const { client, endpoint } = await setup({ receivedAt: Date.now() - 700_000, expiresAt: Date.now() - 100_000 });
    const results = await Promise.all(Array.from({ length: 50 }, () => client.GET('/things')));
    expect(results.every((r) => r.data?.token === 'at-1')).toBe(true);
    expect(endpoint.refreshes).toBe(1);
    expect(api.requests).toHaveLength(50);
  });
});

import { sendJson } from '@dtk/testkit';
import createClient from 'openapi-fetch';
import { describe, expect, it } from 'vitest';
import { createApiClient, getAttempts, unwrap } from '../src/index.js';
import type { paths } from './fixtures/banno-paths.js';
import { clientFor, rejection, serve, USER } from './helpers.js';

const accounts = { accounts: [{ id: 'a1', name: 'Checking', balance: '741.41' }] };

describe('typed calls', () => {
  it('sends path and query parameters, default headers, user agent and bearer token', async () => {
    const server = await serve((_req, res) => sendJson(res, 200, accounts));
    const client = clientFor(server, {
      accessToken: 'test-access-token',
      userAgent: 'dtk-test/1.0',
      headers: { 'X-Tenant': 'garden' },
    });

    const result = await client.GET('/users/{userId}/accounts', {
      params: { path: { userId: USER }, query: { active: true } },
    });

    expect(result.error).toBeUndefined();
    expect(result.data?.accounts[0]?.balance).toBe('741.41');
    expect(getAttempts(result)).toBe(1);
    expect(result.response.status).toBe(200);
    const [seen] = server.requests;
    expect(seen?.url).toBe(`/users/${USER}/accounts?active=true`);
    expect(seen?.headers.authorization).toBe('Bearer test-access-token');
    expect(seen?.headers['user-agent']).toBe('dtk-test/1.0');
    expect(seen?.headers['x-tenant']).toBe('garden');
  });

  it('gives the same data and error as bare openapi-fetch, and prints like its result', async () => {
    const server = await serve((req, res) =>
      req.url === '/status' ? sendJson(res, 200, { ok: true }) : sendJson(res, 404, { errorCode: 4, messages: 'no' }),
    );
    const bare = createClient<paths>({ baseUrl: server.url });
    const ours = clientFor(server, { retry: false });
    for (const client of [bare, ours]) {
      const ok = await client.GET('/status');
      expect(ok.data).toEqual({ ok: true });
      expect(Object.keys(ok)).toEqual(['data', 'response']);
      const notFound = await client.GET('/users/{userId}/accounts', { params: { path: { userId: USER } } });
      expect(notFound.error).toEqual({ errorCode: 4, messages: 'no' });
      expect(Object.keys(notFound)).toEqual(['error', 'response']);
      expect(notFound.response.url).toBe(`${server.url}/users/${USER}/accounts`);
    }
  });

  it('unwrap returns data, and undefined for a 204', async () => {
    const server = await serve((req, res) =>
      req.method === 'PUT' ? void res.writeHead(204).end() : sendJson(res, 200, accounts),
    );
    const client = clientFor(server);
    const data = await unwrap(client.GET('/users/{userId}/accounts', { params: { path: { userId: USER } } }));
    expect(data.accounts).toHaveLength(1);
    const nothing = await unwrap(
      client.PUT('/users/{userId}', { params: { path: { userId: USER } }, body: { email: 'a@b.example' } }),
    );
    expect(nothing).toBeUndefined();
    expect(JSON.parse(server.requests[1]?.body ?? '')).toEqual({ email: 'a@b.example' });
  });

  it('reads a token function on every request', async () => {
    const server = await serve((_req, res) => sendJson(res, 200, { ok: true }));
    let n = 0;
    const client = clientFor(server, { accessToken: async () => `token-${++n}` });
    await client.GET('/status');
    await client.GET('/status');
    expect(server.requests.map((r) => r.headers.authorization)).toEqual(['Bearer token-1', 'Bearer token-2']);
  });

  it('hands a body over as text, a blob, an ArrayBuffer or a stream when asked', async () => {
    const server = await serve((_req, res) => sendJson(res, 200, accounts));
    const client = clientFor(server);
    const path = '/users/{userId}/accounts' as const;
    const params = { path: { userId: USER } };
    const json = JSON.stringify(accounts);
    expect((await client.GET(path, { params, parseAs: 'text' })).data).toBe(json);
    expect(await ((await client.GET(path, { params, parseAs: 'blob' })).data as Blob).text()).toBe(json);
    expect(
      new TextDecoder().decode((await client.GET(path, { params, parseAs: 'arrayBuffer' })).data as ArrayBuffer),
    ).toBe(json);
    const stream = (await client.GET(path, { params, parseAs: 'stream' })).data as ReadableStream<Uint8Array>;
    expect(await new Response(stream).text()).toBe(json);
  });

  it('supports the arbitrary-method entry and a base fetch per call', async () => {
    const server = await serve((_req, res) => sendJson(res, 200, { ok: true }));
    const seen: string[] = [];
    const client = clientFor(server);
    const result = await client.GET('/status', {
      fetch: (request: Request) => {
        seen.push(request.url);
        return globalThis.fetch(request);
      },
    });
    expect(result.data).toEqual({ ok: true });
    expect(seen).toEqual([`${server.url}/status`]);
    expect(
      (
        await (client as unknown as { request(m: string, p: string): Promise<{ data: unknown }> }).request(
          'get',
          '/status',
        )
      ).data,
    ).toEqual({ ok: true });
  });
});

describe('options', () => {
  it('rejects bad options at construction with typed errors naming them', () => {
    expect(() => createApiClient<paths>({ baseUrl: '/relative' })).toThrow(
      /^baseUrl must be an absolute https or http URL/,
    );
    expect(() => createApiClient<paths>({ baseUrl: 'ftp://files.example' })).toThrow(TypeError);
    expect(() => createApiClient<paths>({ baseUrl: 'https://api.example', timeoutMs: 0 })).toThrow(RangeError);
    expect(() => createApiClient<paths>({ baseUrl: 'https://api.example', timeoutMs: 2 ** 31 })).toThrow(RangeError);
    expect(() => createApiClient<paths>({ baseUrl: 'https://api.example', maxResponseBytes: 0 })).toThrow(
      /^maxResponseBytes/,
    );
    expect(() => createApiClient<paths>({ baseUrl: 'https://api.example', retry: { maxRetries: -1 } })).toThrow(
      RangeError,
    );
    expect(() => createApiClient<paths>({ baseUrl: 'https://api.example', accessToken: 42 as never })).toThrow(
      TypeError,
    );
    expect(() => createApiClient<paths>({ baseUrl: 'https://api.example', tokenSource: {} as never })).toThrow(
      /getAccessToken/,
    );
  });

  it('refuses a baseUrl with credentials without echoing them', () => {
    const error = (() => {
      try {
        createApiClient<paths>({ baseUrl: 'https://user:hunter2@api.example' });
      } catch (e) {
        return e;
      }
    })();
    expect(String(error)).toMatch(/must not contain credentials/);
    expect(String(error)).not.toContain('hunter2');
  });

  it('rejects a bad per-call timeout before sending', async () => {
    const server = await serve((_req, res) => sendJson(res, 200, { ok: true }));
    expect(await rejection(clientFor(server).GET('/status', { timeoutMs: -5 } as never))).toBeInstanceOf(RangeError);
    expect(server.requests).toHaveLength(0);
  });
});

import { describe, expect, it } from 'vitest';
import { sendJson, startTestServer } from '@dtk/testkit';
import type { Middleware } from 'openapi-fetch';
import {
  ApiError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  ConnectionError,
  createApiClient,
  getAttempts,
  InternalServerError,
  MissingScopeError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  TimeoutError,
  UnprocessableEntityError,
  unwrap,
  type LogFields,
} from '../src/index.js';
import { SCOPE, type paths } from './fixtures/banno-paths.js';
import { clientFor, sequence, serve, stall, USER } from './helpers.js';

const accounts = { accounts: [{ id: 'a1', name: 'Checking', balance: '741.41' }] };
const bannoError = (errorCode: number, messages: string) => ({ errorCode, messages });

describe('typed calls', () => {
  it('sends path and query parameters, default headers, user agent and bearer token', async () => {
    const server = await serve((_req, res) => sendJson(res, 200, accounts));
    const client = clientFor(server, { accessToken: 'test-access-token', userAgent: 'dtk-test/1.0', headers: { 'X-Tenant': 'garden' } });

    const { data, error, response } = await client.GET('/users/{userId}/accounts', {
      params: { path: { userId: USER }, query: { active: true } },
    });

    expect(error).toBeUndefined();
    expect(data?.accounts[0]?.balance).toBe('741.41');
    expect(getAttempts(response)).toBe(1);
    const [seen] = server.requests;
    expect(seen?.url).toBe(`/users/${USER}/accounts?active=true`);
    expect(seen?.headers.authorization).toBe('Bearer test-access-token');
    expect(seen?.headers['user-agent']).toBe('dtk-test/1.0');
    expect(seen?.headers['x-tenant']).toBe('garden');
  });

  it('unwrap returns data, and undefined for a 204', async () => {
    const server = await serve((req, res) => {
      if (req.method === 'PUT') {
        res.writeHead(204).end();
      } else sendJson(res, 200, accounts);
    });
    const client = clientFor(server);
    const data = await unwrap(client.GET('/users/{userId}/accounts', { params: { path: { userId: USER } } }));
    expect(data.accounts).toHaveLength(1);
    const nothing = await unwrap(client.PUT('/users/{userId}', { params: { path: { userId: USER } }, body: { email: 'a@b.example' } }));
    expect(nothing).toBeUndefined();
    expect(JSON.parse(server.requests[1]!.body)).toEqual({ email: 'a@b.example' });
  });

  it('reads a token function on every request', async () => {
    const server = await serve((_req, res) => sendJson(res, 200, { ok: true }));
    let n = 0;
    const client = clientFor(server, { accessToken: async () => `token-${++n}` });
    await client.GET('/status');
    await client.GET('/status');
    expect(server.requests.map((r) => r.headers.authorization)).toEqual(['Bearer token-1', 'Bearer token-2']);
  });
});

describe('retries', () => {
  it('retries 5xx for GET and reports the attempts on the result', async () => {
    const server = await serve(
      sequence(
        (res) => sendJson(res, 503, bannoError(1, 'busy')),
        (res) => sendJson(res, 502, 'bad gateway'),
        (res) => sendJson(res, 200, accounts),
      ),
    );
    const result = await clientFor(server).GET('/users/{userId}/accounts', { params: { path: { userId: USER } } });
    expect(result.data).toEqual(accounts);
    expect(getAttempts(result)).toBe(3);
    expect(server.requests).toHaveLength(3);
  });

  it('stops after maxRetries and throws the typed error carrying the attempts', async () => {
    const server = await serve((_req, res) => sendJson(res, 500, bannoError(99, 'down'), { 'x-request-id': 'req-500' }));
    const error = await unwrap(clientFor(server).GET('/users/{userId}/accounts', { params: { path: { userId: USER } } })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error).toMatchObject({ status: 500, attempts: 3, requestId: 'req-500', errorCode: 99, operationId: 'getAccounts' });
    expect(server.requests).toHaveLength(3);
  });

  it('retries 408 and 429 but not 400, and honours a custom status list', async () => {
    const flaky = await serve(sequence((res) => sendJson(res, 408, {}), (res) => sendJson(res, 429, {}), (res) => sendJson(res, 200, { ok: true })));
    expect(getAttempts(await clientFor(flaky).GET('/status'))).toBe(3);

    const bad = await serve((_req, res) => sendJson(res, 400, bannoError(4, 'no')));
    expect(getAttempts(await clientFor(bad).GET('/status'))).toBe(1);

    const custom = await serve(sequence((res) => sendJson(res, 409, {}), (res) => sendJson(res, 200, { ok: true })));
    const client = clientFor(custom, { retry: { retryOnStatus: [409], baseDelayMs: 1 } });
    expect(getAttempts(await client.GET('/status'))).toBe(2);
  });

  it('sends a POST without an idempotency key exactly once', async () => {
    const server = await serve((_req, res) => sendJson(res, 503, { type: 'payeeNotFound', userFriendlyMessage: 'Try later' }));
    const result = await clientFor(server).POST('/users/{userId}/payments', {
      params: { path: { userId: USER } },
      body: { payeeId: 'p1', amount: '10.00' },
    });
    expect(result.response.status).toBe(503);
    expect(result.error).toEqual({ type: 'payeeNotFound', userFriendlyMessage: 'Try later' });
    expect(getAttempts(result)).toBe(1);
    expect(server.requests).toHaveLength(1);
  });

  it('retries a POST with an idempotency key, re-sending the same body and key', async () => {
    const server = await serve(sequence((res) => sendJson(res, 503, {}), (res) => sendJson(res, 500, {}), (res) => sendJson(res, 200, { paymentId: 'pay-1' })));
    const body = { payeeId: 'p1', amount: '1543.00', memo: 'rent ✓ — ünïcode' };
    const data = await unwrap(
      clientFor(server).POST('/users/{userId}/payments', {
        params: { path: { userId: USER }, header: { 'Idempotency-Key': 'key-1' } },
        body,
      }),
    );
    expect(data.paymentId).toBe('pay-1');
    expect(server.requests).toHaveLength(3);
    for (const seen of server.requests) {
      expect(JSON.parse(seen.body)).toEqual(body);
      expect(seen.headers['idempotency-key']).toBe('key-1');
      expect(seen.headers['content-type']).toBe('application/json');
    }
  });

  it('re-sends a PUT body intact', async () => {
    const server = await serve(sequence((res) => sendJson(res, 502, {}), (res) => res.writeHead(204).end()));
    const result = await clientFor(server).PUT('/users/{userId}', { params: { path: { userId: USER } }, body: { email: 'x@y.example' } });
    expect(result.response.status).toBe(204);
    expect(server.requests.map((r) => r.body)).toEqual(['{"email":"x@y.example"}', '{"email":"x@y.example"}']);
  });

  it('honours Retry-After within the cap, and returns the response when the server asks for longer', async () => {
    const quick = await serve(sequence((res) => sendJson(res, 429, {}, { 'retry-after': '0' }), (res) => sendJson(res, 200, { ok: true })));
    expect(getAttempts(await clientFor(quick).GET('/status'))).toBe(2);

    const slow = await serve((_req, res) => sendJson(res, 429, bannoError(7, 'slow down'), { 'retry-after': '120' }));
    const error = await unwrap(clientFor(slow).GET('/status')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfterMs).toBe(120_000);
    expect(slow.requests).toHaveLength(1);
  });

  it('takes per-call retry and timeout options', async () => {
    const server = await serve((_req, res) => sendJson(res, 503, {}));
    const result = await clientFor(server).GET('/status', { retry: false });
    expect(getAttempts(result)).toBe(1);
    const stalled = await serve(stall);
    const started = performance.now();
    await expect(clientFor(stalled, { timeoutMs: 10_000 }).GET('/status', { timeoutMs: 50, retry: false })).rejects.toBeInstanceOf(TimeoutError);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

describe('timeouts, aborts and broken connections', () => {
  it('times out a stalled attempt and retries it', async () => {
    const server = await serve(sequence(stall, (res) => sendJson(res, 200, { ok: true })));
    const result = await clientFor(server, { timeoutMs: 100 }).GET('/status');
    expect(result.data).toEqual({ ok: true });
    expect(getAttempts(result)).toBe(2);
  });

  it('throws TimeoutError with attempts when every attempt stalls', async () => {
    const server = await serve(stall);
    const error = await clientFor(server, { timeoutMs: 60, retry: { maxRetries: 1, baseDelayMs: 1 } })
      .GET('/users/{userId}/accounts', { params: { path: { userId: USER } } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error).toMatchObject({ attempts: 2, timeoutMs: 60, operationId: 'getAccounts', method: 'GET', status: undefined });
    expect(server.requests).toHaveLength(2);
  });

  it('times out a body that stalls after the headers', async () => {
    const server = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"ok":');
    });
    const error = await clientFor(server, { timeoutMs: 100 }).GET('/status').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).attempts).toBe(1);
  });

  it('times out an error body that stalls after the headers', async () => {
    const server = await serve((_req, res) => {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.write('{"errorCode":');
    });
    const error = await clientFor(server, { timeoutMs: 100, retry: false }).GET('/status').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).attempts).toBe(1);
  });

  it('passes a caller abort through while a JSON body is still arriving', async () => {
    const server = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"ok":');
    });
    const controller = new AbortController();
    const reason = new Error('user navigated away');
    setTimeout(() => controller.abort(reason), 80);
    const started = performance.now();
    const error = await clientFor(server, { timeoutMs: 10_000 }).GET('/status', { signal: controller.signal }).catch((e: unknown) => e);
    expect(error).toBe(reason);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(server.requests).toHaveLength(1);
  });

  it('passes a caller abort through unchanged and never retries it', async () => {
    const server = await serve(stall);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const warnings: string[] = [];
    const client = clientFor(server, { timeoutMs: 10_000, logger: { warn: (message) => warnings.push(message) } });
    const error = await client.GET('/status', { signal: controller.signal }).catch((e: unknown) => e);
    expect((error as Error).name).toBe('AbortError');
    expect(error).not.toBeInstanceOf(ApiError);
    expect(server.requests).toHaveLength(1);
    expect(warnings).toEqual([]); // not treated as a failure worth retrying
  });

  it('stops waiting between retries when the caller aborts', async () => {
    const server = await serve((_req, res) => sendJson(res, 503, {}, { 'retry-after': '30' }));
    const controller = new AbortController();
    const reason = new Error('user navigated away');
    setTimeout(() => controller.abort(reason), 50);
    const started = performance.now();
    await expect(clientFor(server).GET('/status', { signal: controller.signal })).rejects.toBe(reason);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(server.requests).toHaveLength(1);
  });

  it('sends nothing when the signal is already aborted', async () => {
    const server = await serve((_req, res) => sendJson(res, 200, { ok: true }));
    await expect(clientFor(server).GET('/status', { signal: AbortSignal.abort() })).rejects.toMatchObject({ name: 'AbortError' });
    expect(server.requests).toHaveLength(0);
  });

  it('turns a reset connection into ConnectionError with attempts', async () => {
    const server = await serve((req) => {
      req.socket.destroy();
    });
    const error = await clientFor(server).GET('/users/{userId}/accounts', { params: { path: { userId: USER } } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error).not.toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ attempts: 3, operationId: 'getAccounts', status: undefined });
    expect(server.requests).toHaveLength(3);

    const post = await clientFor(server)
      .POST('/users/{userId}/payments', { params: { path: { userId: USER } }, body: { payeeId: 'p', amount: '1.00' } })
      .catch((e: unknown) => e);
    expect(post).toMatchObject({ name: 'ConnectionError', attempts: 1 });
    expect(server.requests).toHaveLength(4);
  });

  it('turns a refused connection into ConnectionError', async () => {
    const server = await startTestServer(stall);
    const client = clientFor(server, { retry: false });
    await server.close();
    await expect(client.GET('/status')).rejects.toMatchObject({ name: 'ConnectionError', attempts: 1 });
  });

  it('turns a body that breaks off into ConnectionError', async () => {
    const server = await serve((req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"ok":');
      setTimeout(() => req.socket.destroy(), 20);
    });
    await expect(clientFor(server).GET('/status')).rejects.toBeInstanceOf(ConnectionError);
  });
});

describe('typed errors', () => {
  const cases = [
    [400, BadRequestError],
    [401, AuthenticationError],
    [403, PermissionDeniedError],
    [404, NotFoundError],
    [409, ConflictError],
    [422, UnprocessableEntityError],
    [429, RateLimitError],
    [500, InternalServerError],
    [503, InternalServerError],
    [418, ApiError],
  ] as const;

  it.each(cases)('maps %i to %o with body, headers and request id', async (status, ErrorClass) => {
    const server = await serve((_req, res) =>
      sendJson(res, status, bannoError(status * 10, `failed with ${status}`), { 'x-request-id': `req-${status}`, 'set-cookie': 'sid=s3cr3t' }),
    );
    const error = await unwrap(clientFor(server, { retry: false }).GET('/users/{userId}/accounts', { params: { path: { userId: USER } } })).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ErrorClass);
    expect(error).toBeInstanceOf(ApiError);
    const apiError = error as ApiError;
    expect(apiError.name).toBe(ErrorClass.name);
    expect(apiError).toMatchObject({
      status,
      operationId: 'getAccounts',
      method: 'GET',
      url: `${server.url}/users/${USER}/accounts`,
      body: { errorCode: status * 10, messages: `failed with ${status}` },
      errorCode: status * 10,
      requestId: `req-${status}`,
      attempts: 1,
    });
    expect(apiError.headers?.get('content-type')).toBe('application/json');
    expect(apiError.headers?.has('set-cookie')).toBe(false);
    expect(apiError.message).toContain(`failed with ${status}`);
    expect(apiError.message).toContain('getAccounts');
  });

  it('keeps a typed error body that is not Banno-shaped, and text bodies as text', async () => {
    const server = await serve(
      sequence(
        (res) => sendJson(res, 403, { type: 'attemptCallWithoutAbility', userFriendlyMessage: 'Bill pay is not enabled' }),
        (res) => res.writeHead(502, { 'content-type': 'text/html' }).end('<html>bad gateway</html>'),
      ),
    );
    const client = clientFor(server, { retry: false });
    const { error } = await client.POST('/users/{userId}/payments', { params: { path: { userId: USER } }, body: { payeeId: 'p', amount: '1.00' } });
    // The `{ data, error }` style keeps the spec's typed error body.
    expect(error?.type).toBe('attemptCallWithoutAbility');

    const html = await unwrap(client.GET('/status')).catch((e: unknown) => e);
    expect(html).toMatchObject({ status: 502, body: '<html>bad gateway</html>', errorCode: undefined });
  });

  it('uses the spec error body in the message when it has a user-facing message', async () => {
    const server = await serve((_req, res) => sendJson(res, 403, { type: 'attemptCallWithoutAbility', userFriendlyMessage: 'Bill pay is not enabled' }));
    const error = await unwrap(
      clientFor(server).POST('/users/{userId}/payments', { params: { path: { userId: USER } }, body: { payeeId: 'p', amount: '1.00' } }),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PermissionDeniedError);
    expect((error as Error).message).toContain('Bill pay is not enabled');
  });
});

describe('error messages from every declared error body', () => {
  const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1In0.c2lnbmF0dXJl';

  it.each([
    ['Entity Management errors[]', 422, { errors: [{ code: 'INVALID', message: 'must not be blank', field: 'person.lastName' }] }, 'INVALID (person.lastName): must not be blank'],
    ['OAuth error + description', 401, { error: 'invalid_client', error_description: 'client authentication failed' }, 'invalid_client: client authentication failed'],
    ['bill pay type without a message', 403, { type: 'SubscriberAccountLocked' }, 'SubscriberAccountLocked'],
  ] as const)('%s', async (_shape, status, body, expected) => {
    const server = await serve((_req, res) => sendJson(res, status, body));
    const error = await unwrap(clientFor(server, { retry: false }).POST('/token', { body: { grant_type: 'x' }, headers: { 'Content-Type': 'application/x-www-form-urlencoded' } })).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).message).toContain(`(requestToken): ${expected}`);
    expect((error as ApiError).body).toEqual(body);
  });

  it('redacts and shortens what the server says', async () => {
    const server = await serve((_req, res) =>
      sendJson(res, 400, { error: 'invalid_grant', error_description: `assertion ${jwt} rejected; client_secret=s3cr3t-value ${'x'.repeat(1_000)}` }),
    );
    const error = (await unwrap(clientFor(server).GET('/status')).catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error.message).toContain('invalid_grant: assertion [redacted] rejected; client_secret=[redacted]');
    expect(error.message).not.toContain(jwt);
    expect(error.message).not.toContain('s3cr3t-value');
    expect(error.message.length).toBeLessThan(420);
    expect(error.message.endsWith('…')).toBe(true);
  });
});

describe('redaction', () => {
  it('keeps tokens out of errors and log entries', async () => {
    const secretQuery = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1In0.c2lnbmF0dXJl';
    const server = await serve((_req, res) => sendJson(res, 404, bannoError(404, 'no such report')));
    const entries: Array<[string, string, LogFields]> = [];
    const logger = {
      debug: (message: string, fields: LogFields) => entries.push(['debug', message, fields]),
      info: (message: string, fields: LogFields) => entries.push(['info', message, fields]),
      warn: (message: string, fields: LogFields) => entries.push(['warn', message, fields]),
    };
    const client = clientFor(server, { accessToken: 'very-secret-access-token', logger, headers: { Cookie: 'session=cookie-secret', 'X-Tenant': 'garden' } });

    const error = await unwrap(
      client.GET('/reports/{reportId}', { params: { path: { reportId: 'r1' }, query: { session_token: secretQuery, format: 'pdf' } } }),
    ).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(NotFoundError);
    const apiError = error as NotFoundError;
    expect(apiError.url).toBe(`${server.url}/reports/r1?session_token=[redacted]&format=pdf`);
    expect(server.requests[0]?.url).toContain(secretQuery); // the server did get the real value
    const everything = JSON.stringify({ message: apiError.message, url: apiError.url, entries, stack: apiError.stack });
    for (const secret of [secretQuery, 'very-secret-access-token', 'cookie-secret']) expect(everything).not.toContain(secret);

    const request = entries.find(([, message]) => message === 'http request')?.[2];
    expect(request?.headers).toMatchObject({ authorization: '[redacted]', cookie: '[redacted]', 'x-tenant': 'garden' });
    const response = entries.find(([, message]) => message === 'http response')?.[2];
    expect(response).toMatchObject({ method: 'GET', path: '/reports/r1?session_token=[redacted]&format=pdf', status: 404, attempt: 1, operationId: 'getReport' });
    expect(response?.durationMs).toBeGreaterThanOrEqual(0);
  });

  it('logs retries with their delay and attempt number', async () => {
    const server = await serve(sequence((res) => sendJson(res, 503, {}), (res) => sendJson(res, 200, { ok: true })));
    const entries: Array<[string, LogFields]> = [];
    await clientFor(server, { logger: { warn: (message, fields) => entries.push([message, fields]) } }).GET('/status');
    expect(entries).toEqual([['http retry', expect.objectContaining({ attempt: 1, delayMs: expect.any(Number), path: '/status' })]]);
  });

  it('refuses a baseUrl with credentials without echoing them', () => {
    expect(() => createApiClient<paths>({ baseUrl: 'https://user:hunter2@api.example' })).toThrow(/must not contain credentials/);
    try {
      createApiClient<paths>({ baseUrl: 'https://user:hunter2@api.example' });
    } catch (error) {
      expect(String(error)).not.toContain('hunter2');
    }
  });
});

describe('scope check', () => {
  it('fails before the network, naming the operation and the scopes that would grant it', async () => {
    const server = await serve((_req, res) => sendJson(res, 200, accounts));
    const client = clientFor(server, { accessToken: 't', grantedScopes: () => ['openid', SCOPE.transactions] });
    const error = await client.GET('/users/{userId}/accounts', { params: { path: { userId: USER } } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MissingScopeError);
    expect(error).toMatchObject({ operationId: 'getAccounts', acceptedScopes: [SCOPE.accountsRead, SCOPE.accountsWrite], attempts: 0 });
    expect((error as Error).message).toContain('getAccounts');
    expect((error as Error).message).toContain(SCOPE.accountsRead);
    expect(server.requests).toHaveLength(0);
  });

  it('lets through any accepted alternative, scope-free operations and unknown grants', async () => {
    const server = await serve((_req, res) => sendJson(res, 200, accounts));
    const withWrite = clientFor(server, { grantedScopes: async () => [SCOPE.accountsWrite] });
    expect((await withWrite.GET('/users/{userId}/accounts', { params: { path: { userId: USER } } })).data).toEqual(accounts);
    expect((await withWrite.GET('/status')).response.ok).toBe(true);
    const unknown = clientFor(server, { grantedScopes: () => undefined });
    expect((await unknown.GET('/users/{userId}/accounts', { params: { path: { userId: USER } } })).response.ok).toBe(true);
    expect(server.requests).toHaveLength(3);
  });
});

describe('auth middleware composition', () => {
  /**
   * Behaves like @dtk/auth's authMiddleware: sets the bearer token, keeps a clone made before the
   * first send (keyed by openapi-fetch's per-call options object and request id), and on a 401
   * re-sends that clone once through `options.fetch` with a renewed token.
   */
  function refreshingAuth(tokens: string[]): Middleware {
    let current = tokens.shift()!;
    const pending = new WeakMap<object, Map<string, Request>>();
    return {
      onRequest({ request, options, id }) {
        request.headers.set('Authorization', `Bearer ${current}`);
        const byId = pending.get(options) ?? new Map<string, Request>();
        pending.set(options, byId.set(id, request.clone()));
        return request;
      },
      async onResponse({ response, options, id }) {
        const copy = pending.get(options)?.get(id);
        if (!copy || response.status !== 401) return undefined;
        await response.body?.cancel();
        current = tokens.shift()!;
        copy.headers.set('Authorization', `Bearer ${current}`);
        return options.fetch(copy);
      },
    };
  }

  it('counts the re-send after a 401 and keeps retries and context for it', async () => {
    const server = await serve(
      sequence(
        (res) => sendJson(res, 401, bannoError(401, 'expired')),
        (res) => sendJson(res, 503, {}),
        (res) => sendJson(res, 200, accounts),
      ),
    );
    const entries: LogFields[] = [];
    const logger = { info: (_message: string, fields: LogFields) => entries.push(fields) };
    const client = clientFor(server, { auth: refreshingAuth(['old-token', 'new-token']), logger });
    const result = await client.GET('/users/{userId}/accounts', { params: { path: { userId: USER } }, timeoutMs: 5_000 });
    expect(result.data).toEqual(accounts);
    expect(getAttempts(result)).toBe(3);
    // The re-send carries the call's context: its operationId and a continuing attempt count.
    expect(entries.map((e) => [e.status, e.attempt, e.operationId])).toEqual([
      [401, 1, 'getAccounts'],
      [503, 2, 'getAccounts'],
      [200, 3, 'getAccounts'],
    ]);
    expect(server.requests.map((r) => r.headers.authorization)).toEqual(['Bearer old-token', 'Bearer new-token', 'Bearer new-token']);
  });

  it('refuses auth and accessToken together', () => {
    expect(() => createApiClient<paths>({ baseUrl: 'https://api.example', auth: refreshingAuth(['a']), accessToken: 'b' })).toThrow(TypeError);
  });
});

describe('options', () => {
  it('rejects bad options at construction with typed errors', () => {
    expect(() => createApiClient<paths>({ baseUrl: '/relative' })).toThrow(/absolute http\(s\) URL/);
    expect(() => createApiClient<paths>({ baseUrl: 'ftp://files.example' })).toThrow(TypeError);
    expect(() => createApiClient<paths>({ baseUrl: 'https://api.example', timeoutMs: 0 })).toThrow(RangeError);
    expect(() => createApiClient<paths>({ baseUrl: 'https://api.example', timeoutMs: 2 ** 31 })).toThrow(RangeError);
    expect(() => createApiClient<paths>({ baseUrl: 'https://api.example', retry: { maxRetries: -1 } })).toThrow(RangeError);
  });

  it('rejects a bad per-call timeout before sending', async () => {
    const server = await serve((_req, res) => sendJson(res, 200, { ok: true }));
    await expect(clientFor(server).GET('/status', { timeoutMs: -5 })).rejects.toThrow(RangeError);
    expect(server.requests).toHaveLength(0);
  });

  it('rejects an access token that would break the header, without echoing it', async () => {
    const server = await serve((_req, res) => sendJson(res, 200, { ok: true }));
    const error = await clientFor(server, { accessToken: 'abc\r\nX-Injected: 1' }).GET('/status').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TypeError);
    expect(String(error)).not.toContain('abc');
    expect(server.requests).toHaveLength(0);
  });
});

import { randomUUID } from 'node:crypto';
import { getEventListeners } from 'node:events';
import { setTimeout as delay } from 'node:timers/promises';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { sendJson, startTestServer } from '@dtk/testkit';
import { describe, expect, it } from 'vitest';
import {
  ApiConnectionError,
  ApiError,
  ApiTimeoutError,
  getAttempts,
  InternalServerError,
  RateLimitError,
  ResponseTooLargeError,
  unwrap,
} from '../src/index.js';
import { routes } from './fixtures/banno-paths.js';
import { clientFor, recordingClock, rejection, sequence, serve, stall, USER } from './helpers.js';

// A Request's listener on its signal goes with the Request, at garbage collection; what stays after a collection is
// held by something else.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
async function abortListenersAfterGc(signal: AbortSignal): Promise<number> {
  for (let round = 0; round < 3; round++) {
    await delay(20);
    gc();
  }
  await delay(20);
  return getEventListeners(signal, 'abort').length;
}

const accounts = { accounts: [{ id: 'a1', name: 'Checking', balance: '741.41' }] };
const bannoError = (errorCode: number, messages: string) => ({ errorCode, messages });

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
    const server = await serve((_req, res) =>
      sendJson(res, 500, bannoError(99, 'down'), { 'x-request-id': 'req-500' }),
    );
    const error = await rejection(
      unwrap(clientFor(server).GET('/users/{userId}/accounts', { params: { path: { userId: USER } } })),
    );
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error).toMatchObject({
      status: 500,
      attempts: 3,
      requestId: 'req-500',
      errorCode: 99,
      operationId: 'getAccounts',
    });
    expect(server.requests).toHaveLength(3);
  });

  it('retries 408 and 429 but not 400, and honours a custom status list', async () => {
    const flaky = await serve(
      sequence(
        (res) => sendJson(res, 408, {}),
        (res) => sendJson(res, 429, {}),
        (res) => sendJson(res, 200, { ok: true }),
      ),
    );
    expect(getAttempts(await clientFor(flaky).GET('/status'))).toBe(3);

    const bad = await serve((_req, res) => sendJson(res, 400, bannoError(4, 'no')));
    expect(getAttempts(await clientFor(bad).GET('/status'))).toBe(1);

    const custom = await serve(
      sequence(
        (res) => sendJson(res, 409, {}),
        (res) => sendJson(res, 200, { ok: true }),
      ),
    );
    const client = clientFor(custom, { retry: { retryOnStatus: [409], baseDelayMs: 1 } });
    expect(getAttempts(await client.GET('/status'))).toBe(2);
  });

  it('sends a POST without an idempotency key exactly once', async () => {
    const server = await serve((_req, res) =>
      sendJson(res, 503, { type: 'payeeNotFound', userFriendlyMessage: 'Try later' }),
    );
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
    const server = await serve(
      sequence(
        (res) => sendJson(res, 503, {}),
        (res) => sendJson(res, 500, {}),
        (res) => sendJson(res, 200, { paymentId: 'pay-1' }),
      ),
    );
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
    const server = await serve(
      sequence(
        (res) => sendJson(res, 502, {}),
        (res) => void res.writeHead(204).end(),
      ),
    );
    const result = await clientFor(server).PUT('/users/{userId}', {
      params: { path: { userId: USER } },
      body: { email: 'x@y.example' },
    });
    expect(result.response.status).toBe(204);
    expect(server.requests.map((r) => r.body)).toEqual(['{"email":"x@y.example"}', '{"email":"x@y.example"}']);
  });

  it('honours Retry-After within the cap, and returns the response when the server asks for longer', async () => {
    const quick = await serve(
      sequence(
        (res) => sendJson(res, 429, {}, { 'retry-after': '0' }),
        (res) => sendJson(res, 200, { ok: true }),
      ),
    );
    expect(getAttempts(await clientFor(quick).GET('/status'))).toBe(2);

    const slow = await serve((_req, res) => sendJson(res, 429, bannoError(7, 'slow down'), { 'retry-after': '120' }));
    const error = await rejection(unwrap(clientFor(slow).GET('/status')));
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfterMs).toBe(120_000);
    expect(slow.requests).toHaveLength(1);
  });

  it('takes per-call retry and timeout options', async () => {
    const server = await serve((_req, res) => sendJson(res, 503, {}));
    expect(getAttempts(await clientFor(server).GET('/status', { retry: false }))).toBe(1);
    const stalled = await serve(stall);
    const started = performance.now();
    expect(
      await rejection(clientFor(stalled, { timeoutMs: 10_000 }).GET('/status', { timeoutMs: 50, retry: false })),
    ).toBeInstanceOf(ApiTimeoutError);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

describe('retry delays', () => {
  it('backs off exponentially within the full-jitter bounds', async () => {
    const clock = recordingClock(0.999);
    const server = await serve((_req, res) => sendJson(res, 503, {}));
    const response = (await clientFor(server, { retry: { maxRetries: 5 } }, clock).GET('/status')).response;
    expect(response.status).toBe(503);
    const ceilings = [500, 1000, 2000, 4000, 8000];
    expect(clock.delays).toHaveLength(5);
    clock.delays.forEach((delay, i) => {
      expect(delay).toBeLessThanOrEqual(ceilings[i] as number);
      expect(delay).toBeGreaterThan((ceilings[i] as number) * 0.99);
    });
  });

  it('uses Retry-After seconds exactly, and an HTTP date', async () => {
    const clock = recordingClock(0);
    const server = await serve(
      sequence(
        (res) => sendJson(res, 429, {}, { 'retry-after': '2' }),
        (res) => sendJson(res, 503, {}, { 'retry-after': new Date(Date.now() + 3000).toUTCString() }),
        (res) => sendJson(res, 200, {}),
      ),
    );
    expect((await clientFor(server, { retry: {} }, clock).GET('/status')).response.status).toBe(200);
    expect(clock.delays[0]).toBe(2000);
    expect(clock.delays[1]).toBeGreaterThan(1000);
    expect(clock.delays[1]).toBeLessThanOrEqual(3000);
  });

  it('prefers retry-after-ms, falls back to backoff on garbage, and uses equal jitter when asked', async () => {
    const clock = recordingClock(0.5);
    const server = await serve(
      sequence(
        (res) => sendJson(res, 503, {}, { 'retry-after-ms': '1500', 'retry-after': '9' }),
        (res) => sendJson(res, 503, {}, { 'retry-after': 'whenever' }),
        (res) => sendJson(res, 200, {}),
      ),
    );
    expect((await clientFor(server, { retry: {} }, clock).GET('/status')).response.status).toBe(200);
    expect(clock.delays).toEqual([1500, 500]);

    const equal = recordingClock(0);
    const failing = await serve((_req, res) => sendJson(res, 500, {}));
    await clientFor(failing, { retry: { jitter: 'equal', maxRetries: 2 } }, equal).GET('/status');
    expect(equal.delays).toEqual([250, 500]);
  });

  it('returns the response instead of waiting longer than maxRetryAfterMs', async () => {
    const clock = recordingClock(0);
    const server = await serve((_req, res) => sendJson(res, 503, {}, { 'retry-after': '11' }));
    const { response } = await clientFor(server, { retry: { maxRetryAfterMs: 10_000 } }, clock).GET('/status');
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('11');
    expect(clock.delays).toEqual([]);
    expect(server.requests).toHaveLength(1);
  });
});

describe('timeouts, aborts and broken connections', () => {
  it('times out a stalled attempt and retries it', async () => {
    const server = await serve(sequence(stall, (res) => sendJson(res, 200, { ok: true })));
    // Long enough for the second, answered attempt to finish on a loaded machine.
    const result = await clientFor(server, { timeoutMs: 400 }).GET('/status');
    expect(result.data).toEqual({ ok: true });
    expect(getAttempts(result)).toBe(2);
  });

  it('throws ApiTimeoutError with attempts when every attempt stalls', async () => {
    const server = await serve(stall);
    const error = await rejection(
      clientFor(server, { timeoutMs: 250, retry: { maxRetries: 1, baseDelayMs: 1 } }).GET('/users/{userId}/accounts', {
        params: { path: { userId: USER } },
      }),
    );
    expect(error).toBeInstanceOf(ApiTimeoutError);
    expect(error).toBeInstanceOf(ApiConnectionError);
    expect(error).toMatchObject({
      code: 'ERR_DTK_API_TIMEOUT',
      attempts: 2,
      timeoutMs: 250,
      operationId: 'getAccounts',
      method: 'GET',
      status: undefined,
    });
    expect(server.requests).toHaveLength(2);
  });

  it('still times out each attempt of a base fetch that ignores its signal', async () => {
    // A fault a real server cannot produce: a fetch implementation that never settles and ignores abort.
    let calls = 0;
    const hanging = () => {
      calls += 1;
      return new Promise<Response>(() => {});
    };
    const error = await rejection(
      clientFor(
        { url: 'http://127.0.0.1:9', requests: [], close: async () => {} },
        { fetch: hanging, timeoutMs: 30, retry: { maxRetries: 1 } },
        recordingClock(0),
      ).GET('/status'),
    );
    expect(error).toBeInstanceOf(ApiTimeoutError);
    expect(error).toMatchObject({ attempts: 2, timeoutMs: 30 });
    expect(calls).toBe(2);
  });

  it('times out a body that stalls after the headers, and an error body too', async () => {
    const server = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"ok":');
    });
    // The deadline covers headers and body alike: it is long enough for the headers to arrive on a loaded machine, so
    // the attempt times out in the body, which is not retried (the server has answered).
    const error = await rejection(clientFor(server, { timeoutMs: 500 }).GET('/status'));
    expect(error).toBeInstanceOf(ApiTimeoutError);
    expect((error as ApiTimeoutError).attempts).toBe(1);
    expect(server.requests).toHaveLength(1);

    const failing = await serve((_req, res) => {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.write('{"errorCode":');
    });
    const errorBody = await rejection(clientFor(failing, { timeoutMs: 500, retry: false }).GET('/status'));
    expect(errorBody).toBeInstanceOf(ApiTimeoutError);
    expect((errorBody as ApiTimeoutError).attempts).toBe(1);
  });

  it('keeps the deadline while a streamed body is read', async () => {
    const server = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/octet-stream' });
      res.write('first part');
    });
    const { data } = await clientFor(server, { timeoutMs: 500 }).GET('/status', { parseAs: 'stream' });
    const reader = (data as ReadableStream<Uint8Array>).getReader();
    expect(new TextDecoder().decode((await reader.read()).value)).toBe('first part');
    expect(await rejection(reader.read())).toBeInstanceOf(ApiTimeoutError);
  });

  it('lets go of a long-lived caller signal when a streamed call hands out no stream', async () => {
    const server = await serve((req, res) => {
      const answer = req.headers['x-answer'];
      if (answer === 'no content') return void res.writeHead(204).end();
      if (answer === 'empty') return void res.writeHead(200, { 'content-length': '0' }).end();
      if (answer === 'too large') return void res.writeHead(200, { 'content-length': '100' }).end('x'.repeat(100));
      sendJson(res, 200, { ok: true });
    });
    const client = clientFor(server, { maxResponseBytes: 50 });
    const untyped = client as unknown as { HEAD(path: string, init: object): Promise<{ data: unknown }> };
    // e.g. an application-wide shutdown signal, passed to every call.
    const { signal } = new AbortController();
    const stream = (answer: string) => ({ signal, parseAs: 'stream' as const, headers: { 'x-answer': answer } });

    expect((await client.GET('/status', stream('no content'))).data).toBeUndefined();
    expect((await untyped.HEAD('/status', stream('ok'))).data).toBeUndefined();
    expect((await client.GET('/status', stream('empty'))).data).toBeUndefined();
    expect(await rejection(client.GET('/status', stream('too large')))).toBeInstanceOf(ResponseTooLargeError);
    const { data } = await client.GET('/status', stream('ok'));
    expect(await new Response(data as ReadableStream).json()).toEqual({ ok: true });

    // What remains on the signal is only what the runtime failed to remove: the Requests' own listeners are weak.
    expect(await abortListenersAfterGc(signal)).toBe(0);
  });

  it('passes a caller abort through while a JSON body is still arriving', async () => {
    const controller = new AbortController();
    const reason = new Error('user navigated away');
    // The caller gives up once the server has sent part of the body (whatever the machine's load).
    const server = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"ok":', () => setTimeout(() => controller.abort(reason), 20));
    });
    const started = performance.now();
    expect(
      await rejection(clientFor(server, { timeoutMs: 10_000 }).GET('/status', { signal: controller.signal })),
    ).toBe(reason);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(server.requests).toHaveLength(1);
  });

  it('passes a caller abort through unchanged and never retries it', async () => {
    const controller = new AbortController();
    // The caller gives up while the server holds the request.
    const server = await serve(() => void setTimeout(() => controller.abort(), 20));
    const warnings: string[] = [];
    const client = clientFor(server, { timeoutMs: 10_000, logger: { warn: (message) => warnings.push(message) } });
    const error = await rejection(client.GET('/status', { signal: controller.signal }));
    expect((error as Error).name).toBe('AbortError');
    expect(error).not.toBeInstanceOf(ApiError);
    expect(server.requests).toHaveLength(1);
    expect(warnings).toEqual([]); // not treated as a failure worth retrying
  });

  it('stops waiting between retries when the caller aborts', async () => {
    const controller = new AbortController();
    const reason = new Error('user navigated away');
    const server = await serve((_req, res) => {
      sendJson(res, 503, {}, { 'retry-after': '30' });
      setTimeout(() => controller.abort(reason), 50);
    });
    const started = performance.now();
    expect(await rejection(clientFor(server).GET('/status', { signal: controller.signal }))).toBe(reason);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(server.requests).toHaveLength(1);
  });

  it('passes a caller abort through while the token source or a credential function is still pending', async () => {
    const reason = new Error('gave up');
    const refused = `tok-${randomUUID()}`;
    const controllers = {
      getAccessToken: new AbortController(),
      handleUnauthorized: new AbortController(),
      credentials: new AbortController(),
    };
    // Each never settles; the caller gives up once it has been called.
    const pendingFor = (controller: AbortController) => () => {
      setTimeout(() => controller.abort(reason), 10);
      return new Promise<string>(() => {});
    };
    const server = await serve((req, res) =>
      req.headers.authorization === `Bearer ${refused}` ? sendJson(res, 401, {}) : sendJson(res, 200, { ok: true }),
    );
    const operations = {
      routes,
      security: { getStatus: [{ partnerKey: [] }] },
      securitySchemes: { partnerKey: { type: 'apiKey', in: 'header', name: 'X-Partner-Key' } },
    } as const;
    const calls = {
      getAccessToken: clientFor(server, {
        tokenSource: {
          getAccessToken: pendingFor(controllers.getAccessToken),
          handleUnauthorized: async () => 'unused',
          grantedScopes: () => undefined,
        },
      }).GET('/status', { signal: controllers.getAccessToken.signal }),
      handleUnauthorized: clientFor(server, {
        tokenSource: {
          getAccessToken: async () => refused,
          handleUnauthorized: pendingFor(controllers.handleUnauthorized),
          grantedScopes: () => undefined,
        },
      }).GET('/status', { signal: controllers.handleUnauthorized.signal }),
      credentials: clientFor(server, {
        operations,
        credentials: { partnerKey: pendingFor(controllers.credentials) },
      }).GET('/status', { signal: controllers.credentials.signal }),
    };
    const outcomes = await Promise.all(
      Object.entries(calls).map(async ([name, call]) => {
        const outcome = await Promise.race([
          rejection(call),
          new Promise((resolve) => setTimeout(() => resolve('still pending'), 2_000)),
        ]);
        // The reason itself, unchanged: not wrapped, not a timeout.
        return [name, outcome === reason ? 'the caller reason' : outcome];
      }),
    );
    expect(Object.fromEntries(outcomes)).toEqual({
      getAccessToken: 'the caller reason',
      handleUnauthorized: 'the caller reason',
      credentials: 'the caller reason',
    });
    // Only the request whose token was refused reached the server.
    expect(server.requests).toHaveLength(1);
  });

  it('sends nothing when the signal is already aborted', async () => {
    const server = await serve((_req, res) => sendJson(res, 200, { ok: true }));
    expect(await rejection(clientFor(server).GET('/status', { signal: AbortSignal.abort() }))).toMatchObject({
      name: 'AbortError',
    });
    expect(server.requests).toHaveLength(0);
  });

  it('turns a reset connection into ApiConnectionError with attempts, and sends a POST once', async () => {
    const server = await serve((req) => void req.socket.destroy());
    const error = await rejection(
      clientFor(server).GET('/users/{userId}/accounts', { params: { path: { userId: USER } } }),
    );
    expect(error).toBeInstanceOf(ApiConnectionError);
    expect(error).not.toBeInstanceOf(ApiTimeoutError);
    expect(error).toMatchObject({
      code: 'ERR_DTK_API_CONNECTION',
      attempts: 3,
      operationId: 'getAccounts',
      status: undefined,
    });
    expect(server.requests).toHaveLength(3);

    const post = await rejection(
      clientFor(server).POST('/users/{userId}/payments', {
        params: { path: { userId: USER } },
        body: { payeeId: 'p', amount: '1.00' },
      }),
    );
    expect(post).toMatchObject({ name: 'ApiConnectionError', attempts: 1 });
    expect(server.requests).toHaveLength(4);
  });

  it('turns a refused connection into ApiConnectionError', async () => {
    const server = await startTestServer(stall);
    const client = clientFor(server, { retry: false });
    await server.close();
    expect(await rejection(client.GET('/status'))).toMatchObject({ name: 'ApiConnectionError', attempts: 1 });
  });

  it('turns a body that breaks off into ApiConnectionError', async () => {
    const server = await serve((req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"ok":');
      setTimeout(() => req.socket.destroy(), 20);
    });
    const error = await rejection(clientFor(server).GET('/status'));
    expect(error).toBeInstanceOf(ApiConnectionError);
    expect((error as Error).message).toContain('the response body broke off');
  });
});

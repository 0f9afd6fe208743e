import { DtkError } from '@dtk/core';
import { answerUnauthorizedCase, sendJson, UNAUTHORIZED_CASES, type UnauthorizedCase } from '@dtk/testkit';
import type { Middleware } from 'openapi-fetch';
import { describe, expect, it } from 'vitest';
import {
  createApiClient,
  getAttempts,
  type LogFields,
  PermissionDeniedError,
  ReauthenticationRequiredError,
  type TokenSource,
  unwrap,
} from '../src/index.js';
import { clientFor, rejection, sequence, serve, USER } from './helpers.js';

/** What @dtk/auth throws when a session cannot be renewed: a DtkError with the shared re-authentication code. */
class SessionEndedError extends DtkError {
  static override readonly code = 'ERR_DTK_REAUTHENTICATION_REQUIRED';
  override readonly name = 'ReauthenticationRequiredError';
}

/**
 * A structural token source with the semantics `TokenManager` has: compare-and-refresh, one renewal in flight shared
 * by every caller, a failed renewal ending the session.
 */
class TestTokenSource implements TokenSource {
  current = 'token-1';
  renewals = 0;
  #version = 1;
  #pending: Promise<string> | undefined;

  constructor(private readonly renewal: UnauthorizedCase['renewal']) {}

  async getAccessToken(): Promise<string> {
    return this.current;
  }

  handleUnauthorized(rejected: string): Promise<string> {
    if (rejected !== this.current) return Promise.resolve(this.current);
    this.#pending ??= (async () => {
      await new Promise((resolve) => setTimeout(resolve, 10));
      this.renewals += 1;
      if (this.renewal === 'fails') throw new SessionEndedError('the refresh token was revoked (invalid_grant)', {});
      this.current = `token-${++this.#version}`;
      return this.current;
    })().finally(() => {
      this.#pending = undefined;
    });
    return this.#pending;
  }

  /** Another call renewed the token meanwhile. */
  renewedElsewhere(): void {
    this.current = `token-${++this.#version}`;
  }

  grantedScopes(): undefined {
    return undefined;
  }
}

describe('the one renew-and-resend after a 401, for every case of the shared table', () => {
  it.each(UNAUTHORIZED_CASES.map((entry) => [entry.name, entry] as const))('%s', async (_name, entry) => {
    const tokens = new TestTokenSource(entry.renewal);
    const sendsPerCall = new Map<string, number>();
    const bodies: string[] = [];
    const server = await serve((req, res) => {
      const call = String(req.headers['x-call']);
      const send = sendsPerCall.get(call) ?? 0;
      sendsPerCall.set(call, send + 1);
      if (req.method === 'POST') bodies.push(req.body);
      if (entry.renewedElsewhere && send === 0) tokens.renewedElsewhere();
      answerUnauthorizedCase(res, entry, send, { paymentId: 'pay-1', ok: true });
    });
    const client = clientFor(server, { tokenSource: tokens, retry: false });
    const call = (index: number) => {
      const headers = { 'x-call': String(index) };
      return entry.method === 'POST'
        ? unwrap(
            client.POST('/users/{userId}/payments', {
              params: { path: { userId: USER } },
              body: entry.body as never,
              headers,
            }),
          )
        : unwrap(client.GET('/status', { headers }));
    };

    const outcomes = await Promise.allSettled(Array.from({ length: entry.concurrency }, (_, index) => call(index)));

    for (const outcome of outcomes) {
      if (entry.expected.outcome === 'ok') {
        expect(outcome).toMatchObject({ status: 'fulfilled', value: { ok: true } });
        continue;
      }
      expect(outcome.status).toBe('rejected');
      const reason = (outcome as PromiseRejectedResult).reason;
      if (entry.expected.outcome === 'forbidden') expect(reason).toBeInstanceOf(PermissionDeniedError);
      else {
        expect(reason).toBeInstanceOf(ReauthenticationRequiredError);
        expect(reason).toBeInstanceOf(SessionEndedError);
        expect(reason.code).toBe('ERR_DTK_REAUTHENTICATION_REQUIRED');
      }
    }
    expect(server.requests).toHaveLength(entry.expected.sends);
    expect(tokens.renewals).toBe(entry.expected.renewals);
    // Every re-send carries the token source's current token; a POST re-sends the same body.
    for (const [index, request] of server.requests.entries()) {
      const resent = server.requests
        .slice(0, index)
        .some((earlier) => earlier.headers['x-call'] === request.headers['x-call']);
      if (resent) expect(request.headers.authorization).toBe(`Bearer ${tokens.current}`);
    }
    if (entry.body) for (const body of bodies) expect(JSON.parse(body)).toEqual(entry.body);
  });

  it('keeps the refused response in the re-authentication error, redacted, and counts both sends', async () => {
    const tokens = new TestTokenSource('renews');
    const server = await serve((req, res) =>
      sendJson(res, 401, { errorCode: 401, messages: `token ${req.headers.authorization} expired` }),
    );
    const error = (await rejection(
      clientFor(server, { tokenSource: tokens }).GET('/status'),
    )) as ReauthenticationRequiredError;
    expect(error).toBeInstanceOf(ReauthenticationRequiredError);
    expect(error).toMatchObject({ status: 401, attempts: 2, operationId: 'getStatus', reason: 'unauthorized' });
    expect(JSON.stringify(error)).not.toContain('token-2');
    expect(String(error.message)).not.toContain('token-2');
  });

  it('retries a re-send like any attempt, and never renews for a static access token', async () => {
    const tokens = new TestTokenSource('renews');
    const server = await serve(
      sequence(
        (res) => sendJson(res, 401, {}),
        (res) => sendJson(res, 503, {}),
        (res) => sendJson(res, 200, { ok: true }),
      ),
    );
    const result = await clientFor(server, { tokenSource: tokens }).GET('/status');
    expect(result.data).toEqual({ ok: true });
    expect(getAttempts(result)).toBe(3);
    expect(server.requests.map((r) => r.headers.authorization)).toEqual([
      'Bearer token-1',
      'Bearer token-2',
      'Bearer token-2',
    ]);

    const fixed = await serve((_req, res) => sendJson(res, 401, {}));
    const refused = await clientFor(fixed, { accessToken: 'static-token' }).GET('/status');
    expect(refused.response.status).toBe(401);
    expect(fixed.requests).toHaveLength(1);
  });

  it('refuses a renewed token that would break the header, without quoting it', async () => {
    const server = await serve((_req, res) => sendJson(res, 401, {}));
    const tokens: TokenSource = {
      getAccessToken: async () => 'token-1',
      handleUnauthorized: async () => 'secret\r\nX-Injected: 1',
      grantedScopes: () => undefined,
    };
    const error = await rejection(clientFor(server, { tokenSource: tokens }).GET('/status'));
    expect(error).toBeInstanceOf(TypeError);
    expect(String(error)).not.toContain('secret');
    expect(server.requests).toHaveLength(1);
  });

  it('refuses tokenSource and accessToken together', () => {
    expect(() =>
      createApiClient({ baseUrl: 'https://api.example', tokenSource: new TestTokenSource('renews'), accessToken: 'b' }),
    ).toThrow(TypeError);
  });
});

describe('a middleware that re-sends through options.fetch (plain openapi-fetch style)', () => {
  /**
   * Behaves like @dtk/auth's authMiddleware: sets the bearer token, keeps a clone made before the first send (keyed
   * by openapi-fetch's per-call options object and request id), and on a 401 re-sends that clone once through
   * `options.fetch` with a renewed token.
   */
  function refreshingAuth(tokens: string[]): Middleware {
    let current = tokens.shift() as string;
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
        current = tokens.shift() as string;
        copy.headers.set('Authorization', `Bearer ${current}`);
        return options.fetch(copy);
      },
    };
  }

  it('goes through the call’s own loop: retries, operationId and a continuing attempt count', async () => {
    const server = await serve(
      sequence(
        (res) => sendJson(res, 401, { errorCode: 401, messages: 'expired' }),
        (res) => sendJson(res, 503, {}),
        (res) => sendJson(res, 200, { accounts: [] }),
      ),
    );
    const entries: LogFields[] = [];
    const client = clientFor(server, { logger: { info: (_message, fields) => entries.push(fields) } });
    client.use(refreshingAuth(['old-token', 'new-token']));
    const result = await client.GET('/users/{userId}/accounts', {
      params: { path: { userId: USER } },
      timeoutMs: 5_000,
    });
    expect(result.data).toEqual({ accounts: [] });
    expect(getAttempts(result)).toBe(3);
    expect(entries.map((e) => [e.status, e.attempt, e.operationId])).toEqual([
      [401, 1, 'getAccounts'],
      [503, 2, 'getAccounts'],
      [200, 3, 'getAccounts'],
    ]);
    expect(server.requests.map((r) => r.headers.authorization)).toEqual([
      'Bearer old-token',
      'Bearer new-token',
      'Bearer new-token',
    ]);
  });
});

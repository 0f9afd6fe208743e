import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type Sandbox, startSandbox } from '../src/index.js';
import { call } from './support/http.js';
import { clientCredentials } from './support/oauth.js';

let sandbox: Sandbox;
let token: string;

beforeAll(async () => {
  // A rule given at start: the first call of the user profile answers 503.
  sandbox = await startSandbox({ faults: [{ operation: 'getUser', status: 503, times: 1 }] });
  token = (
    await sandbox.tokens.consumer({
      scope:
        'openid https://api.banno.com/consumer/auth/user.profile.readonly https://api.banno.com/consumer/auth/accounts.readonly https://api.banno.com/consumer/auth/accounts.readwrite',
    })
  ).accessToken;
});
afterAll(() => sandbox.stop());
afterEach(() => sandbox.faults.clear());

const userUrl = (path = '') => `${sandbox.consumer.baseUrl}/users/${sandbox.users[0]?.userId}${path}`;

describe('fault rules', () => {
  it('given at start apply as many times as they say, then the route behaves again', async () => {
    const failed = await call('GET', userUrl(), { token });
    expect(failed.status).toBe(503);
    expect(failed.body).toEqual({ errorCode: 503, messages: 'injected fault: 503' });
    expect((await call('GET', userUrl(), { token })).status).toBe(200);
  });

  it('answer 429 with Retry-After, in the API shape', async () => {
    sandbox.faults.add({ operation: 'listAccounts', retryAfterSeconds: 2 });
    const limited = await call('GET', userUrl('/accounts'), { token });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('2');
    expect(limited.body).toEqual({ errorCode: 429, messages: 'injected fault: 429' });
    expect(sandbox.faults.list()).toEqual([
      expect.objectContaining({ rule: { operation: 'listAccounts', retryAfterSeconds: 2, status: 429 }, hits: 1 }),
    ]);
  });

  it('add latency before the answer', async () => {
    sandbox.faults.add({ path: userUrl().replace(sandbox.consumer.origin, ''), latencyMs: 400 });
    const started = performance.now();
    expect((await call('GET', userUrl(), { token })).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(390);
    // Another route is not slowed: the rule did not match it.
    await call('GET', userUrl('/accounts'), { token });
    expect(sandbox.faults.list()[0]?.hits).toBe(1);
  });

  it('reset the connection', async () => {
    sandbox.faults.add({ api: 'consumer-api', method: 'GET', reset: true, times: 1 });
    const error = await fetch(userUrl(), { headers: { authorization: `Bearer ${token}` } }).then(
      () => undefined,
      (caught: Error) => caught,
    );
    expect(error?.cause).toMatchObject({ code: expect.stringMatching(/^(ECONNRESET|UND_ERR_SOCKET)$/) });
    expect((await call('GET', userUrl(), { token })).status).toBe(200);
  });

  it('match route templates and provider endpoints too: a token endpoint outage', async () => {
    sandbox.faults.add({ path: '/a/consumer/api/v0/users/{userId}/accounts', status: 500, times: 1 });
    expect((await call('GET', userUrl('/accounts'), { token })).status).toBe(500);
    sandbox.faults.add({ operation: 'requestToken', status: 503, times: 1 });
    const outage = await clientCredentials(sandbox.admin.tokenUrl, sandbox.clients.adminJob, 'openid');
    expect(outage.status).toBe(503);
    expect(outage.body).toEqual({ error: 'temporarily_unavailable', error_description: 'injected fault: 503' });
    expect((await sandbox.tokens.admin()).accessToken).toBeTruthy();
  });

  it('can be set from another process through /__sandbox/faults', async () => {
    const control = `${sandbox.admin.origin}/__sandbox/faults`;
    const added = await call('POST', control, { body: { operation: 'getUser', status: 502 } });
    expect(added.status).toBe(201);
    expect((await call('GET', userUrl(), { token })).status).toBe(502);
    expect((await call('GET', control)).body.faults).toEqual([expect.objectContaining({ id: added.body.id, hits: 1 })]);
    expect((await call('DELETE', `${control}/${added.body.id}`)).status).toBe(204);
    expect((await call('GET', userUrl(), { token })).status).toBe(200);

    const invalid = await call('POST', control, { body: { operation: 'getUser', status: 200 } });
    expect(invalid).toMatchObject({
      status: 400,
      body: { message: 'fault rule: status must be an HTTP error status (400-599)' },
    });
    expect((await call('DELETE', control)).status).toBe(204);
  });

  it('refuses a change a web page could send: not JSON (no preflight), or from another origin', async () => {
    const control = `${sandbox.admin.origin}/__sandbox/faults`;
    const rule = JSON.stringify({ reset: true });
    // A cross-site "simple" request: text/plain needs no CORS preflight, so a browser would send it as is.
    const simple = await fetch(control, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: rule });
    expect(simple.status).toBe(415);
    expect(await simple.json()).toEqual({
      error: 'unsupported_media_type',
      message: 'a fault rule is sent as Content-Type: application/json',
    });
    for (const [method, url] of [
      ['POST', control],
      ['DELETE', control],
      ['DELETE', `${control}/fault-1`],
    ] as const) {
      const foreign = await fetch(url, {
        method,
        headers: { 'content-type': 'application/json', origin: 'https://attacker.example' },
        ...(method === 'POST' && { body: rule }),
      });
      expect(foreign.status, `${method} ${url}`).toBe(403);
      expect(await foreign.json()).toEqual({
        error: 'forbidden',
        message: 'the fault rules can only be changed from the sandbox itself or a process without an Origin',
      });
    }
    expect(sandbox.faults.list()).toEqual([]);
    // The sandbox's own origins (any of its hosts) may change them.
    const own = await fetch(control, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8', origin: sandbox.consumer.origin },
      body: JSON.stringify({ operation: 'getUser', status: 502 }),
    });
    expect(own.status).toBe(201);
    expect((await call('DELETE', control)).status).toBe(204);
  });
});

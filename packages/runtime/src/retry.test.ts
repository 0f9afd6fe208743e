import { afterEach, describe, expect, it } from 'vitest';
import { sendJson, startTestServer, type TestHandler, type TestServer } from '@dtk/testkit';
import { CallContexts } from './call-context.js';
import { TimeoutError } from './errors.js';
import { createRetryingFetch, type RetryClock } from './retry.js';
import { resolveRetryPolicy, type RetryOptions } from './retry-policy.js';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A clock whose sleeps return at once and are recorded, so real backoff values can be checked without waiting. */
function recordingClock(random: number): RetryClock & { delays: number[] } {
  const delays: number[] = [];
  return {
    delays,
    now: () => performance.now(),
    random: () => random,
    async sleep(ms) {
      delays.push(ms);
    },
  };
}

async function setup(handler: TestHandler, retry: RetryOptions, clock: RetryClock) {
  server = await startTestServer(handler);
  const contexts = new CallContexts({ retry: resolveRetryPolicy(retry), timeoutMs: 5_000 });
  const fetch = createRetryingFetch({ fetch: globalThis.fetch, contexts, clock });
  return { fetch, url: `${server.url}/thing`, requests: server.requests };
}

describe('retrying fetch: delays', () => {
  it('backs off exponentially within the full-jitter bounds', async () => {
    const clock = recordingClock(0.999);
    const { fetch, url } = await setup((_req, res) => sendJson(res, 503, {}), { maxRetries: 5 }, clock);
    const response = await fetch(url);
    expect(response.status).toBe(503);
    const ceilings = [500, 1000, 2000, 4000, 8000];
    expect(clock.delays).toHaveLength(5);
    clock.delays.forEach((delay, i) => {
      expect(delay).toBeLessThanOrEqual(ceilings[i]!);
      expect(delay).toBeGreaterThan(ceilings[i]! * 0.99);
    });
  });

  it('uses Retry-After seconds exactly, without jitter', async () => {
    const clock = recordingClock(0);
    const { fetch, url, requests } = await setup(
      (_req, res) => (requests.length === 1 ? sendJson(res, 429, {}, { 'retry-after': '2' }) : sendJson(res, 200, {})),
      {},
      clock,
    );
    expect((await fetch(url)).status).toBe(200);
    expect(clock.delays).toEqual([2000]);
  });

  it('uses a Retry-After HTTP date', async () => {
    const clock = recordingClock(0);
    const { fetch, url, requests } = await setup(
      (_req, res) =>
        requests.length === 1 ? sendJson(res, 503, {}, { 'retry-after': new Date(Date.now() + 3000).toUTCString() }) : sendJson(res, 200, {}),
      {},
      clock,
    );
    expect((await fetch(url)).status).toBe(200);
    expect(clock.delays).toHaveLength(1);
    expect(clock.delays[0]).toBeGreaterThan(1000);
    expect(clock.delays[0]).toBeLessThanOrEqual(3000);
  });

  it('prefers retry-after-ms, and falls back to backoff on garbage', async () => {
    const clock = recordingClock(0.5);
    const { fetch, url, requests } = await setup(
      (_req, res) => {
        if (requests.length === 1) sendJson(res, 503, {}, { 'retry-after-ms': '1500', 'retry-after': '9' });
        else if (requests.length === 2) sendJson(res, 503, {}, { 'retry-after': 'whenever' });
        else sendJson(res, 200, {});
      },
      {},
      clock,
    );
    expect((await fetch(url)).status).toBe(200);
    expect(clock.delays).toEqual([1500, 500]);
  });

  it('returns the response instead of waiting longer than maxRetryAfterMs', async () => {
    const clock = recordingClock(0);
    const { fetch, url, requests } = await setup((_req, res) => sendJson(res, 503, {}, { 'retry-after': '11' }), { maxRetryAfterMs: 10_000 }, clock);
    const response = await fetch(url);
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('11');
    expect(clock.delays).toEqual([]);
    expect(requests).toHaveLength(1);
  });

  it('uses equal jitter when asked', async () => {
    const clock = recordingClock(0);
    const { fetch, url } = await setup((_req, res) => sendJson(res, 500, {}), { jitter: 'equal', maxRetries: 2 }, clock);
    await fetch(url);
    expect(clock.delays).toEqual([250, 500]);
  });
});

describe('retrying fetch: a base fetch that ignores its signal', () => {
  it('still times out each attempt', async () => {
    // A fault a real server cannot produce: a fetch implementation that never settles and ignores abort.
    let calls = 0;
    const hanging = () => {
      calls += 1;
      return new Promise<Response>(() => {});
    };
    const contexts = new CallContexts({ retry: resolveRetryPolicy({ maxRetries: 1 }), timeoutMs: 30 });
    const fetch = createRetryingFetch({ fetch: hanging, contexts, clock: recordingClock(0) });
    const error = await fetch('http://127.0.0.1:9/never').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ attempts: 2, timeoutMs: 30 });
    expect(calls).toBe(2);
  });
});

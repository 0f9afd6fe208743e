import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backoffDelay, maxAttemptsFor, parseRetryAfter, resolveRetryPolicy, retryDelay } from './retry.js';

const defaults = { baseDelayMs: 500, maxDelayMs: 8000 };
const unit = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });

describe('backoffDelay', () => {
  it('doubles from 0.5 s and caps at 8 s without jitter', () => {
    const delays = [0, 1, 2, 3, 4, 5, 10].map((n) => backoffDelay(n, { ...defaults, jitter: 'none' }));
    expect(delays).toEqual([500, 1000, 2000, 4000, 8000, 8000, 8000]);
  });

  it('full jitter stays in [0, min(0.5 s·2^n, 8 s)]', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 }), unit, (n, r) => {
        const delay = backoffDelay(n, { ...defaults, jitter: 'full' }, () => r);
        return delay >= 0 && delay <= Math.min(500 * 2 ** n, 8000);
      }),
    );
  });

  it('equal jitter stays in [d/2, d]', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 }), unit, (n, r) => {
        const delay = backoffDelay(n, { ...defaults, jitter: 'equal' }, () => r);
        const ceiling = Math.min(500 * 2 ** n, 8000);
        return delay >= ceiling / 2 && delay <= ceiling;
      }),
    );
  });

  it('uses the random source it is given', () => {
    expect(backoffDelay(1, { ...defaults, jitter: 'full' }, () => 0.25)).toBe(250);
    expect(backoffDelay(1, { ...defaults, jitter: 'equal' }, () => 0.5)).toBe(750);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-01-02T03:04:05Z');
  const parse = (headers: Record<string, string>) => parseRetryAfter(new Headers(headers), now);

  it('reads delay-seconds', () => {
    expect(parse({ 'retry-after': '2' })).toBe(2000);
    expect(parse({ 'retry-after': '0' })).toBe(0);
    expect(parse({ 'retry-after': ' 1.5 ' })).toBe(1500);
  });

  it('reads an HTTP date relative to now, never negative', () => {
    expect(parse({ 'retry-after': 'Fri, 02 Jan 2026 03:04:08 GMT' })).toBe(3000);
    expect(parse({ 'retry-after': 'Fri, 02 Jan 2026 03:00:00 GMT' })).toBe(0);
  });

  it('reads the obsolete RFC 850 and asctime date forms too, asctime as GMT whatever the local time zone', () => {
    const zone = process.env.TZ;
    process.env.TZ = 'America/Chicago';
    try {
      expect(parse({ 'retry-after': 'Friday, 02-Jan-26 03:04:08 GMT' })).toBe(3000);
      expect(parse({ 'retry-after': 'Fri Jan  2 03:04:08 2026' })).toBe(3000);
      expect(parse({ 'retry-after': 'Mon Jan 12 03:04:05 2026' })).toBe(10 * 24 * 3600 * 1000);
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it('takes nothing but an HTTP-date for a date, however leniently Date.parse reads it', () => {
    for (const value of [
      'Tue 5',
      'in 5',
      'retry in 10',
      'Jan 5',
      '2026-01-02T03:04:08Z',
      'Fri, 02 Jan 2026 03:04:08',
      'Fri, 02 Jan 2026 03:04:08 +0000',
      'Fri, 2 Jan 2026 03:04:08 GMT',
      'Fri, 02 Jan 2026 03:04:08 GMT trailing',
      'Fri Jan 2 03:04:08 2026',
      'Fri, 02 Xyz 2026 03:04:08 GMT',
      'Fri Est  2 03:04:08 2026',
      'fri, 02 jan 2026 03:04:08 gmt',
    ]) {
      expect(parse({ 'retry-after': value }), value).toBeUndefined();
    }
  });

  it('prefers retry-after-ms', () => {
    expect(parse({ 'retry-after-ms': '1500', 'retry-after': '5' })).toBe(1500);
  });

  it('ignores what it cannot parse', () => {
    expect(parse({})).toBeUndefined();
    expect(parse({ 'retry-after': '-5' })).toBeUndefined();
    expect(parse({ 'retry-after': 'soon' })).toBeUndefined();
    expect(parse({ 'retry-after': '' })).toBeUndefined();
    expect(parse({ 'retry-after-ms': 'NaN', 'retry-after': '1' })).toBe(1000);
  });
});

describe('retry policy', () => {
  const request = (method: string, headers: Record<string, string> = {}) =>
    new Request('http://x/', { method, headers });

  it('defaults to 2 retries on 408, 429 and 5xx for idempotent methods', () => {
    const policy = resolveRetryPolicy(undefined);
    expect(policy.maxRetries).toBe(2);
    expect([408, 429, 500, 503, 599].every(policy.retryOnStatus)).toBe(true);
    expect([400, 401, 403, 404, 409, 422].some(policy.retryOnStatus)).toBe(false);
    // Beyond 599: not a server error, only what a broken proxy may send.
    expect([600, 999].some(policy.retryOnStatus)).toBe(false);
    for (const method of ['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE'])
      expect(maxAttemptsFor(request(method), policy)).toBe(3);
    expect(maxAttemptsFor(request('POST'), policy)).toBe(1);
    expect(maxAttemptsFor(request('PATCH'), policy)).toBe(1);
    expect(maxAttemptsFor(request('POST', { 'Idempotency-Key': 'k' }), policy)).toBe(3);
  });

  it('layers overrides over a base and honours a custom key header', () => {
    const base = resolveRetryPolicy({ maxRetries: 5 });
    const policy = resolveRetryPolicy({ idempotencyKeyHeader: 'X-Request-Key', idempotentMethods: ['get'] }, base);
    expect(policy.maxRetries).toBe(5);
    expect(maxAttemptsFor(request('POST', { 'x-request-key': 'k' }), policy)).toBe(6);
    expect(maxAttemptsFor(request('PUT'), policy)).toBe(1);
    expect(resolveRetryPolicy(false, base).maxRetries).toBe(0);
    expect(maxAttemptsFor(request('GET'), resolveRetryPolicy(false, base))).toBe(1);
  });

  it('rejects bad values at once, naming the option', () => {
    expect(() => resolveRetryPolicy({ maxRetries: -1 })).toThrow(/^retry\.maxRetries must be a whole number/);
    expect(() => resolveRetryPolicy({ maxRetries: 1.5 })).toThrow(RangeError);
    expect(() => resolveRetryPolicy({ baseDelayMs: Number.NaN })).toThrow(/^retry\.baseDelayMs/);
    expect(() => resolveRetryPolicy({ jitter: 'some' as 'full' })).toThrow(RangeError);
  });

  it('waits as the server asks within maxRetryAfterMs, and returns the response when it asks for longer', () => {
    const policy = resolveRetryPolicy({ maxRetryAfterMs: 10_000 });
    const response = (status: number, headers: Record<string, string> = {}) => new Response(null, { status, headers });
    expect(retryDelay(response(503, { 'retry-after': '2' }), 0, policy, () => 0)).toBe(2000);
    expect(retryDelay(response(503, { 'retry-after': '11' }), 0, policy, () => 0)).toBeUndefined();
    expect(retryDelay(response(503), 1, policy, () => 0.5)).toBe(500);
    expect(retryDelay(response(404), 0, policy, () => 0.5)).toBeUndefined();
  });
});

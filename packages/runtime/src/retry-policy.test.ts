import { describe, expect, it } from 'vitest';
import { isRetryableRequest, resolveRetryPolicy } from './retry-policy.js';

describe('resolveRetryPolicy', () => {
  it('defaults to 2 retries on 408, 429 and 5xx for idempotent methods', () => {
    const policy = resolveRetryPolicy(undefined);
    expect(policy.maxRetries).toBe(2);
    expect([408, 429, 500, 503, 599].every(policy.retryOnStatus)).toBe(true);
    expect([400, 401, 403, 404, 409, 422].some(policy.retryOnStatus)).toBe(false);
    for (const method of ['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']) {
      expect(isRetryableRequest(new Request('http://x/', { method }), policy)).toBe(true);
    }
    expect(isRetryableRequest(new Request('http://x/', { method: 'POST' }), policy)).toBe(false);
    expect(isRetryableRequest(new Request('http://x/', { method: 'PATCH' }), policy)).toBe(false);
    expect(isRetryableRequest(new Request('http://x/', { method: 'POST', headers: { 'Idempotency-Key': 'k' } }), policy)).toBe(true);
  });

  it('layers overrides over a base and honours a custom key header', () => {
    const base = resolveRetryPolicy({ maxRetries: 5 });
    const policy = resolveRetryPolicy({ idempotencyKeyHeader: 'X-Request-Key', idempotentMethods: ['get'] }, base);
    expect(policy.maxRetries).toBe(5);
    expect(isRetryableRequest(new Request('http://x/', { method: 'POST', headers: { 'x-request-key': 'k' } }), policy)).toBe(true);
    expect(isRetryableRequest(new Request('http://x/', { method: 'PUT' }), policy)).toBe(false);
    expect(resolveRetryPolicy(false, base).maxRetries).toBe(0);
  });

  it('rejects bad values at once', () => {
    expect(() => resolveRetryPolicy({ maxRetries: -1 })).toThrow(RangeError);
    expect(() => resolveRetryPolicy({ maxRetries: 1.5 })).toThrow(RangeError);
    expect(() => resolveRetryPolicy({ baseDelayMs: Number.NaN })).toThrow(RangeError);
    expect(() => resolveRetryPolicy({ jitter: 'some' as 'full' })).toThrow(RangeError);
  });
});

import { describe, expect, it } from 'vitest';
import { FaultInjector, validateFaultRule } from './faults.js';

const target = {
  api: 'consumer-api',
  operation: 'listAccounts',
  method: 'GET',
  path: '/a/consumer/api/v0/users/u1/accounts',
  template: '/a/consumer/api/v0/users/{userId}/accounts',
};

describe('fault rules', () => {
  it('match by api, operation, method, and request path or route template', () => {
    for (const rule of [
      { api: 'consumer-api' },
      { operation: 'listAccounts' },
      { method: 'get' },
      { path: target.path },
      { path: target.template },
    ]) {
      expect(new FaultInjector([{ ...rule, status: 500 }]).take(target), JSON.stringify(rule)).toMatchObject({
        status: 500,
      });
    }
    expect(new FaultInjector([{ operation: 'getUser', status: 500 }]).take(target)).toBeUndefined();
  });

  it('count down their times and disappear; add latencies; the first answering rule wins', () => {
    const faults = new FaultInjector([
      { operation: 'listAccounts', latencyMs: 100 },
      { api: 'consumer-api', status: 503, times: 2 },
      { method: 'GET', reset: true },
    ]);
    expect(faults.take(target)).toEqual({ latencyMs: 100, reset: false, status: 503, retryAfterSeconds: undefined });
    expect(faults.take(target)).toMatchObject({ status: 503 });
    expect(faults.take(target)).toEqual({
      latencyMs: 100,
      reset: true,
      status: undefined,
      retryAfterSeconds: undefined,
    });
    expect(faults.list().map((fault) => fault.hits)).toEqual([3, 3]);
  });

  it('are checked, with the reason, and a Retry-After alone means 429', () => {
    expect(validateFaultRule({ retryAfterSeconds: 5 })).toEqual({ retryAfterSeconds: 5, status: 429 });
    expect(() => validateFaultRule({ operation: 'x' })).toThrow(
      'fault rule: give at least one of latencyMs, status, retryAfterSeconds or reset',
    );
    expect(() => validateFaultRule({ status: 302 })).toThrow('status must be an HTTP error status (400-599)');
    expect(() => validateFaultRule({ reset: true, status: 500 })).toThrow('reset cannot be combined');
    expect(() => validateFaultRule({ latency: 5 })).toThrow('unknown field "latency"');
    expect(() => validateFaultRule({ latencyMs: -1 })).toThrow('latencyMs must be between');
    expect(() => validateFaultRule({ status: 500, times: 0 })).toThrow('times must be a positive whole number');
  });
});

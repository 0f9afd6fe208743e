import { getEventListeners } from 'node:events';
import { describe, expect, it } from 'vitest';
import { settleOrAbort, startAttempt } from './timeouts.js';

describe('startAttempt', () => {
  it('aborts with the timeout reason and says it timed out', async () => {
    const attempt = startAttempt(new AbortController().signal, 10, () => new Error('deadline'));
    await new Promise((resolve) => attempt.signal.addEventListener('abort', resolve));
    expect(attempt.timedOut()).toBe(true);
    expect((attempt.signal.reason as Error).message).toBe('deadline');
    attempt.clear();
  });

  it('follows the caller with the caller’s reason, and is not a timeout', () => {
    const caller = new AbortController();
    const attempt = startAttempt(caller.signal, 10_000, () => new Error('deadline'));
    const reason = new Error('stop');
    caller.abort(reason);
    expect(attempt.signal.reason).toBe(reason);
    expect(attempt.timedOut()).toBe(false);
    attempt.clear();
  });

  it('starts aborted for an aborted caller', () => {
    const attempt = startAttempt(AbortSignal.abort(new Error('already')), 10_000, () => undefined);
    expect((attempt.signal.reason as Error).message).toBe('already');
    attempt.clear();
  });

  it('leaves no listener on a long-lived caller signal', () => {
    const caller = new AbortController();
    for (let i = 0; i < 50; i++) startAttempt(caller.signal, 10_000, () => undefined).clear();
    expect(getEventListeners(caller.signal, 'abort')).toHaveLength(0);
  });

  it('has no timer for an infinite timeout, and works without a caller', () => {
    const attempt = startAttempt(undefined, Infinity, () => undefined);
    expect(attempt.signal.aborted).toBe(false);
    attempt.clear();
  });
});

describe('settleOrAbort', () => {
  it('releases what arrives too late', async () => {
    const controller = new AbortController();
    let resolveLate!: (response: Response) => void;
    const late = new Promise<Response>((resolve) => (resolveLate = resolve));
    const released: Response[] = [];
    const raced = settleOrAbort(late, controller.signal, (response) => released.push(response));
    controller.abort(new Error('timeout'));
    await expect(raced).rejects.toThrow('timeout');
    const response = new Response('late body');
    resolveLate(response);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(released).toEqual([response]);
  });

  it('passes the value and the failure through, and leaves no listener', async () => {
    const controller = new AbortController();
    await expect(settleOrAbort(Promise.resolve(1), controller.signal)).resolves.toBe(1);
    await expect(settleOrAbort(Promise.reject(new Error('no')), controller.signal)).rejects.toThrow('no');
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
    await expect(settleOrAbort(Promise.resolve(2), undefined)).resolves.toBe(2);
  });
});

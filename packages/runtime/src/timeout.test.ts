import { getEventListeners } from 'node:events';
import { describe, expect, it } from 'vitest';
import { settleOrAbort, sleep, startAttemptSignal } from './timeout.js';

describe('startAttemptSignal', () => {
  it('aborts with the timeout reason and says it timed out', async () => {
    const caller = new AbortController();
    const attempt = startAttemptSignal(caller.signal, 10, () => new Error('deadline'));
    await new Promise((resolve) => attempt.signal.addEventListener('abort', resolve));
    expect(attempt.timedOut()).toBe(true);
    expect((attempt.signal.reason as Error).message).toBe('deadline');
    attempt.clear();
  });

  it('follows the caller with the caller’s reason, and is not a timeout', () => {
    const caller = new AbortController();
    const attempt = startAttemptSignal(caller.signal, 10_000, () => new Error('deadline'));
    const reason = new Error('stop');
    caller.abort(reason);
    expect(attempt.signal.reason).toBe(reason);
    expect(attempt.timedOut()).toBe(false);
    attempt.clear();
  });

  it('leaves no listener on a long-lived caller signal', () => {
    const caller = new AbortController();
    for (let i = 0; i < 50; i++) startAttemptSignal(caller.signal, 10_000, () => undefined).clear();
    expect(getEventListeners(caller.signal, 'abort')).toHaveLength(0);
  });

  it('has no timer for an infinite timeout', () => {
    const attempt = startAttemptSignal(new AbortController().signal, Infinity, () => undefined);
    expect(attempt.signal.aborted).toBe(false);
    attempt.clear();
  });
});

describe('sleep and settleOrAbort', () => {
  it('sleep rejects with the abort reason and cleans up', async () => {
    const controller = new AbortController();
    const pending = sleep(10_000, controller.signal);
    controller.abort(new Error('cancelled'));
    await expect(pending).rejects.toThrow('cancelled');
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });

  it('settleOrAbort releases a response that arrives too late', async () => {
    const controller = new AbortController();
    let resolveLate!: (response: Response) => void;
    const late = new Promise<Response>((resolve) => (resolveLate = resolve));
    const raced = settleOrAbort(late, controller.signal);
    controller.abort(new Error('timeout'));
    await expect(raced).rejects.toThrow('timeout');
    const response = new Response('late body');
    resolveLate(response);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(response.bodyUsed || response.body?.locked).toBe(true);
  });
});

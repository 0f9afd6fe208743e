import { getEventListeners } from 'node:events';
import { describe, expect, it } from 'vitest';
import { sleep } from './timers.js';

describe('sleep', () => {
  it('resolves after the delay and leaves no listener behind', async () => {
    const controller = new AbortController();
    const started = performance.now();
    await sleep(20, controller.signal);
    expect(performance.now() - started).toBeGreaterThanOrEqual(15);
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });

  it('rejects with the abort reason, at once and when aborted while waiting', async () => {
    await expect(sleep(10, AbortSignal.abort(new Error('before')))).rejects.toThrow('before');
    const controller = new AbortController();
    const pending = sleep(10_000, controller.signal);
    controller.abort(new Error('cancelled'));
    await expect(pending).rejects.toThrow('cancelled');
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });

  it('works without a signal', async () => {
    await expect(sleep(1)).resolves.toBeUndefined();
  });
});

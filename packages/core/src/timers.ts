import { MAX_TIMER_MS } from './options.js';

/**
 * Waits `ms` (capped at {@link MAX_TIMER_MS}), or rejects with the signal's reason as soon as it aborts: retry
 * backoff, polling. Not `unref`ed on purpose: a pending retry in a script keeps the script alive until it runs.
 *
 * @throws the signal's `reason` when it aborts before the time is up.
 */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(
      () => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      },
      Math.min(Math.max(ms, 0), MAX_TIMER_MS),
    );
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** Longest delay `setTimeout` honours; longer ones fire at once (with a warning) in Node and browsers. */
export const MAX_TIMER_MS = 2 ** 31 - 1;

/** The signal one attempt runs under: the caller's signal plus this attempt's own deadline. */
export interface AttemptSignal {
  readonly signal: AbortSignal;
  /** True once this attempt's deadline has passed (as opposed to a caller abort). */
  timedOut(): boolean;
  /** Stops the timer and detaches from the caller's signal. Safe to call more than once. */
  clear(): void;
}

/**
 * Composes the caller's signal with a per-attempt timeout. Composed by hand rather than with
 * `AbortSignal.any` so the listener on the caller's signal is removed when the attempt ends: a
 * long-lived caller signal then gathers no followers. `timeoutMs` of `Infinity` means no deadline.
 * The timer is `unref`ed: it only guards work that already keeps the process alive.
 */
export function startAttemptSignal(caller: AbortSignal, timeoutMs: number, timeoutReason: () => unknown): AttemptSignal {
  const controller = new AbortController();
  let expired = false;
  const onCallerAbort = () => controller.abort(caller.reason);
  caller.addEventListener('abort', onCallerAbort, { once: true });
  if (caller.aborted) onCallerAbort();

  let timer: ReturnType<typeof setTimeout> | undefined;
  if (Number.isFinite(timeoutMs)) {
    timer = setTimeout(() => {
      expired = true;
      controller.abort(timeoutReason());
    }, timeoutMs);
    (timer as { unref?: () => void }).unref?.();
  }
  return {
    signal: controller.signal,
    timedOut: () => expired,
    clear() {
      if (timer !== undefined) clearTimeout(timer);
      caller.removeEventListener('abort', onCallerAbort);
    },
  };
}

/**
 * Waits `ms`, or rejects with the signal's reason as soon as it aborts (retry backoff, polling). Not `unref`ed on
 * purpose: a retry pending in a script must keep the script alive until it runs.
 */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, Math.min(ms, MAX_TIMER_MS));
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

const ignore = () => {};

/**
 * Settles with `pending`, or rejects with the signal's reason when it aborts first. Guards against
 * a custom `fetch` that ignores its signal, so a deadline holds whatever `fetch` does; a response
 * that arrives too late has its body cancelled so its connection is released.
 */
export function settleOrAbort(pending: Promise<Response>, signal: AbortSignal): Promise<Response> {
  const discardLate = () => void pending.then((late) => late.body?.cancel().catch(ignore), ignore);
  if (signal.aborted) {
    discardLate();
    return Promise.reject(signal.reason);
  }
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      discardLate();
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
    pending.then(
      (response) => {
        signal.removeEventListener('abort', onAbort);
        resolve(response);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

// Per-attempt deadlines composed with the caller's AbortSignal.

/** The signal one attempt runs under: the caller's signal plus this attempt's own deadline. */
export interface Attempt {
  readonly signal: AbortSignal;
  /** True once this attempt's deadline has passed (as opposed to a caller abort). */
  timedOut(): boolean;
  /** Stops the timer and detaches from the caller's signal. Safe to call more than once. */
  clear(): void;
}

/**
 * Composes the caller's signal with a per-attempt timeout. Composed by hand rather than with `AbortSignal.any` so
 * that the listener on the caller's signal is removed when the attempt ends: a long-lived caller signal then gathers
 * no followers. `timeoutMs` of `Infinity` means no deadline. The timer is `unref`ed: it only guards work that already
 * keeps the process alive.
 */
export function startAttempt(
  caller: AbortSignal | undefined,
  timeoutMs: number,
  timeoutReason: () => unknown,
): Attempt {
  const controller = new AbortController();
  let expired = false;
  const onCallerAbort = () => controller.abort(caller?.reason);
  if (caller) {
    if (caller.aborted) onCallerAbort();
    else caller.addEventListener('abort', onCallerAbort, { once: true });
  }
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
      timer = undefined;
      caller?.removeEventListener('abort', onCallerAbort);
    },
  };
}

const ignore = () => {};

/**
 * Settles with `pending`, or rejects with the signal's reason when it aborts first. Guards against a `fetch` (or a
 * body) that ignores its signal, so a deadline holds whatever the transport does; `onLate` releases what arrives
 * after the deadline (e.g. cancels a late response's body so its connection is freed).
 */
export function settleOrAbort<T>(
  pending: Promise<T>,
  signal: AbortSignal | undefined,
  onLate: (late: T) => void = ignore,
): Promise<T> {
  if (signal === undefined) return pending;
  const discardLate = () => void pending.then(onLate, ignore);
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
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

/** Cancels a body nobody will read, so its connection is released; a body that is already gone is fine. */
export function discardBody(response: Response): void {
  response.body?.cancel().catch(ignore);
}

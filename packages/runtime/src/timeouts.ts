// Per-attempt deadlines composed with the caller's AbortSignal.

/** The deadline one attempt runs under. */
export interface Attempt {
  /** Aborts when the deadline passes (or the caller aborts); for the transport. */
  readonly signal: AbortSignal;
  /** True once this attempt's deadline has passed (as opposed to a caller abort). */
  timedOut(): boolean;
  /** Ends the attempt: stops the timer and detaches from the caller's signal. Safe to call more than once. */
  clear(): void;
  /**
   * Settles with `pending`, or rejects with the abort reason when the deadline passes or the caller aborts first.
   * Guards against a `fetch` (or a body) that ignores its signal, so a deadline holds whatever the transport does;
   * `onLate` releases what arrives after it (e.g. cancels a late response's body so its connection is freed).
   */
  guard<T>(pending: Promise<T>, onLate?: (late: T) => void): Promise<T>;
}

const ignore = () => {};

/**
 * One attempt's controller: aborted by its own timer or by the caller's signal. Its guards wait on a plain list
 * rather than on abort listeners: adding and removing an EventTarget listener costs microseconds in Node, and a call
 * guards twice (the response, then its body).
 */
class AttemptDeadline implements Attempt {
  readonly #controller = new AbortController();
  #timer: ReturnType<typeof setTimeout> | undefined;
  #expired = false;
  #waiters: ((reason: unknown) => void)[] | undefined;
  readonly #caller: AbortSignal | undefined;
  readonly #onCallerAbort: (() => void) | undefined;

  constructor(caller: AbortSignal | undefined, timeoutMs: number, timeoutReason: () => unknown) {
    if (caller) {
      this.#caller = caller;
      this.#onCallerAbort = () => this.#abort(caller.reason);
      if (caller.aborted) this.#abort(caller.reason);
      else caller.addEventListener('abort', this.#onCallerAbort, { once: true });
    }
    if (Number.isFinite(timeoutMs) && !this.#controller.signal.aborted) {
      this.#timer = setTimeout(() => {
        this.#expired = true;
        this.#abort(timeoutReason());
      }, timeoutMs);
      (this.#timer as { unref?: () => void }).unref?.();
    }
  }

  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  timedOut(): boolean {
    return this.#expired;
  }

  clear(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
    if (this.#onCallerAbort) this.#caller?.removeEventListener('abort', this.#onCallerAbort);
  }

  #abort(reason: unknown): void {
    this.#controller.abort(reason);
    const waiters = this.#waiters;
    this.#waiters = undefined;
    if (waiters) for (const reject of waiters) reject(reason);
  }

  guard<T>(pending: Promise<T>, onLate: (late: T) => void = ignore): Promise<T> {
    const { signal } = this.#controller;
    if (signal.aborted) {
      void pending.then(onLate, ignore);
      return Promise.reject(signal.reason);
    }
    return new Promise<T>((resolve, reject) => {
      let settled = false;
      const onAbort = (reason: unknown) => {
        settled = true;
        void pending.then(onLate, ignore);
        reject(reason);
      };
      if (this.#waiters === undefined) this.#waiters = [onAbort];
      else this.#waiters.push(onAbort);
      const forget = () => {
        const index = this.#waiters?.indexOf(onAbort) ?? -1;
        if (index >= 0) this.#waiters?.splice(index, 1);
      };
      pending.then(
        (value) => {
          if (settled) return;
          forget();
          resolve(value);
        },
        (error: unknown) => {
          if (settled) return;
          forget();
          reject(error);
        },
      );
    });
  }
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
  return new AttemptDeadline(caller, timeoutMs, timeoutReason);
}

/**
 * Settles with `pending`, or rejects with the signal's reason when it aborts first; `onLate` releases what arrives
 * after the abort.
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

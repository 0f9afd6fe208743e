import { backoffDelay } from './backoff.js';
import type { CallContexts } from './call-context.js';
import { ConnectionError, TimeoutError } from './errors.js';
import { type LogFields, type Logger, writeLog } from './logger.js';
import { redactHeaders, redactPath, redactUrl } from './redact.js';
import { requestIdOf } from './request-id.js';
import { parsedAsJson } from './json-body.js';
import { type BodyGuard, deferBodyGuard, guardResponseBody } from './response-body.js';
import { parseRetryAfter } from './retry-after.js';
import { isRetryableRequest, type RetryPolicy } from './retry-policy.js';
import { settleOrAbort, sleep, startAttemptSignal } from './timeout.js';

/** The `fetch` shape openapi-fetch calls. */
export type FetchLike = (input: Request) => Promise<Response>;

/** Time and randomness, replaceable in tests. */
export interface RetryClock {
  now(): number;
  sleep(ms: number, signal: AbortSignal): Promise<void>;
  random(): number;
}

const systemClock: RetryClock = { now: () => performance.now(), sleep, random: Math.random };

export interface RetryingFetchConfig {
  /** Base fetch; default `globalThis.fetch`, looked up per attempt. */
  fetch?: FetchLike | undefined;
  contexts: CallContexts;
  logger?: Logger | undefined;
  clock?: RetryClock;
}

/**
 * The `fetch` given to openapi-fetch, under every middleware. Per call it runs the attempt loop:
 * each attempt gets its own timeout composed with the caller's signal, is logged, and is sent
 * through the base fetch; connection failures, timeouts and retryable statuses are retried with
 * backoff (or the server's `Retry-After`) when the request is safe to repeat. A caller's abort
 * stops everything and rejects with the caller's own abort reason.
 */
export function createRetryingFetch(config: RetryingFetchConfig): (input: RequestInfo | URL, init?: RequestInit) => Promise<Response> {
  const clock = config.clock ?? systemClock;
  const { logger, fetch: baseFetch } = config;
  // Sends one attempt: `original` under the attempt's signal (and with the buffered body). `fetch`
  // builds a Request from its arguments anyway, so globalThis.fetch gets the attempt's signal and body
  // as `init`: building a second Request first (and making it follow the signal) cost more than the
  // rest of this layer. A base fetch of the caller's still gets one Request.
  const send: (original: Request, init: RequestInit) => Promise<Response> = baseFetch
    ? (original, init) => baseFetch(new Request(original, init))
    : (original, init) => globalThis.fetch(original, init);

  return async function retryingFetch(input, init) {
    const original = input instanceof Request && init === undefined ? input : new Request(input, init);
    const context = config.contexts.forFetch(original);
    const caller = original.signal;
    if (caller.aborted) throw caller.reason;

    const policy = context.retry;
    const maxAttempts = policy.maxRetries > 0 && isRetryableRequest(original, policy) ? policy.maxRetries + 1 : 1;
    // A body can be sent only once; buffer it before the first attempt when there may be a second.
    const body = maxAttempts > 1 && original.body !== null ? await original.arrayBuffer() : undefined;
    // A body something else already read cannot be sent: a usage error, not a network failure to retry.
    if (body === undefined && original.bodyUsed) throw new TypeError(`${original.method} request body has already been read`);
    // Redacted only when an error or a log entry needs them: most calls need neither.
    let safeUrl: string | undefined;
    let safePath: string | undefined;
    const url = () => (safeUrl ??= redactUrl(original.url));
    // Log entries number attempts across the whole call, an auth re-send included, like `attempts` on errors.
    const describe = (): LogFields => ({
      method: original.method,
      path: (safePath ??= redactPath(original.url)),
      operationId: context.operationId,
      attempt: context.attempts,
    });
    const details = () => ({ operationId: context.operationId, method: original.method, url: url(), attempts: context.attempts });
    const timeoutError = () =>
      new TimeoutError(`${original.method} ${url()} timed out after ${context.timeoutMs} ms`, { ...details(), timeoutMs: context.timeoutMs });
    const connectionError = (what: string, cause: unknown) =>
      new ConnectionError(`${original.method} ${url()} ${what} (${describeCause(cause)})`, { ...details(), cause });

    for (let attempt = 1; ; attempt++) {
      context.attempts += 1;
      const attemptSignal = startAttemptSignal(caller, context.timeoutMs, timeoutError);
      writeLog(logger, 'debug', 'http request', () => ({ ...describe(), headers: redactHeaders(original.headers) }));
      const started = clock.now();

      let response: Response;
      try {
        const init: RequestInit = body === undefined ? { signal: attemptSignal.signal } : { body, signal: attemptSignal.signal };
        response = await settleOrAbort(send(original, init), attemptSignal.signal);
      } catch (error) {
        attemptSignal.clear();
        if (caller.aborted) throw caller.reason;
        const failure = attemptSignal.timedOut() ? timeoutError() : connectionError('failed: no response', error);
        const durationMs = elapsed(clock, started);
        writeLog(logger, 'warn', 'http failure', () => ({ ...describe(), durationMs, error: `${failure.name}: ${failure.message}` }));
        if (attempt >= maxAttempts) throw failure;
        await waitToRetry(backoffDelay(attempt - 1, policy, clock.random));
        continue;
      }

      const durationMs = elapsed(clock, started);
      writeLog(logger, 'info', 'http response', () => ({
        ...describe(),
        status: response.status,
        durationMs,
        requestId: requestIdOf(response.headers),
      }));
      const delay = attempt < maxAttempts ? retryDelay(response, attempt, policy) : undefined;
      if (delay === undefined) {
        // The deadline keeps running while the body is read; failures there become typed errors too.
        const guard: BodyGuard = {
          finished: attemptSignal.clear,
          mapError: (error) =>
            caller.aborted ? caller.reason : attemptSignal.timedOut() ? timeoutError() : connectionError('failed: the response body broke off', error),
        };
        // A JSON body the call-context layer is about to read in one go needs no wrapper; any other is re-streamed.
        return context.parseAs !== undefined && parsedAsJson(response, original.method, context.parseAs)
          ? deferBodyGuard(response, guard)
          : guardResponseBody(response, guard);
      }

      attemptSignal.clear();
      await response.body?.cancel().catch(() => {});
      await waitToRetry(delay);
    }

    async function waitToRetry(delayMs: number): Promise<void> {
      writeLog(logger, 'warn', 'http retry', () => ({ ...describe(), delayMs: Math.round(delayMs) }));
      await clock.sleep(delayMs, caller);
    }
  };

  /** The wait before retrying `response`, or `undefined` when it should be returned as it is. */
  function retryDelay(response: Response, attempt: number, policy: RetryPolicy): number | undefined {
    if (!policy.retryOnStatus(response.status)) return undefined;
    const requested = parseRetryAfter(response.headers, Date.now());
    if (requested === undefined) return backoffDelay(attempt - 1, policy, clock.random);
    return requested <= policy.maxRetryAfterMs ? requested : undefined;
  }
}

function elapsed(clock: RetryClock, started: number): number {
  return Math.round(clock.now() - started);
}

/** A short, secret-free description of a network failure (undici nests the useful part in `cause`). */
function describeCause(error: unknown): string {
  const root = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  const code = (root as { code?: unknown } | undefined)?.code;
  if (typeof code === 'string') return code;
  return root instanceof Error ? root.name : 'unknown error';
}

import type { Middleware } from 'openapi-fetch';
import { checkJsonBody } from './json-body.js';
import type { KnownOperation } from './operations.js';
import { applyRequestMediaType } from './request-media-type.js';
import { recordResponseMeta, responseMeta } from './response-meta.js';
import { resolveRetryPolicy, type RetryOptions, type RetryPolicy } from './retry-policy.js';
import { MAX_TIMER_MS } from './timeout.js';

/**
 * Per-call options, passed beside `params` in any call:
 * `client.GET('/path', { params, timeoutMs: 20_000, retry: false })`.
 */
export interface CallOptions {
  /** Per-attempt timeout for this call; `Infinity` for none. */
  timeoutMs?: number;
  /** Retry options for this call, over the client's; `false` for no retries. */
  retry?: RetryOptions | false;
}

/** What the fetch layers need to know about one call. Shared by every attempt and re-send. */
export interface CallContext {
  readonly operationId: string | undefined;
  readonly retry: RetryPolicy;
  readonly timeoutMs: number;
  /**
   * openapi-fetch's `parseAs` for the call, known when the call-context middleware started it: that
   * middleware then reads a successful JSON body itself, under the attempt's deadline.
   */
  readonly parseAs?: string | undefined;
  /** Requests sent so far for this call. */
  attempts: number;
}

export interface CallDefaults {
  retry: RetryPolicy;
  timeoutMs: number;
}

/** Checks a timeout: a positive number of milliseconds, or `Infinity` for none. */
export function checkedTimeout(value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || Number.isNaN(value) || value <= 0 || (value > MAX_TIMER_MS && value !== Infinity)) {
    throw new RangeError(`timeoutMs must be a positive number of milliseconds up to ${MAX_TIMER_MS} (or Infinity), got ${String(value)}`);
  }
  return value;
}

/**
 * Carries each call's context from the middlewares down to the retrying fetch. openapi-fetch hands
 * `fetch` only a `Request`, so the context is keyed by the Request object and re-bound whenever a
 * middleware replaces it.
 */
export class CallContexts {
  readonly #byRequest = new WeakMap<Request, CallContext>();

  constructor(readonly defaults: CallDefaults) {}

  bind(request: Request, context: CallContext): void {
    this.#byRequest.set(request, context);
  }

  get(request: Request): CallContext | undefined {
    return this.#byRequest.get(request);
  }

  /** The bound context, or client defaults for a request no middleware bound (e.g. one a later middleware replaced). */
  forFetch(request: Request): CallContext {
    let context = this.#byRequest.get(request);
    if (!context) {
      context = { operationId: undefined, retry: this.defaults.retry, timeoutMs: this.defaults.timeoutMs, attempts: 0 };
      this.#byRequest.set(request, context);
    }
    return context;
  }
}

/**
 * The outermost middleware. Before the call: starts its context (operationId, per-call options) and
 * labels the body with the spec's media type. After it, as the last `onResponse` to run: records what
 * `unwrap` and `getAttempts` need beside the final response, and turns a successful body that is not
 * JSON into a `MalformedResponseError`.
 */
export function callContextMiddleware(
  contexts: CallContexts,
  operationFor: (method: string, path: string) => KnownOperation | undefined,
): Middleware {
  return {
    onRequest({ request, schemaPath, options }) {
      // openapi-fetch copies unknown call options onto the Request as own properties.
      const { timeoutMs, retry } = request as Request & CallOptions;
      const operation = operationFor(request.method, schemaPath);
      contexts.bind(request, {
        operationId: operation?.operationId,
        retry: resolveRetryPolicy(retry, contexts.defaults.retry),
        timeoutMs: checkedTimeout(timeoutMs, contexts.defaults.timeoutMs),
        parseAs: options.parseAs,
        attempts: 0,
      });
      applyRequestMediaType(request, operation);
    },
    async onResponse({ request, response, schemaPath, options }) {
      const context = contexts.get(request);
      const meta = responseMeta(
        context?.operationId ?? operationFor(request.method, schemaPath)?.operationId,
        request.method,
        request.url,
        context && context.attempts > 0 ? context.attempts : undefined,
      );
      recordResponseMeta(response, meta);
      await checkJsonBody(response, meta, options.parseAs);
    },
  };
}

import type { BackoffOptions, Jitter } from './backoff.js';

/** How failed attempts are retried. Every field has a default. */
export interface RetryOptions {
  /** Retries after the first attempt. Default 2 (so at most 3 attempts). */
  maxRetries?: number;
  /** Statuses worth another attempt. Default: 408, 429 and every status of 500 or above. */
  retryOnStatus?: readonly number[] | ((status: number) => boolean);
  /** Methods safe to send twice. Default GET, HEAD, OPTIONS, PUT, DELETE. */
  idempotentMethods?: readonly string[];
  /** A request carrying this header is retried whatever its method. Default `Idempotency-Key`. */
  idempotencyKeyHeader?: string;
  /** Delay before the first retry, before jitter. Default 500 ms. */
  baseDelayMs?: number;
  /** Cap on the exponential delay. Default 8000 ms. */
  maxDelayMs?: number;
  /** Default `full`. */
  jitter?: Jitter;
  /**
   * Longest `Retry-After` / `retry-after-ms` honoured. A server asking for more is not retried:
   * the response (e.g. a 429) is returned so the caller can decide. Default 60 000 ms.
   */
  maxRetryAfterMs?: number;
}

/** {@link RetryOptions} with every default filled in and checked. */
export interface RetryPolicy extends BackoffOptions {
  maxRetries: number;
  retryOnStatus: (status: number) => boolean;
  idempotentMethods: ReadonlySet<string>;
  idempotencyKeyHeader: string;
  maxRetryAfterMs: number;
}

const DEFAULT_POLICY: RetryPolicy = {
  maxRetries: 2,
  retryOnStatus: (status) => status === 408 || status === 429 || status >= 500,
  idempotentMethods: new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']),
  idempotencyKeyHeader: 'Idempotency-Key',
  baseDelayMs: 500,
  maxDelayMs: 8000,
  jitter: 'full',
  maxRetryAfterMs: 60_000,
};

function checkedCount(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 0) throw new RangeError(`retry.${name} must be a whole number ≥ 0, got ${value}`);
  return value;
}

function checkedMs(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isFinite(value) || value < 0) throw new RangeError(`retry.${name} must be a finite number ≥ 0, got ${value}`);
  return value;
}

/**
 * Fills in defaults over `base` (the client's policy when resolving a per-call override).
 * `false` turns retries off. Bad values throw a `RangeError` at once, not on the first failure.
 */
export function resolveRetryPolicy(options: RetryOptions | false | undefined, base: RetryPolicy = DEFAULT_POLICY): RetryPolicy {
  if (options === false) return { ...base, maxRetries: 0 };
  if (options === undefined) return base;
  const { retryOnStatus, idempotentMethods, jitter } = options;
  if (jitter !== undefined && jitter !== 'full' && jitter !== 'equal' && jitter !== 'none') {
    throw new RangeError(`retry.jitter must be 'full', 'equal' or 'none', got ${String(jitter)}`);
  }
  return {
    maxRetries: checkedCount('maxRetries', options.maxRetries, base.maxRetries),
    retryOnStatus:
      retryOnStatus === undefined
        ? base.retryOnStatus
        : typeof retryOnStatus === 'function'
          ? retryOnStatus
          : (status) => retryOnStatus.includes(status),
    idempotentMethods:
      idempotentMethods === undefined ? base.idempotentMethods : new Set(idempotentMethods.map((m) => m.toUpperCase())),
    idempotencyKeyHeader: options.idempotencyKeyHeader ?? base.idempotencyKeyHeader,
    baseDelayMs: checkedMs('baseDelayMs', options.baseDelayMs, base.baseDelayMs),
    maxDelayMs: checkedMs('maxDelayMs', options.maxDelayMs, base.maxDelayMs),
    jitter: jitter ?? base.jitter,
    maxRetryAfterMs: checkedMs('maxRetryAfterMs', options.maxRetryAfterMs, base.maxRetryAfterMs),
  };
}

/** True when sending the request twice is safe: an idempotent method, or an idempotency key. */
export function isRetryableRequest(request: Request, policy: RetryPolicy): boolean {
  return policy.idempotentMethods.has(request.method.toUpperCase()) || request.headers.has(policy.idempotencyKeyHeader);
}

// Which failed attempts are tried again, and after how long: the retry policy, exponential backoff with jitter, and
// the server's own `Retry-After`.
import { integerOption, numberOption } from '@dtk/core';

/**
 * Jitter spreads retries from many clients apart. `full`: anywhere in [0, d]; `equal`: in [d/2, d], which keeps a
 * floor; `none`: exactly d.
 */
export type Jitter = 'full' | 'equal' | 'none';

/** How failed attempts are retried. Every field has a default. */
export interface RetryOptions {
  /** Retries after the first attempt. Default 2 (so at most 3 attempts). */
  maxRetries?: number;
  /** Statuses worth another attempt. Default: 408, 429 and 500-599. */
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
   * Longest `Retry-After` / `retry-after-ms` honoured. A server asking for more is not retried: the response (e.g. a
   * 429) is returned so the caller can decide. Default 60 000 ms.
   */
  maxRetryAfterMs?: number;
}

/** {@link RetryOptions} with every default filled in and checked. */
export interface RetryPolicy {
  readonly maxRetries: number;
  readonly retryOnStatus: (status: number) => boolean;
  readonly idempotentMethods: ReadonlySet<string>;
  readonly idempotencyKeyHeader: string;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  readonly jitter: Jitter;
  readonly maxRetryAfterMs: number;
}

const DEFAULT_POLICY: RetryPolicy = {
  maxRetries: 2,
  // Not above 599: such a status is no server error, only what a broken proxy may send.
  retryOnStatus: (status) => status === 408 || status === 429 || (status >= 500 && status <= 599),
  idempotentMethods: new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']),
  idempotencyKeyHeader: 'Idempotency-Key',
  baseDelayMs: 500,
  maxDelayMs: 8000,
  jitter: 'full',
  maxRetryAfterMs: 60_000,
};

const milliseconds = (name: string, value: number | undefined, fallback: number) =>
  value === undefined ? fallback : numberOption(`retry.${name}`, value);

/**
 * Fills in defaults over `base` (the client's policy when resolving a per-call override). `false` turns retries off.
 *
 * @throws {RangeError} at once for a bad value, rather than on the first failure.
 */
export function resolveRetryPolicy(
  options: RetryOptions | false | undefined,
  base: RetryPolicy = DEFAULT_POLICY,
): RetryPolicy {
  if (options === false) return { ...base, maxRetries: 0 };
  if (options === undefined) return base;
  const { retryOnStatus, idempotentMethods, jitter } = options;
  if (jitter !== undefined && jitter !== 'full' && jitter !== 'equal' && jitter !== 'none') {
    throw new RangeError(`retry.jitter must be 'full', 'equal' or 'none', got ${String(jitter)}`);
  }
  return {
    maxRetries:
      options.maxRetries === undefined ? base.maxRetries : integerOption('retry.maxRetries', options.maxRetries),
    retryOnStatus:
      retryOnStatus === undefined
        ? base.retryOnStatus
        : typeof retryOnStatus === 'function'
          ? retryOnStatus
          : (status) => retryOnStatus.includes(status),
    idempotentMethods:
      idempotentMethods === undefined ? base.idempotentMethods : new Set(idempotentMethods.map((m) => m.toUpperCase())),
    idempotencyKeyHeader: options.idempotencyKeyHeader ?? base.idempotencyKeyHeader,
    baseDelayMs: milliseconds('baseDelayMs', options.baseDelayMs, base.baseDelayMs),
    maxDelayMs: milliseconds('maxDelayMs', options.maxDelayMs, base.maxDelayMs),
    jitter: jitter ?? base.jitter,
    maxRetryAfterMs: milliseconds('maxRetryAfterMs', options.maxRetryAfterMs, base.maxRetryAfterMs),
  };
}

/** How many attempts `request` may take: retries only for what is safe to send twice (an idempotent method or key). */
export function maxAttemptsFor(request: Request, policy: RetryPolicy): number {
  if (policy.maxRetries === 0) return 1;
  const safe = policy.idempotentMethods.has(request.method) || request.headers.has(policy.idempotencyKeyHeader);
  return safe ? policy.maxRetries + 1 : 1;
}

/**
 * The delay before retry number `retryIndex` (0 for the first retry): `min(baseDelayMs · 2^retryIndex, maxDelayMs)`,
 * then jitter.
 */
export function backoffDelay(
  retryIndex: number,
  policy: Pick<RetryPolicy, 'baseDelayMs' | 'maxDelayMs' | 'jitter'>,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(policy.baseDelayMs * 2 ** retryIndex, policy.maxDelayMs);
  switch (policy.jitter) {
    case 'none':
      return ceiling;
    case 'equal':
      return ceiling / 2 + random() * (ceiling / 2);
    case 'full':
      return random() * ceiling;
  }
}

const DELAY_SECONDS = /^\d{1,12}(?:\.\d{1,6})?$/;
// RFC 9110 §5.6.7 HTTP-date: IMF-fixdate (`Sun, 06 Nov 1994 08:49:37 GMT`), or the obsolete RFC 850
// (`Sunday, 06-Nov-94 08:49:37 GMT`) and asctime (`Sun Nov  6 08:49:37 1994`) forms. Date.parse alone reads garbage
// such as "Tue 5" or "retry in 10" as dates in 2001, which would mean retrying at once. The pattern holds the exact
// shapes; of the names in them, Date.parse refuses an unknown month and ignores the weekday.
const NAME = '[A-Z][a-z]{2}';
const TIME = '\\d\\d:\\d\\d:\\d\\d';
const HTTP_DATE = new RegExp(
  `^(?:${NAME}, \\d\\d ${NAME} \\d{4}|${NAME}[a-z]{0,3}day, \\d\\d-${NAME}-\\d\\d) ${TIME} GMT$|` +
    `^${NAME} ${NAME} [ \\d]\\d ${TIME} \\d{4}$`,
);

/** An HTTP-date in ms since the epoch, or `undefined` for anything else. */
function parseHttpDate(value: string): number | undefined {
  if (!HTTP_DATE.test(value)) return undefined;
  // asctime carries no zone, and Date.parse would read it as local time: HTTP dates are GMT.
  const date = Date.parse(value.endsWith(' GMT') ? value : `${value} GMT`);
  return Number.isNaN(date) ? undefined : date;
}

/**
 * How long the server asked us to wait, in milliseconds, or `undefined` when it did not say (or said something
 * unparseable). `retry-after-ms` wins over `Retry-After`, which may be delay-seconds or an HTTP-date (a date in the
 * past means "now").
 *
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-10.2.3
 */
export function parseRetryAfter(headers: Headers, nowMs: number): number | undefined {
  const milliseconds = headers.get('retry-after-ms')?.trim();
  if (milliseconds && DELAY_SECONDS.test(milliseconds)) return Number(milliseconds);

  const value = headers.get('retry-after')?.trim();
  if (!value) return undefined;
  if (DELAY_SECONDS.test(value)) return Number(value) * 1000;
  const date = parseHttpDate(value);
  return date === undefined ? undefined : Math.max(0, date - nowMs);
}

/**
 * The wait before retrying after `response`, or `undefined` when it is to be returned as it is: a status the policy
 * does not retry, or a server asking for longer than `maxRetryAfterMs`.
 */
export function retryDelay(
  response: Response,
  retryIndex: number,
  policy: RetryPolicy,
  random: () => number,
): number | undefined {
  if (!policy.retryOnStatus(response.status)) return undefined;
  const requested = parseRetryAfter(response.headers, Date.now());
  if (requested === undefined) return backoffDelay(retryIndex, policy, random);
  return requested <= policy.maxRetryAfterMs ? requested : undefined;
}

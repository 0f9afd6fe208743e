const DELAY_SECONDS = /^\d+(?:\.\d+)?$/;

/**
 * How long the server asked us to wait, in milliseconds, or `undefined` when it did not say
 * (or said something unparseable). `retry-after-ms` wins over `Retry-After`, which may be
 * delay-seconds or an HTTP date (a date in the past means "now").
 */
export function parseRetryAfter(headers: Headers, nowMs: number): number | undefined {
  const milliseconds = headers.get('retry-after-ms')?.trim();
  if (milliseconds && DELAY_SECONDS.test(milliseconds)) return Number(milliseconds);

  const value = headers.get('retry-after')?.trim();
  if (!value) return undefined;
  if (DELAY_SECONDS.test(value)) return Number(value) * 1000;
  // Only real HTTP dates: Date.parse accepts bare numbers such as "-5", which are not dates.
  if (!/[a-z]/i.test(value)) return undefined;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
}

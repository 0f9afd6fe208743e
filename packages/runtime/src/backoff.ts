/**
 * Jitter spreads retries from many clients apart. `full`: anywhere in [0, d]; `equal`: in
 * [d/2, d], which keeps a floor; `none`: exactly d.
 */
export type Jitter = 'full' | 'equal' | 'none';

export interface BackoffOptions {
  /** Delay before the first retry, before jitter. */
  baseDelayMs: number;
  /** Cap on the exponential delay. */
  maxDelayMs: number;
  jitter: Jitter;
}

/**
 * The delay before retry number `retryIndex` (0 for the first retry):
 * `min(baseDelayMs · 2^retryIndex, maxDelayMs)`, then jitter.
 */
export function backoffDelay(retryIndex: number, options: BackoffOptions, random: () => number = Math.random): number {
  const ceiling = Math.min(options.baseDelayMs * 2 ** retryIndex, options.maxDelayMs);
  switch (options.jitter) {
    case 'none':
      return ceiling;
    case 'equal':
      return ceiling / 2 + random() * (ceiling / 2);
    case 'full':
      return random() * ceiling;
  }
}

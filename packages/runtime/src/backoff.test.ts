import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backoffDelay } from './backoff.js';

const defaults = { baseDelayMs: 500, maxDelayMs: 8000 };
const unit = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });

describe('backoffDelay', () => {
  it('doubles from 0.5 s and caps at 8 s without jitter', () => {
    const delays = [0, 1, 2, 3, 4, 5, 10].map((n) => backoffDelay(n, { ...defaults, jitter: 'none' }));
    expect(delays).toEqual([500, 1000, 2000, 4000, 8000, 8000, 8000]);
  });

  it('full jitter stays in [0, min(0.5 s·2^n, 8 s)]', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 }), unit, (n, r) => {
        const delay = backoffDelay(n, { ...defaults, jitter: 'full' }, () => r);
        const ceiling = Math.min(500 * 2 ** n, 8000);
        return delay >= 0 && delay <= ceiling;
      }),
    );
  });

  it('equal jitter stays in [d/2, d]', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 }), unit, (n, r) => {
        const delay = backoffDelay(n, { ...defaults, jitter: 'equal' }, () => r);
        const ceiling = Math.min(500 * 2 ** n, 8000);
        return delay >= ceiling / 2 && delay <= ceiling;
      }),
    );
  });

  it('uses the random source it is given', () => {
    expect(backoffDelay(1, { ...defaults, jitter: 'full' }, () => 0.25)).toBe(250);
    expect(backoffDelay(1, { ...defaults, jitter: 'equal' }, () => 0.5)).toBe(750);
  });
});

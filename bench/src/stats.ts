// Order statistics for benchmark samples: medians and spreads rather than means, so one slow
// round (a GC pause, the other core busy) does not move the headline figure.

/** The q-quantile (0 ≤ q ≤ 1) of `values` by linear interpolation; NaN when there are none. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const lower = sorted[below] ?? Number.NaN;
  const upper = sorted[Math.min(below + 1, sorted.length - 1)] ?? lower;
  return lower + (upper - lower) * (position - below);
}

export function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}

/** Half the range of `values` as a fraction of their median: 0.05 reads "±5 %". */
export function halfRangeFraction(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  return (Math.max(...values) - Math.min(...values)) / 2 / median(values);
}

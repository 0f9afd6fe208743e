// From samples to the figures a report shows: order statistics (medians and spreads rather than means, so one slow
// round — a GC pause, the other core busy — does not move the headline figure), number formats and markdown tables.

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

export function formatCount(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}

/** A duration in ms, shown in µs below 1 ms, with three significant digits. */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms)) return 'n/a';
  if (ms < 1) return `${(ms * 1000).toPrecision(3)} µs`;
  if (ms < 1000) return `${ms.toPrecision(3)} ms`;
  return `${(ms / 1000).toPrecision(3)} s`;
}

export function formatMicros(micros: number): string {
  return formatDuration(micros / 1000);
}

export function formatRatio(ratio: number): string {
  return `${ratio.toFixed(2)}×`;
}

export function formatSpread(fraction: number): string {
  return `±${(fraction * 100).toFixed(1)} %`;
}

/** A GitHub-flavoured markdown table; columns after the first are right-aligned (they hold figures). */
export function markdownTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  const rule = headers.map((_, column) => (column === 0 ? '---' : '---:'));
  return [line(headers), line(rule), ...rows.map(line)].join('\n');
}

// Number formats and markdown tables shared by every benchmark's report.

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

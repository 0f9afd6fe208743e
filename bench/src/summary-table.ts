import { formatCount, formatDuration, formatMicros, formatRatio, formatSpread, markdownTable } from './format.js';
import type { VariantSummary } from './summary.js';

export interface SummaryTableLayout {
  /** Column headers, in the order of the cells below. */
  readonly headers: readonly [name: string, rate: string, spread: string, p50: string, p99: string, ratio: string, cpu: string, cpuRatio: string];
  /** Which paired ratio fills the ratio column: throughput for loaded I/O, p50 latency for short CPU-bound operations. */
  readonly ratio: 'throughputRatio' | 'p50Ratio';
}

/** One markdown row per variant, the first being the baseline (its ratios are 1.00× by definition). */
export function summaryTable(summaries: readonly VariantSummary[], layout: SummaryTableLayout): string {
  const baseline = summaries[0];
  return markdownTable(
    layout.headers,
    summaries.map((s) => [
      s.name,
      formatCount(s.opsPerSecond),
      formatSpread(s.opsSpread),
      formatDuration(s.p50Ms),
      formatDuration(s.p99Ms),
      s === baseline ? '1.00×' : formatRatio(s[layout.ratio]),
      formatMicros(s.cpuMicrosPerOp),
      s === baseline ? '1.00×' : formatRatio(s.cpuRatio),
    ]),
  );
}

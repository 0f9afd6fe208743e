// Measuring: variants of one operation run for a fixed time each, in interleaved rounds (so drift spreads over every
// variant instead of biasing one), summarised with medians and paired ratios, and printed as one markdown table.
import {
  formatCount,
  formatDuration,
  formatMicros,
  formatRatio,
  formatSpread,
  halfRangeFraction,
  markdownTable,
  median,
  quantile,
} from './figures.js';

export interface Variant {
  readonly name: string;
  /** One operation; it should throw when the result is wrong, so a broken variant cannot look fast. */
  readonly run: () => Promise<unknown>;
}

/**
 * Smoke mode (`DTK_BENCH_SMOKE=1`, for the benchmarks' own test): every benchmark runs its code paths once, with the
 * shortest rounds, to show that they still work. Its figures mean nothing and are never written to the docs.
 */
export const SMOKE = process.env.DTK_BENCH_SMOKE === '1';

/** `options`, or in smoke mode the same with `smoke` over them. */
export function unlessSmoke<T extends object>(options: T, smoke: Partial<T>): T {
  return SMOKE ? { ...options, ...smoke } : options;
}

export interface RoundOptions {
  /** Operations kept in flight at once (1 = sequential). */
  readonly concurrency: number;
  readonly rounds: number;
  readonly roundMs: number;
  /** Run before measuring, per variant, so JIT and connection pools are warm. */
  readonly warmupMs: number;
}

export interface RoundSample {
  readonly ops: number;
  readonly elapsedMs: number;
  /** User + system CPU time of this process (all its threads) during the round. */
  readonly cpuMicros: number;
}

export interface VariantMeasurement {
  readonly name: string;
  /** One sample per round, in round order. */
  readonly rounds: RoundSample[];
  /** Every operation's latency in ms, over all measured rounds. */
  readonly latenciesMs: number[];
}

/** Runs `run` with `concurrency` lanes for `durationMs`; one sample, and each latency into `latenciesMs`. */
export async function runFor(
  run: () => Promise<unknown>,
  durationMs: number,
  concurrency: number,
  latenciesMs?: number[],
): Promise<RoundSample> {
  let ops = 0;
  const cpuBefore = process.cpuUsage();
  const start = performance.now();
  const deadline = start + durationMs;
  const lane = async () => {
    while (performance.now() < deadline) {
      const sent = performance.now();
      await run();
      latenciesMs?.push(performance.now() - sent);
      ops += 1;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, lane));
  const elapsedMs = performance.now() - start;
  const cpu = process.cpuUsage(cpuBefore);
  return { ops, elapsedMs, cpuMicros: cpu.user + cpu.system };
}

/** Warms every variant up, then measures each once per round, rotating which goes first. */
export async function measureVariants(
  variants: readonly Variant[],
  options: RoundOptions,
): Promise<VariantMeasurement[]> {
  const { concurrency, rounds, roundMs, warmupMs } = options;
  for (const variant of variants) await runFor(variant.run, warmupMs, concurrency);
  const measurements = variants.map((variant) => ({
    name: variant.name,
    rounds: [] as RoundSample[],
    latenciesMs: [] as number[],
  }));
  for (let round = 0; round < rounds; round += 1) {
    for (let step = 0; step < variants.length; step += 1) {
      const index = (round + step) % variants.length;
      const variant = variants[index]!;
      const measurement = measurements[index]!;
      measurement.rounds.push(await runFor(variant.run, roundMs, concurrency, measurement.latenciesMs));
    }
  }
  return measurements;
}

export interface VariantSummary {
  readonly name: string;
  /** Median over rounds. */
  readonly opsPerSecond: number;
  /** Half the range of the per-round ops/s, as a fraction of the median. */
  readonly opsSpread: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  /**
   * p50 latency ÷ the baseline's. The steadiest ratio when other processes compete for the cores:
   * a short operation is rarely pre-empted midway, so contention shows in the tail and in ops/s first.
   */
  readonly p50Ratio: number;
  /** Median over rounds of (this variant's ops/s ÷ the baseline's in the same round). */
  readonly throughputRatio: number;
  /** Median over rounds of this process's CPU time per operation. */
  readonly cpuMicrosPerOp: number;
  /** Median over rounds of (CPU per op ÷ the baseline's in the same round). */
  readonly cpuRatio: number;
}

const opsPerSecond = (sample: RoundSample) => (sample.ops * 1000) / sample.elapsedMs;
const cpuPerOp = (sample: RoundSample) => sample.cpuMicros / sample.ops;

/** Summarises each variant against `measurements[0]`, the baseline, pairing rounds run back to back. */
export function summarize(measurements: readonly VariantMeasurement[]): VariantSummary[] {
  const baseline = measurements[0];
  if (!baseline) return [];
  const pairedRatio = (measurement: VariantMeasurement, metric: (sample: RoundSample) => number) =>
    median(measurement.rounds.map((sample, round) => metric(sample) / metric(baseline.rounds[round]!)));
  const baselineP50 = quantile(baseline.latenciesMs, 0.5);
  return measurements.map((measurement) => {
    const perRoundOps = measurement.rounds.map(opsPerSecond);
    const p50Ms = quantile(measurement.latenciesMs, 0.5);
    return {
      name: measurement.name,
      opsPerSecond: median(perRoundOps),
      opsSpread: halfRangeFraction(perRoundOps),
      p50Ms,
      p99Ms: quantile(measurement.latenciesMs, 0.99),
      p50Ratio: p50Ms / baselineP50,
      throughputRatio: pairedRatio(measurement, opsPerSecond),
      cpuMicrosPerOp: median(measurement.rounds.map(cpuPerOp)),
      cpuRatio: pairedRatio(measurement, cpuPerOp),
    };
  });
}

export interface SummaryTableLayout {
  /** Column headers, in the order of the cells below. */
  readonly headers: readonly [
    name: string,
    rate: string,
    spread: string,
    p50: string,
    p99: string,
    ratio: string,
    cpu: string,
    cpuRatio: string,
  ];
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

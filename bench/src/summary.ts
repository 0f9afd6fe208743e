import { halfRangeFraction, median, quantile } from './stats.js';
import type { RoundSample, VariantMeasurement } from './timed-rounds.js';

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

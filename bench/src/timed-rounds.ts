// Runs variants of one operation for a fixed time each, in interleaved rounds, so that drift
// (thermal, the other core, a noisy neighbour) spreads over every variant instead of biasing one.

export interface Variant {
  readonly name: string;
  /** One operation; it should throw when the result is wrong, so a broken variant cannot look fast. */
  readonly run: () => Promise<unknown>;
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

async function runFor(run: () => Promise<unknown>, durationMs: number, concurrency: number, latenciesMs?: number[]): Promise<RoundSample> {
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
export async function measureVariants(variants: readonly Variant[], options: RoundOptions): Promise<VariantMeasurement[]> {
  const { concurrency, rounds, roundMs, warmupMs } = options;
  for (const variant of variants) await runFor(variant.run, warmupMs, concurrency);
  const measurements = variants.map((variant) => ({ name: variant.name, rounds: [] as RoundSample[], latenciesMs: [] as number[] }));
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

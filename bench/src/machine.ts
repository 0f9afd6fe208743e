import { cpus, loadavg, release, totalmem, type } from 'node:os';

/**
 * One line naming what the figures were measured on: they mean little without it. The load
 * average, read as the benchmark starts, tells whether something else was competing for the cores.
 */
export function describeMachine(now = new Date()): string {
  const processors = cpus();
  const model = processors[0]?.model.trim().replace(/\s+/g, ' ') ?? 'unknown CPU';
  const memoryGiB = (totalmem() / 2 ** 30).toFixed(1);
  return `${processors.length} cores (${model}), ${memoryGiB} GiB, ${type()} ${release()}, Node ${process.version}, ${now.toISOString().slice(0, 10)}, load average ${loadavg()[0]!.toFixed(2)} at start`;
}

// `pnpm --filter @dtk/bench bench [name...] [--no-write]`: runs the benchmarks (all, or the named
// ones), prints their results, and rewrites their sections of docs/benchmarks.md.
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { authCrypto } from './auth-crypto.js';
import { clientOverhead } from './client-overhead.js';
import { generate } from './generate.js';
import { noOp } from './no-op.js';
import { type Benchmark, type BenchSection, describeMachine, describeSourceState, writeSections } from './report.js';
import { SMOKE } from './rounds.js';

const BENCHMARKS: readonly Benchmark[] = [clientOverhead, authCrypto, generate, noOp];
const DOCS = new URL('../../docs/benchmarks.md', import.meta.url);

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { 'no-write': { type: 'boolean', default: false } },
});
const unknown = positionals.filter((name) => !BENCHMARKS.some((benchmark) => benchmark.id === name));
if (unknown.length > 0) {
  console.error(
    `Unknown benchmark ${unknown.join(', ')}; known: ${BENCHMARKS.map((benchmark) => benchmark.id).join(', ')}`,
  );
  process.exit(2);
}
const selected =
  positionals.length === 0 ? BENCHMARKS : BENCHMARKS.filter((benchmark) => positionals.includes(benchmark.id));
const command = ['pnpm --filter @dtk/bench bench', ...positionals].join(' ');
const source = describeSourceState();

const [load] = loadavg();
if (load !== undefined && load > cpus().length / 2) {
  console.error(
    `Load average is ${load.toFixed(2)} on ${cpus().length} cores: other processes will make these figures noisy.`,
  );
}

const sections: BenchSection[] = [];
for (const benchmark of selected) {
  console.error(`▶ ${benchmark.description}`);
  const machine = describeMachine();
  const started = performance.now();
  const section = await benchmark.run();
  const seconds = ((performance.now() - started) / 1000).toFixed(0);
  const header = `Measured on ${machine}, ${source ? `${source}, ` : ''}with \`${command}\` (this benchmark took ${seconds} s).`;
  sections.push({ id: section.id, body: `${header}\n\n${section.body}` });
  console.log(`\n## ${benchmark.id}\n\n${header}\n\n${section.body}\n`);
}
if (SMOKE) {
  console.error('Smoke run (DTK_BENCH_SMOKE=1): every benchmark ran once; its figures are not written anywhere.');
} else if (!values['no-write']) {
  await writeSections(DOCS, sections);
  console.error(`Updated ${sections.map((section) => section.id).join(', ')} in docs/benchmarks.md`);
}

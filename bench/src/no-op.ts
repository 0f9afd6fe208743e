// The cost of doing nothing: `generate` and `build` run again with nothing changed, on this repository. `generate`
// compares a digest of each API's inputs and output with the stamp of its last run before it loads any tool; `build`
// is a full turbo cache hit. `pnpm --version` is measured beside them: pnpm's own start-up, which `pnpm generate` and
// `pnpm build` pay before the command starts.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ChildRun, runCommand } from './child-runs.js';
import { formatDuration, markdownTable } from './format.js';
import { median } from './stats.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const RUNS = 5;

const COMMANDS: readonly { readonly label: string; readonly command: string; readonly args: readonly string[] }[] = [
  { label: '`pnpm --version` (pnpm start-up alone)', command: 'pnpm', args: ['--version'] },
  {
    label: '`node scripts/bin/dtk-specs.js generate`',
    command: process.execPath,
    args: [join(ROOT, 'scripts', 'bin', 'dtk-specs.js'), 'generate'],
  },
  { label: '`pnpm generate`', command: 'pnpm', args: ['generate'] },
  { label: '`pnpm build` (turbo, full cache hit)', command: 'pnpm', args: ['build'] },
];

function expectNoOp(label: string, run: ChildRun): void {
  if (run.exitCode !== 0) throw new Error(`${label} exited ${run.exitCode}`);
  if (label.includes('generate') && !/unchanged \(nothing it is generated from changed/.test(run.stdout))
    throw new Error(`${label} regenerated something: not a no-op\n${run.stdout}`);
  if (label.includes('build') && !/FULL TURBO/.test(run.stdout))
    throw new Error(`${label} was not a full cache hit\n${run.stdout}`);
}

export async function noOpCosts(): Promise<string> {
  // one unmeasured run of each brings the generate stamps and the turbo cache up to date
  for (const { command, args } of COMMANDS) await runCommand(command, args, ROOT);
  const runs = COMMANDS.map(() => [] as number[]);
  for (let round = 0; round < RUNS; round += 1) {
    for (const [index, { label, command, args }] of COMMANDS.entries()) {
      const run = await runCommand(command, args, ROOT);
      expectNoOp(label, run);
      runs[index]?.push(run.wallMs);
    }
  }
  return markdownTable(
    ['nothing changed', 'median wall', 'fastest'],
    COMMANDS.map(({ label }, index) => {
      const times = runs[index] ?? [];
      return [label, formatDuration(median(times)), formatDuration(Math.min(...times))];
    }),
  );
}

// Code generation: `generate <api> --check` (lint, join, bundle, typegen, maps, compare; writes
// nothing) as a child process per API, against the bare start-up of `node -e 0`.
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { timeRuns, type ChildRun } from './child-runs.js';
import { formatDuration, formatRatio, markdownTable } from './format.js';
import type { Benchmark, BenchSection } from './section.js';
import { halfRangeFraction, median } from './stats.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TSX_CLI = createRequire(import.meta.url).resolve('tsx/cli');
const CLI = 'scripts/src/cli.ts';
const PLAN = { nodeRuns: 10, tsxRuns: 5, generateRuns: 3 } as const;

interface Row {
  readonly name: string;
  readonly runs: readonly ChildRun[];
}

/** One folder per API under specs/. */
function apiNames(): string[] {
  return readdirSync(`${ROOT}specs`, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** Time per step from the CLI's progress lines (`<api> <step> <ms> ms`), summed over APIs per run. */
function stepTotals(run: ChildRun): Map<string, number> {
  const totals = new Map<string, number>();
  for (const line of run.stdout.split('\n')) {
    const match = /^\S+\s+(\S+)\s+(\d+) ms$/.exec(line.trim());
    if (match) totals.set(match[1]!, (totals.get(match[1]!) ?? 0) + Number(match[2]));
  }
  return totals;
}

function stepMedians(runs: readonly ChildRun[]): string {
  const perRun = runs.map(stepTotals);
  const steps = [...new Set(perRun.flatMap((totals) => [...totals.keys()]))];
  return steps.map((step) => `${step} ${Math.round(median(perRun.map((totals) => totals.get(step) ?? 0)))}`).join(' · ');
}

function table(rows: readonly Row[]): string {
  const baseline = median(rows[0]!.runs.map((run) => run.wallMs));
  return markdownTable(
    ['command', 'runs', 'median', 'min–max', 'vs. `node -e 0`', 'exit codes', 'steps (median ms)'],
    rows.map(({ name, runs }) => {
      const walls = runs.map((run) => run.wallMs);
      const codes = [...new Set(runs.map((run) => String(run.exitCode)))].join(', ');
      return [
        name,
        String(runs.length),
        formatDuration(median(walls)),
        `${formatDuration(Math.min(...walls))} – ${formatDuration(Math.max(...walls))} (±${(halfRangeFraction(walls) * 100).toFixed(0)} %)`,
        formatRatio(median(walls) / baseline),
        codes,
        stepMedians(runs) || '—',
      ];
    }),
  );
}

export const generate: Benchmark = {
  id: 'generate',
  description: 'code generation: `tsx scripts/src/cli.ts generate <api> --check` per API vs. `node -e 0`',
  async run(): Promise<BenchSection> {
    const rows: Row[] = [
      { name: '`node -e 0` (baseline)', runs: await timeRuns(['-e', '0'], ROOT, 2, PLAN.nodeRuns) },
      { name: '`tsx -e 0`', runs: await timeRuns([TSX_CLI, '-e', '0'], ROOT, 1, PLAN.tsxRuns) },
    ];
    // Each run is a fresh process, so a warm-up only fills the disk cache: one, before the first API, serves all.
    const apis = apiNames();
    for (const [index, api] of apis.entries()) {
      const warmups = index === 0 ? 1 : 0;
      rows.push({ name: `\`generate ${api} --check\``, runs: await timeRuns([TSX_CLI, CLI, 'generate', api, '--check'], ROOT, warmups, PLAN.generateRuns) });
    }
    // What `pnpm generate --check` runs, minus pnpm's own start-up.
    rows.push({ name: '`generate --check` (all APIs)', runs: await timeRuns([TSX_CLI, CLI, 'generate', '--check'], ROOT, 0, PLAN.generateRuns) });
    const failed = rows.flatMap((row) => row.runs).filter((run) => run.exitCode !== 0);
    // The last step compares with the committed output: when it ran, exit 1 only means "stale", and the timing is complete.
    const completeButStale = failed.every((run) => stepTotals(run).has('check'));
    const body = [
      `Each command runs as a child process (\`node <tsx cli> ${CLI} …\` from the repository root), one at a time; ` +
        `wall time from spawn to exit. One warm-up run fills the disk cache; then ${PLAN.generateRuns} measured runs per command ` +
        `(${PLAN.nodeRuns} of \`node -e 0\`, ${PLAN.tsxRuns} of \`tsx -e 0\`).`,
      '',
      table(rows),
      '',
      failed.length === 0
        ? 'Every run exited 0 (generated output up to date).'
        : completeButStale
          ? `${failed.length} runs exited non-zero after every step, \`check\` included: the committed output was stale at the time, and their timings are complete.`
          : `**${failed.length} runs exited non-zero before the last step**: their timings do not cover every step.`,
      'Wall time beyond the steps is start-up: Node, tsx and loading the tool chain.',
    ].join('\n');
    return { id: this.id, body };
  },
};

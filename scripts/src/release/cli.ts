// The release commands of `dtk-specs` (`pnpm spec:diff [--base <ref>] [--json] [--write]`, `pnpm spec:check`,
// `pnpm check:packages`, `pnpm docs:readme`, `pnpm test:lowest`).
// stdout carries the report (with --json: the JSON and nothing else); progress and problems go to stderr.
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { writeChangesets } from './changesets.js';
import { checkChangesets } from './check.js';
import { formatTable, toJsonReport } from './report.js';
import { repositoryRoot, resolveBase } from './sources.js';
import { diffAgainstBase } from './spec-diff.js';
import { RELEASE_USAGE } from './usage.js';

export async function runReleaseCommand(argv: readonly string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      base: { type: 'string' },
      json: { type: 'boolean', default: false },
      write: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const [command] = positionals;
  if (command === 'lowest' && !values.help) {
    const { runLowestVersionTests } = await import('./lowest-versions.js');
    runLowestVersionTests(repositoryRoot(process.cwd()), (line) => process.stdout.write(`${line}\n`));
    return 0;
  }
  if (command === 'readme' && !values.help) {
    const { syncReadmes } = await import('./readme-tables.js');
    const root = repositoryRoot(process.cwd());
    for (const readme of syncReadmes(root, false)) process.stdout.write(`updated ${relative(root, readme)}\n`);
    return 0;
  }
  if (command === 'packages' && !values.help) {
    const { checkAllPackages } = await import('./package-check.js');
    const { syncReadmes } = await import('./readme-tables.js');
    const root = repositoryRoot(process.cwd());
    const stale = syncReadmes(root, true);
    for (const readme of stale)
      process.stdout.write(`${relative(root, readme)}: generated section is stale: run \`pnpm docs:readme\`.\n`);
    const failures = checkAllPackages(root, (line) => process.stdout.write(`${line}\n`));
    return failures === 0 && stale.length === 0 ? 0 : 1;
  }
  if (values.help || (command !== 'diff' && command !== 'check')) {
    (values.help ? process.stdout : process.stderr).write(`${RELEASE_USAGE}\n`);
    return values.help ? 0 : 2;
  }
  const root = repositoryRoot(process.cwd());
  const base = resolveBase(root, values.base);
  const diffs = await diffAgainstBase(root, base);
  const label = values.base ?? `${base.label} (${base.commit.slice(0, 10)})`;

  if (command === 'diff') {
    if (values.json) process.stdout.write(`${JSON.stringify(toJsonReport(diffs), null, 2)}\n`);
    else process.stdout.write(`${formatTable(diffs, label).join('\n')}\n`);
    if (values.write) {
      for (const written of writeChangesets(root, diffs)) {
        process.stderr.write(`${written.action} ${relative(root, written.path)}\n`);
      }
    }
    return 0;
  }

  const fix = `pnpm spec:diff${values.base !== undefined ? ` --base ${values.base}` : ''} --write`;
  const problems = checkChangesets(root, base, diffs, fix);
  for (const problem of problems) process.stderr.write(`${problem.message}\n`);
  const changed = diffs.filter((diff) => diff.bump !== 'none');
  if (problems.length > 0) return 1;
  process.stdout.write(
    changed.length === 0
      ? `spec:check: no API description changed since ${label}.\n`
      : `spec:check: ${changed.map((diff) => `${diff.api} (${diff.bump})`).join(', ')} covered by changesets.\n`,
  );
  return 0;
}

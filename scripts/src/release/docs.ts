// `pnpm docs`: the references other teams read, built into docs/reference/ (not committed):
// - docs/reference/api/<api>.html — one HTML reference per API (`redocly build-docs` over the bundled description);
// - docs/reference/typescript/ — the TypeScript API of every published package (TypeDoc), from the packages'
//   entry points as their `exports` name them;
// and the generated README sections (operations tables, description revisions) brought up to date.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { listWorkspacePackages } from './package-check.js';
import { exportedFiles } from './package-rules.js';
import { syncReadmes } from './readme-tables.js';

const require = createRequire(import.meta.url);

function run(command: string, args: readonly string[], cwd: string): void {
  const result = spawnSync(command, args, {
    cwd,
    stdio: 'inherit',
    env: { ...process.env, REDOCLY_TELEMETRY: 'off', NO_COLOR: '1' },
  });
  if (result.status !== 0) throw new Error(`${relative(cwd, command)} ${args.join(' ')} failed`);
}

/** `dist/index.d.ts` → `packages/<folder>/src/index.ts`: document the sources, which the tarballs ship too. */
function sourceEntryPoints(repoRoot: string): string[] {
  return listWorkspacePackages(repoRoot)
    .filter((pkg) => !pkg.manifest.private)
    .flatMap((pkg) =>
      exportedFiles(pkg.manifest.exports)
        .filter((file) => file.startsWith('dist/') && file.endsWith('.d.ts'))
        .map((file) => join(pkg.dir, file.replace(/^dist\//, 'src/').replace(/\.d\.ts$/, '.ts'))),
    )
    .filter((file) => existsSync(file))
    .map((file) => relative(repoRoot, file));
}

export function buildDocs(repoRoot: string): void {
  const output = join(repoRoot, 'docs', 'reference');
  rmSync(output, { recursive: true, force: true });
  mkdirSync(join(output, 'api'), { recursive: true });

  const redocly = require.resolve('@redocly/cli/bin/cli.js');
  for (const folder of readdirSync(join(repoRoot, 'packages'))
    .filter((name) => name.endsWith('-types'))
    .sort()) {
    const description = join(repoRoot, 'packages', folder, 'src', 'generated', 'openapi.json');
    if (!existsSync(description)) continue;
    const api = folder.slice(0, -'-types'.length);
    run(
      process.execPath,
      [redocly, 'build-docs', relative(repoRoot, description), '--output', `docs/reference/api/${api}.html`],
      repoRoot,
    );
  }

  const typedoc = join(repoRoot, 'node_modules', '.bin', 'typedoc');
  const tsconfig = join(output, 'tsconfig.typedoc.json');
  const entryPoints = sourceEntryPoints(repoRoot);
  writeFileSync(
    tsconfig,
    JSON.stringify({
      extends: '../../tsconfig.base.json',
      compilerOptions: { noEmit: true },
      include: entryPoints.map((file) => `../../${file}`),
    }),
  );
  run(
    typedoc,
    [
      '--tsconfig',
      relative(repoRoot, tsconfig),
      '--out',
      'docs/reference/typescript',
      '--name',
      'Banno Digital Toolkit clients',
      '--readme',
      'README.md',
      '--excludePrivate',
      '--excludeInternal',
      '--validation.notExported',
      'false',
      '--logLevel',
      'Error', // openapi-typescript's @description tags and README links only warn
      ...entryPoints.flatMap((file) => ['--entryPoints', file]),
    ],
    repoRoot,
  );
  rmSync(tsconfig);

  for (const readme of syncReadmes(repoRoot, false)) process.stdout.write(`updated ${relative(repoRoot, readme)}\n`);
  process.stdout.write(
    `API references: docs/reference/api/*.html; TypeScript reference: docs/reference/typescript/index.html\n`,
  );
}

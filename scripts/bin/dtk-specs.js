#!/usr/bin/env node
// `dtk-specs lint|generate|new-api ...`: the spec pipeline's one command (root `pnpm lint:specs|generate|new-api`
// and each types package's `generate` script). It runs the compiled pipeline in dist/ on plain Node; when a source
// under src/ is newer than the last compile (or dist/ is missing), it compiles first, so a fresh clone or an edited
// pipeline never runs stale code.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const stamp = join(root, 'dist', '.compiled');

function newestSource() {
  let newest = statSync(join(root, 'tsconfig.build.json')).mtimeMs;
  for (const entry of readdirSync(join(root, 'src'), { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && entry.name.endsWith('.ts'))
      newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

if (!existsSync(stamp) || statSync(stamp).mtimeMs < newestSource()) {
  process.stderr.write('dtk-specs: compiling the pipeline (scripts/src changed since the last compile)…\n');
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
  writeFileSync(stamp, '');
}
await import('../dist/cli.js');

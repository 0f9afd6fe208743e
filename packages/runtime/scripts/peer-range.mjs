// Runs the openapi-fetch contract test and the socket tests against each end of the supported peer range:
// `pnpm --filter @dtk/runtime test:peer-range [version...]`. Each version is installed from the npm registry into a
// temporary directory; the tests then import it in place of the workspace's copy.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const range = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).peerDependencies[
  'openapi-fetch'
];
const versions = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['0.13.8', '0.17.0'];
const run = (command, args, options = {}) => spawnSync(command, args, { stdio: 'inherit', ...options }).status ?? 1;

let failed = 0;
for (const version of versions) {
  const dir = mkdtempSync(join(tmpdir(), `openapi-fetch-${version}-`));
  try {
    console.log(`\n▶ openapi-fetch ${version} (peer range ${range})`);
    if (
      run('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', dir, `openapi-fetch@${version}`]) !== 0
    )
      throw new Error('npm install failed');
    const env = { ...process.env, OPENAPI_FETCH_DIR: join(dir, 'node_modules', 'openapi-fetch') };
    // Behaviour 6 compares with bare openapi-fetch's own data, whose empty-body rules changed up to 0.17 (the runtime
    // keeps 0.17's whatever the version): it is checked against the workspace's copy only.
    const args = [
      'vitest',
      'run',
      'src/openapi-fetch-contract.test.ts',
      'test/',
      '--exclude',
      'test/errors-across-copies.test.ts',
    ];
    const status = run('npx', [...args, '--testNamePattern', '^(?!.*6: the data)'], { env });
    console.log(`◀ openapi-fetch ${version}: ${status === 0 ? 'passed' : 'FAILED'}`);
    if (status !== 0) failed += 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
process.exit(failed === 0 ? 0 : 1);

// Installs the lowest version of each third-party dependency range of this package (and of the openapi-fetch peer)
// into .tmp/lowest, for `pnpm test:lowest`. Uses the npm registry through npm itself.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const ranges = { ...manifest.dependencies, ...manifest.peerDependencies };
const wanted = Object.entries(ranges)
  .filter(([name, range]) => !name.startsWith('@dtk/') && !String(range).startsWith('workspace:'))
  .map(
    ([name, range]) =>
      `${name}@${
        String(range)
          .replace(/^[\^~>=\s]+/, '')
          .split(/\s/)[0]
      }`,
  );
const directory = join(process.cwd(), '.tmp', 'lowest');
mkdirSync(directory, { recursive: true });
writeFileSync(join(directory, 'package.json'), '{ "private": true }\n');
execFileSync('npm', ['install', '--no-audit', '--no-fund', '--no-save', '--ignore-scripts', ...wanted], {
  cwd: directory,
  stdio: 'inherit',
});
console.log(`lowest versions installed in ${directory}: ${wanted.join(', ')}`);

// A throwaway git repository shaped like ours (specs, redocly.yaml and its plugin, the packages' manifests), with
// `main` committed and a feature branch checked out, for the release commands to run in.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

export interface GitFixture {
  readonly root: string;
  git(...args: string[]): string;
  edit(path: string, change: (text: string) => string): void;
  remove(): void;
}

export function createGitFixture(apis: readonly string[]): GitFixture {
  const root = mkdtempSync(join(tmpdir(), 'dtk-release-repo-'));
  cpSync(join(repoRoot, 'redocly.yaml'), join(root, 'redocly.yaml'));
  cpSync(join(repoRoot, 'scripts', 'redocly-plugin'), join(root, 'scripts', 'redocly-plugin'), { recursive: true });
  for (const api of apis) {
    cpSync(join(repoRoot, 'specs', api), join(root, 'specs', api), { recursive: true });
    for (const folder of [`${api}-types`, api]) {
      mkdirSync(join(root, 'packages', folder), { recursive: true });
      cpSync(join(repoRoot, 'packages', folder, 'package.json'), join(root, 'packages', folder, 'package.json'));
    }
  }
  mkdirSync(join(root, '.changeset'));
  writeFileSync(join(root, '.changeset', 'README.md'), '# Changesets\n');
  const git = (...args: string[]): string =>
    execFileSync(
      'git',
      ['-c', 'user.name=Release Test', '-c', 'user.email=release@test.invalid', '-c', 'commit.gpgsign=false', ...args],
      {
        cwd: root,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
  git('init', '-q', '-b', 'main');
  git('add', '.');
  git('commit', '-q', '-m', 'base');
  git('checkout', '-q', '-b', 'feature');
  return {
    root,
    git,
    edit: (path, change) => writeFileSync(join(root, path), change(readFileSync(join(root, path), 'utf8'))),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

// The rules every published package is held to, on manifests that break each one: the manifests as they were
// before the packages were made installable (exact pins, workspace:*, no LICENSE or repository) and small
// hand-made cases; then a real `pnpm pack` of a throwaway package with a test file and a key in it.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packPackage } from '../../src/release/package-check.js';
import { checkManifest, checkSourceMap, checkTarball, type Manifest } from '../../src/release/package-rules.js';
import { repoRoot } from './git-fixture.js';

const privateNames = new Set(['@dtk/testkit', '@dtk/scripts']);
const rulesOf = (problems: readonly { rule: string }[]): string[] =>
  [...new Set(problems.map((problem) => problem.rule))].sort();

const installable: Manifest = {
  name: '@dtk/example',
  version: '0.1.0',
  license: 'MIT',
  type: 'module',
  sideEffects: false,
  engines: { node: '>=20.19' },
  repository: { type: 'git', url: 'git+https://example.invalid/dtk.git', directory: 'packages/example' },
  homepage: 'https://example.invalid/dtk#readme',
  bugs: { url: 'https://example.invalid/dtk/issues' },
  exports: { '.': { types: './dist/index.d.ts', default: './dist/index.js' }, './package.json': './package.json' },
  files: ['dist', 'src', '!src/**/*.test.ts'],
  dependencies: { '@dtk/runtime': 'workspace:^', jose: '^6.0.0' },
  peerDependencies: { 'openapi-fetch': '^0.16.0 || ^0.17.0' },
  devDependencies: { '@dtk/testkit': 'workspace:*', 'openapi-fetch': '0.17.0' },
};
const context = { directory: 'packages/example', privateNames, hasLicenseFile: true };

describe('manifest rules', () => {
  it('accept an installable manifest', () => {
    expect(checkManifest(installable, context)).toEqual([]);
  });

  it('catch what the Consumer client manifest used to get wrong', () => {
    const before = JSON.parse(
      execFileSync('git', ['show', 'c3f1402:packages/consumer-api/package.json'], { cwd: repoRoot, encoding: 'utf8' }),
    ) as Manifest;
    const problems = checkManifest(before, { directory: 'packages/consumer-api', privateNames, hasLicenseFile: false });
    expect(rulesOf(problems)).toEqual(['internal-range', 'license', 'repository', 'shared-peer', 'third-party-range']);
    expect(problems.map((problem) => problem.message)).toContain(
      'dependencies.@dtk/runtime must be "workspace:^" (published as a caret range), not "workspace:*".',
    );
    expect(problems.map((problem) => problem.message)).toContain(
      'dependencies.openapi-fetch is pinned to 0.17.0: publish a tested range (the lowest version is tested in CI).',
    );
  });

  it('catch an exact optional peer (an app on another openapi-fetch could not install @dtk/auth)', () => {
    const before = JSON.parse(
      execFileSync('git', ['show', 'c3f1402:packages/auth/package.json'], { cwd: repoRoot, encoding: 'utf8' }),
    ) as Manifest;
    const messages = checkManifest(before, { directory: 'packages/auth', privateNames, hasLicenseFile: true }).map(
      (problem) => problem.message,
    );
    expect(messages).toContain(
      'peerDependencies.openapi-fetch is pinned to 0.17.0: publish a tested range (the lowest version is tested in CI).',
    );
    expect(messages).toContain(
      'dependencies.jose is pinned to 6.2.17: publish a tested range (the lowest version is tested in CI).',
    );
  });

  it.each([
    ['a private package as a dependency', { dependencies: { '@dtk/testkit': 'workspace:^' } }, 'private-dependency'],
    ['a dependency that is not a range', { dependencies: { jose: 'latest' } }, 'third-party-range'],
    ['openapi-fetch as a dependency', { dependencies: { 'openapi-fetch': '^0.17.0' } }, 'shared-peer'],
    ['a devDependency with a range', { devDependencies: { vitest: '^4.0.0' } }, 'dev-pin'],
    [
      'exports without types first',
      {
        exports: {
          '.': { default: './dist/index.js', types: './dist/index.d.ts' },
          './package.json': './package.json',
        },
      },
      'esm',
    ],
    ['no files whitelist', { files: undefined }, 'files'],
    ['no engines', { engines: undefined }, 'engines'],
    [
      'a repository without its directory',
      { repository: { type: 'git', url: 'git+https://example.invalid/dtk.git' } },
      'repository',
    ],
  ] as [string, Partial<Manifest>, string][])('reject %s', (_case, change, rule) => {
    expect(rulesOf(checkManifest({ ...installable, ...change }, context))).toEqual([rule]);
  });
});

describe('tarball rules', () => {
  const packed: Manifest = { ...installable, dependencies: { '@dtk/runtime': '^0.1.0' }, devDependencies: undefined };

  it('accept a tarball with what the manifest exports, its README and LICENSE', () => {
    const files = [
      'LICENSE',
      'README.md',
      'package.json',
      'dist/index.d.ts',
      'dist/index.js',
      'dist/index.js.map',
      'src/index.ts',
    ];
    expect(checkTarball(files, { ...packed, devDependencies: undefined, scripts: undefined }, privateNames)).toEqual(
      [],
    );
  });

  it('reject a packed manifest that names a private package or keeps workspace ranges', () => {
    const messages = checkTarball(
      ['LICENSE', 'README.md', 'package.json', 'dist/index.d.ts', 'dist/index.js'],
      {
        ...packed,
        dependencies: { '@dtk/runtime': 'workspace:^' },
        devDependencies: { '@dtk/scripts': '0.0.0' },
      },
      privateNames,
    ).map((problem) => problem.message);
    expect(messages).toEqual([
      'the packed package.json still holds a workspace: range.',
      'the packed package.json names the private package @dtk/scripts.',
      'the packed package.json should carry no devDependencies or scripts (.pnpmfile.cjs strips them).',
    ]);
  });

  it('reject source maps whose sources are neither shipped nor embedded', () => {
    const present = new Set(['dist/index.js.map', 'dist/index.js', 'src/index.ts']);
    expect(checkSourceMap('dist/index.js.map', { sources: ['../src/index.ts'] }, present)).toEqual([]);
    expect(
      checkSourceMap('dist/index.js.map', { sources: ['../src/gone.ts'], sourcesContent: ['export {}'] }, present),
    ).toEqual([]);
    expect(checkSourceMap('dist/index.js.map', { sources: ['../src/gone.ts'] }, present)).toEqual([
      {
        rule: 'source-maps',
        message: 'dist/index.js.map names ../src/gone.ts, which is not in the tarball and not embedded.',
      },
    ]);
  });

  it('find tests, fixtures and keys in a tarball that pnpm really packs, and strip devDependencies and scripts', () => {
    const root = mkdtempSync(join(tmpdir(), 'dtk-pack-rules-'));
    try {
      // a workspace root of its own, with this repository's pack hook
      writeFileSync(join(root, 'pnpm-workspace.yaml'), 'packages: [pkg]\n');
      writeFileSync(join(root, 'package.json'), '{ "name": "root", "private": true }\n');
      cpSync(join(repoRoot, '.pnpmfile.cjs'), join(root, '.pnpmfile.cjs'));
      const dir = join(root, 'pkg');
      mkdirSync(join(dir, 'dist'), { recursive: true });
      mkdirSync(join(dir, 'test', 'fixtures'), { recursive: true });
      writeFileSync(
        join(dir, 'package.json'),
        JSON.stringify({
          name: '@dtk/leaky',
          version: '0.1.0',
          type: 'module',
          exports: { '.': { types: './dist/index.d.ts', default: './dist/index.js' } },
          files: ['dist', 'test'],
          scripts: { test: 'vitest' },
          devDependencies: { '@dtk/testkit': '0.0.0' },
        }),
      );
      for (const file of [
        'dist/index.js',
        'dist/index.d.ts',
        'dist/index.test.js',
        'test/fixtures/client.pem',
        'README.md',
      ])
        writeFileSync(join(dir, file), '// x\n');
      const tarball = packPackage(dir);
      try {
        expect(tarball.manifest.devDependencies).toBeUndefined();
        expect(tarball.manifest.scripts).toBeUndefined();
        expect(checkTarball(tarball.files, tarball.manifest, privateNames).map((problem) => problem.message)).toEqual([
          'the tarball lacks LICENSE.',
          'dist/index.test.js is a test file: exclude it with the files whitelist.',
          'test/fixtures/client.pem is a test or fixture folder: exclude it with the files whitelist.',
        ]);
      } finally {
        tarball.remove();
      }
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

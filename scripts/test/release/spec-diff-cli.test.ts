// `pnpm spec:diff` and `pnpm spec:check` as a maintainer runs them, in a git repository holding the real Consumer
// API specs: the exact --json shape, the changeset --write produces, and each way spec:check fails.
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGitFixture, type GitFixture, repoRoot } from './git-fixture.js';

// The repository's one scripts entry, as `pnpm spec:diff` / `pnpm spec:check` run it.
const cli = join(repoRoot, 'scripts', 'bin', 'dtk-specs.js');

async function run(cwd: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [cli, ...args], { cwd });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

// each case runs the CLI (a process that bundles two revisions and runs redocly): slow on a busy machine
describe('spec:diff and spec:check in a repository', { timeout: 120_000 }, () => {
  let repo: GitFixture;

  beforeAll(() => {
    repo = createGitFixture(['consumer-api']);
    repo.edit('specs/consumer-api/accounts.yaml', (text) => {
      const withoutActive = text.replace(/ {8}- name: active\n(?: {10}.*\n)+/, '');
      expect(withoutActive).not.toBe(text);
      return withoutActive.replace("summary: List the user's accounts", "summary: List all of the user's accounts");
    });
  });
  afterAll(() => repo.remove());

  it('reports nothing for an unchanged tree', async () => {
    const clean = createGitFixture(['consumer-api']);
    try {
      const result = await run(clean.root, 'diff', '--json');
      expect(result.code).toBe(0);
      expect(JSON.parse(result.stdout)).toEqual([]);
      expect((await run(clean.root, 'check')).code).toBe(0);
    } finally {
      clean.remove();
    }
  });

  it('--json prints exactly the documented shape on stdout, and nothing else', async () => {
    const { code, stdout } = await run(repo.root, 'diff', '--json');
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as Record<string, unknown>[];
    expect(report).toHaveLength(1);
    expect(Object.keys(report[0]!)).toEqual(['api', 'bump', 'changes']);
    expect(report[0]).toMatchObject({ api: 'consumer-api', bump: 'major' });
    const changes = report[0]!['changes'] as Record<string, unknown>[];
    for (const change of changes) expect(Object.keys(change)).toEqual(['bump', 'operationId', 'pointer', 'message']);
    expect(changes).toEqual([
      {
        bump: 'major',
        operationId: 'listAccounts',
        pointer: '#/paths/~1users~1{userId}~1accounts/get/parameters/1',
        message: 'Query parameter `active` was removed. [parameter-removed]',
      },
      {
        bump: 'patch',
        operationId: 'listAccounts',
        pointer: '#/paths/~1users~1{userId}~1accounts/get/summary',
        message: '`summary` changed. [documentation-changed]',
      },
    ]);
  });

  it('prints a table naming the release each package needs', async () => {
    const { stdout } = await run(repo.root, 'diff', '--base', 'main');
    expect(stdout).toContain(
      'consumer-api: major since main (@dtk/consumer-api-types@0.1.0 → minor, @dtk/consumer-api@0.1.0 → minor)',
    );
    expect(stdout).toMatch(/major +listAccounts +Query parameter `active` was removed\. \[parameter-removed\]/);
  });

  it('spec:check fails without a changeset and prints the command that writes one', async () => {
    const { code, stderr } = await run(repo.root, 'check');
    expect(code).toBe(1);
    expect(stderr).toContain(
      'no changeset added since the base names @dtk/consumer-api-types or @dtk/consumer-api; run `pnpm spec:diff --write`.',
    );
    const withBase = await run(repo.root, 'check', '--base', 'main');
    expect(withBase.stderr).toContain('run `pnpm spec:diff --base main --write`');
  });

  it('--write writes one changeset for the types and client packages; spec:check then passes', async () => {
    const { code, stderr } = await run(repo.root, 'diff', '--write');
    expect(code).toBe(0);
    expect(stderr).toContain('written .changeset/spec-consumer-api.md');
    const changeset = readFileSync(join(repo.root, '.changeset', 'spec-consumer-api.md'), 'utf8');
    expect(changeset).toBe(
      [
        '---',
        '"@dtk/consumer-api-types": minor',
        '"@dtk/consumer-api": minor',
        '---',
        '',
        'Breaking: the consumer-api description changed (1 breaking, 1 documentation; rated major by `pnpm spec:diff`).',
        '',
        '- major `listAccounts`: Query parameter `active` was removed. [parameter-removed] (`#/paths/~1users~1{userId}~1accounts/get/parameters/1`)',
        '- patch `listAccounts`: `summary` changed. [documentation-changed] (`#/paths/~1users~1{userId}~1accounts/get/summary`)',
        '',
      ].join('\n'),
    );
    const check = await run(repo.root, 'check');
    expect(check.stderr).toBe('');
    expect(check.stdout).toContain('consumer-api (major) covered by changesets');
    expect(check.code).toBe(0);
  });

  it('spec:check fails when a changeset bumps less than the classification requires', async () => {
    const path = join(repo.root, '.changeset', 'spec-consumer-api.md');
    const written = readFileSync(path, 'utf8');
    try {
      writeFileSync(path, written.replace('"@dtk/consumer-api": minor', '"@dtk/consumer-api": patch'));
      const { code, stderr } = await run(repo.root, 'check');
      expect(code).toBe(1);
      expect(stderr).toContain(
        '.changeset/spec-consumer-api.md bumps @dtk/consumer-api patch, but the change is rated major, which needs minor at 0.1.0; run `pnpm spec:diff --write`.',
      );
    } finally {
      writeFileSync(path, written);
    }
  });

  it('a changeset already on the base does not count for a new spec change', async () => {
    const committed = createGitFixture(['consumer-api']);
    try {
      writeFileSync(
        join(committed.root, '.changeset', 'older.md'),
        '---\n"@dtk/consumer-api-types": minor\n"@dtk/consumer-api": minor\n---\n\nAn older change.\n',
      );
      committed.git('add', '.');
      committed.git('commit', '-q', '-m', 'older change');
      committed.git('branch', '-f', 'main', 'HEAD');
      committed.edit('specs/consumer-api/accounts.yaml', (text) =>
        text.replace(/ {8}- name: active\n(?: {10}.*\n)+/, ''),
      );
      const { code } = await run(committed.root, 'check');
      expect(code).toBe(1);
    } finally {
      committed.remove();
    }
  });

  it('--write removes its changeset once the description matches the base again', async () => {
    const fixture = createGitFixture(['consumer-api']);
    try {
      const spec = 'specs/consumer-api/accounts.yaml';
      const original = readFileSync(join(fixture.root, spec), 'utf8');
      fixture.edit(spec, (text) => text.replace("summary: List the user's accounts", 'summary: Accounts'));
      await run(fixture.root, 'diff', '--write');
      expect(existsSync(join(fixture.root, '.changeset', 'spec-consumer-api.md'))).toBe(true);
      writeFileSync(join(fixture.root, spec), original);
      const { stderr } = await run(fixture.root, 'diff', '--write');
      expect(stderr).toContain('removed .changeset/spec-consumer-api.md');
      expect(existsSync(join(fixture.root, '.changeset', 'spec-consumer-api.md'))).toBe(false);
    } finally {
      fixture.remove();
    }
  });
});

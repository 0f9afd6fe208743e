// The one CLI (`dtk-specs`, as `pnpm lint:specs|generate` run it) on plain Node: exit codes and the exact lines.
import { execFile } from 'node:child_process';
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixtureWorkspace, type FixtureWorkspace, fixturesDir, hashFolder, lineOf, repoRoot } from './helpers.js';

const run = promisify(execFile);
const cli = join(repoRoot, 'scripts', 'bin', 'dtk-specs.js');

async function dtkSpecs(workspace: FixtureWorkspace, args: string[]) {
  const options = [
    '--specs-root',
    workspace.specsRoot,
    '--packages-root',
    workspace.packagesRoot,
    '--config',
    workspace.configPath,
  ];
  try {
    const { stdout, stderr } = await run(process.execPath, [cli, ...args, ...options]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

let workspace: FixtureWorkspace;

beforeAll(async () => {
  workspace = createFixtureWorkspace();
  const first = await dtkSpecs(workspace, ['generate']);
  expect(first.code, first.stderr).toBe(0);
});

afterAll(() => workspace.remove());

describe('dtk-specs lint', () => {
  it('prints file:line:col severity rule message per problem and exits 1 on errors, with nothing on stderr', async () => {
    const broken = join(workspace.sampleSpecDir, 'money-as-number.yaml');
    copyFileSync(join(fixturesDir, 'broken', 'money-as-number.yaml'), broken);
    const { code, stdout, stderr } = await dtkSpecs(workspace, ['lint', 'sample-api']).finally(() => rmSync(broken));
    const line = lineOf(join(fixturesDir, 'broken', 'money-as-number.yaml'), 'type: number');
    expect(code).toBe(1);
    expect(stdout).toMatch(
      new RegExp(
        `^specs/sample-api/money-as-number\\.yaml:${line}:\\d+ error dtk/money-as-decimal-string Money property "fee" must be \`type: string\``,
        'm',
      ),
    );
    expect(stdout).toMatch(/^sample-api +lint +\d+ ms +3 files, 2 errors, 0 warnings$/m);
    expect(stderr).toBe('');
  });
});

describe('dtk-specs generate', () => {
  it('skips an API when nothing it is generated from changed, and regenerates when one of its files does', async () => {
    const unchanged = await dtkSpecs(workspace, ['generate']);
    expect(unchanged.code).toBe(0);
    expect(unchanged.stdout).toBe(
      'sample-api         unchanged (nothing it is generated from changed; --force regenerates)\n',
    );

    const accounts = join(workspace.sampleSpecDir, 'accounts.yaml');
    const original = readFileSync(accounts, 'utf8');
    writeFileSync(accounts, original.replace('summary: List accounts', 'summary: List the accounts'));
    try {
      const changed = await dtkSpecs(workspace, ['generate']);
      expect(changed.code, changed.stderr).toBe(0);
      expect(changed.stdout).toMatch(/^sample-api +typecheck +\d+ ms$/m);
      expect(readFileSync(join(workspace.sampleGeneratedDir, 'operations.ts'), 'utf8')).toContain(
        '— List the accounts',
      );
    } finally {
      writeFileSync(accounts, original);
    }
    expect((await dtkSpecs(workspace, ['generate'])).stdout).toMatch(/^sample-api +write +\d+ ms$/m);
  });

  it('--check exits 1 and lists the stale files, writing nothing', async () => {
    const schema = join(workspace.sampleGeneratedDir, 'schema.ts');
    writeFileSync(schema, '// edited by hand\n');
    const before = hashFolder(workspace.sampleGeneratedDir);
    const { code, stdout, stderr } = await dtkSpecs(workspace, ['generate', 'sample-api', '--check']);
    expect(code).toBe(1);
    expect(stderr).toContain('stale: packages/sample-api-types/src/generated/schema.ts\n');
    expect(stdout).toMatch(/^sample-api +check +\d+ ms$/m);
    expect(hashFolder(workspace.sampleGeneratedDir)).toBe(before);
    // a hand edit is not "unchanged": the next generate rewrites it
    const { stdout: again } = await dtkSpecs(workspace, ['generate', 'sample-api']);
    expect(again).toMatch(/^sample-api +write +\d+ ms$/m);
    expect(readFileSync(schema, 'utf8')).not.toContain('edited by hand');
  });

  it('names an unknown API and the ones it has', async () => {
    const { code, stderr } = await dtkSpecs(workspace, ['generate', 'nope']);
    expect(code).toBe(1);
    expect(stderr).toBe('Unknown API nope: no folder under specs/ (have: sample-api)\n');
  });
});

// The CLI as `pnpm lint:specs` / `pnpm generate --check` run it: exit codes and the exact output lines.
import { execFile } from 'node:child_process';
import { copyFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../src/generate.js';
import { createFixtureWorkspace, fixturesDir, hashFolder, lineOf, repoRoot, type FixtureWorkspace } from './helpers.js';

const run = promisify(execFile);
const cli = join(repoRoot, 'scripts', 'bin', 'dtk-specs.js');

async function dtkSpecs(workspace: FixtureWorkspace, args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, [cli, ...args, '--specs-root', workspace.specsRoot, '--packages-root', workspace.packagesRoot]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

let workspace: FixtureWorkspace;

beforeAll(async () => {
  workspace = createFixtureWorkspace();
  expect((await generate([], workspace)).ok).toBe(true);
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
      new RegExp(`^specs/sample-api/money-as-number\\.yaml:${line}:\\d+ error dtk/money-as-decimal-string Money property "fee" must be \`type: string\``, 'm'),
    );
    expect(stdout).toMatch(/^sample-api +lint +\d+ ms +3 files, 2 errors, 0 warnings$/m);
    expect(stderr).toBe('');
  });
});

describe('dtk-specs generate --check', () => {
  it('exits 1 and lists the stale files, writing nothing', async () => {
    const schema = join(workspace.sampleGeneratedDir, 'schema.ts');
    writeFileSync(schema, '// edited by hand\n');
    const before = hashFolder(workspace.sampleGeneratedDir);
    const { code, stdout, stderr } = await dtkSpecs(workspace, ['generate', 'sample-api', '--check']);
    expect(code).toBe(1);
    expect(stderr).toContain('stale: packages/sample-api-types/src/generated/schema.ts\n');
    expect(stdout).toMatch(/^sample-api +check +\d+ ms$/m);
    expect(hashFolder(workspace.sampleGeneratedDir)).toBe(before);
  });
});

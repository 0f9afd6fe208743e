// `pnpm generate` ends with what it changed per API, classified like `spec:diff`: run through the generate CLI on a
// temp workspace (the sample API of the pipeline's fixtures, with its own lint policy).
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixtureWorkspace } from '../helpers.js';
import { repoRoot } from './git-fixture.js';

const cli = join(repoRoot, 'scripts', 'bin', 'dtk-specs.js');
const workspace = createFixtureWorkspace();
const { specsRoot, packagesRoot, configPath } = workspace;

async function generate(...flags: string[]): Promise<string> {
  const { stdout } = await promisify(execFile)(process.execPath, [
    cli,
    'generate',
    'sample-api',
    '--specs-root',
    specsRoot,
    '--packages-root',
    packagesRoot,
    '--config',
    configPath,
    ...flags,
  ]);
  return stdout;
}

describe('generate summary', { timeout: 120_000 }, () => {
  beforeAll(() => {
    writeFileSync(
      join(packagesRoot, 'sample-api-types', 'package.json'),
      '{ "name": "@dtk/sample-api-types", "version": "0.3.1" }\n',
    );
  });
  afterAll(() => workspace.remove());

  it('lists every operation of a first generation as added', async () => {
    const stdout = await generate();
    expect(stdout).toContain('What this run changed:');
    expect(stdout).toMatch(
      /^sample-api: minor since the previous generated output \(@dtk\/sample-api-types@0\.3\.1 → patch\)$/m,
    );
    expect(stdout).toMatch(
      /^ {2}minor +\w+ +New operation `(GET|POST|PUT|PATCH|DELETE) \/[^`]*`\. \[operation-added\]$/m,
    );
  });

  it('says an API is unchanged when regenerating changes nothing, and says nothing when it skips the API', async () => {
    expect(await generate()).not.toMatch(/What this run changed/);
    expect(await generate('--force')).toMatch(/^sample-api: unchanged since the previous generated output$/m);
  });

  it('classifies what a spec edit changed, with the release it needs', async () => {
    const file = join(specsRoot, 'sample-api', 'transfers.yaml');
    const original = readFileSync(file, 'utf8');
    const edited = original.replace(/^( +)summary: (.+)$/m, '$1summary: $2 (revised)');
    expect(edited).not.toBe(original);
    writeFileSync(file, edited);
    const stdout = await generate();
    expect(stdout).toMatch(
      /^sample-api: patch since the previous generated output \(@dtk\/sample-api-types@0\.3\.1 → patch\)$/m,
    );
    expect(stdout).toMatch(/^ {2}patch +\w+ +`summary` changed\. \[documentation-changed\]$/m);
  });
});

// `pnpm new-api`: registers the API in redocly.yaml (keeping its comments), scaffolds the types package,
// never overwrites, and the result generates.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { generate } from '../src/generate.js';
import { newApi } from '../src/new-api.js';
import { resolveWorkspace, type Workspace } from '../src/workspace.js';
import { createFixtureWorkspace, fixturesDir, repoRoot, type FixtureWorkspace } from './helpers.js';

let fixture: FixtureWorkspace;
let workspace: Workspace;

beforeAll(() => {
  fixture = createFixtureWorkspace();
  const configPath = join(fixture.root, 'redocly.yaml');
  // the copy loads the real plugin by absolute path
  const config = readFileSync(join(repoRoot, 'redocly.yaml'), 'utf8').replace(
    './scripts/redocly-plugin/index.js',
    join(repoRoot, 'scripts', 'redocly-plugin', 'index.js'),
  );
  writeFileSync(configPath, config);
  workspace = resolveWorkspace({ ...fixture, configPath });
});

afterAll(() => fixture.remove());

describe('newApi', () => {
  it('adds the registry entry and the package files', () => {
    const created = newApi(workspace, 'deposit-api', 'Deposit API');
    expect(created).toEqual([
      'specs/deposit-api/',
      'redocly.yaml (apis.deposit-api)',
      ...['package.json', 'turbo.json', 'tsconfig.json', 'tsconfig.build.json', 'src/index.ts', 'test/operations.test.ts', 'README.md'].map(
        (file) => `packages/deposit-api-types/${file}`,
      ),
    ]);
    const text = readFileSync(workspace.configPath, 'utf8');
    expect(text).toContain('# the house rules (scripts/redocly-plugin)');
    expect(parse(text).apis['deposit-api']).toEqual({
      root: 'packages/deposit-api-types/src/generated/openapi.json',
      'x-dtk': { title: 'Deposit API' },
    });
    const packageJson = JSON.parse(readFileSync(join(workspace.packagesRoot, 'deposit-api-types', 'package.json'), 'utf8'));
    expect(packageJson).toMatchObject({
      name: '@dtk/deposit-api-types',
      version: '0.1.0',
      type: 'module',
      sideEffects: false,
      scripts: { generate: 'dtk-specs generate deposit-api', 'lint:specs': 'dtk-specs lint deposit-api' },
    });
    expect(Object.keys(packageJson.exports['.'])).toEqual(['types', 'default']);
  });

  it('changes nothing when run again', () => {
    const config = readFileSync(workspace.configPath, 'utf8');
    writeFileSync(join(workspace.packagesRoot, 'deposit-api-types', 'README.md'), 'edited\n');
    expect(newApi(workspace, 'deposit-api', 'Other title')).toEqual([]);
    expect(readFileSync(workspace.configPath, 'utf8')).toBe(config);
    expect(readFileSync(join(workspace.packagesRoot, 'deposit-api-types', 'README.md'), 'utf8')).toBe('edited\n');
  });

  it('generates the new package once specs exist, titled from the registry', async () => {
    cpSync(join(fixturesDir, 'specs', 'sample-api'), join(workspace.specsRoot, 'deposit-api'), { recursive: true });
    const result = await generate(['deposit-api'], workspace);
    expect(result.ok, JSON.stringify(result.apis)).toBe(true);
    const generatedDir = join(workspace.packagesRoot, 'deposit-api-types', 'src', 'generated');
    const openapi = JSON.parse(readFileSync(join(generatedDir, 'openapi.json'), 'utf8'));
    expect(openapi.info.title).toBe('Deposit API');
    expect(readFileSync(join(generatedDir, 'operations.ts'), 'utf8')).toMatch(/^\/\*\*\n \* GENERATED FILE - DO NOT EDIT\./);
  });
});

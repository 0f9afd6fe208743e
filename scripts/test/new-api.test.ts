// `pnpm new-api`: registers the API in redocly.yaml (keeping its comments), scaffolds the types and client
// packages, never overwrites, and the result generates.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CLIENT_PACKAGE_PINS } from '../src/client-package-template.js';
import { generate } from '../src/generate.js';
import { newApi } from '../src/new-api.js';
import { resolveWorkspace, type Workspace } from '../src/workspace.js';
import { createFixtureWorkspace, fixturesDir, repoRoot, type FixtureWorkspace } from './helpers.js';

let fixture: FixtureWorkspace;
let workspace: Workspace;

const CLIENT_FILES = [
  'tsconfig.json',
  'tsconfig.build.json',
  '.size-limit.json',
  'src/create-client.ts',
  'src/scopes.ts',
  'src/index.ts',
  'test/client.test.ts',
  'README.md',
  'package.json',
];

/** Every file under `dir` (relative, sorted) with its content. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files[path.slice(dir.length + 1)] = readFileSync(path, 'utf8');
  }
  return files;
}

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
    const original = readFileSync(workspace.configPath, 'utf8');
    const created = newApi(workspace, 'deposit-api', 'Deposit API');
    expect(created).toEqual([
      'specs/deposit-api/',
      'redocly.yaml (apis.deposit-api)',
      ...['package.json', 'turbo.json', 'tsconfig.json', 'tsconfig.build.json', 'src/index.ts', 'test/operations.test.ts', 'README.md'].map(
        (file) => `packages/deposit-api-types/${file}`,
      ),
      ...CLIENT_FILES.map((file) => `packages/deposit-api/${file}`),
    ]);
    const text = readFileSync(workspace.configPath, 'utf8');
    // Appended as text: the rest of the file (comments, folded descriptions) stays byte for byte.
    expect(text.slice(0, original.trimEnd().length)).toBe(original.trimEnd());
    expect(text.slice(original.trimEnd().length)).toBe(
      '\n  deposit-api:\n    root: packages/deposit-api-types/src/generated/openapi.json\n    x-dtk:\n      title: Deposit API\n',
    );
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

  it('scaffolds the client package the way @dtk/consumer-api is built', () => {
    const dir = join(workspace.packagesRoot, 'deposit-api');
    const packageJson = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    expect(packageJson).toMatchObject({
      name: '@dtk/deposit-api',
      version: '0.1.0',
      type: 'module',
      sideEffects: false,
      engines: { node: '>=20.19' },
      files: ['dist', '!dist/**/*.test.*'],
      scripts: { build: 'tsc -p tsconfig.build.json', typecheck: 'tsc -p tsconfig.json', test: 'vitest run --testTimeout=20000 --hookTimeout=20000', size: 'size-limit' },
      dependencies: { '@dtk/auth': 'workspace:*', '@dtk/deposit-api-types': 'workspace:*', '@dtk/runtime': 'workspace:*', 'openapi-fetch': '0.17.0' },
      devDependencies: { '@dtk/testkit': 'workspace:*' },
    });
    expect(Object.keys(packageJson.exports['.'])).toEqual(['types', 'default']);

    // The pins agree with the existing clients, so a new package adds no second copy of anything.
    const consumer = JSON.parse(readFileSync(join(repoRoot, 'packages', 'consumer-api', 'package.json'), 'utf8'));
    for (const [name, version] of Object.entries(CLIENT_PACKAGE_PINS)) {
      expect(consumer.dependencies[name] ?? consumer.devDependencies[name], name).toBe(version);
    }
    for (const file of ['tsconfig.json', 'tsconfig.build.json']) {
      expect(JSON.parse(readFileSync(join(dir, file), 'utf8')), file).toEqual(
        JSON.parse(readFileSync(join(repoRoot, 'packages', 'consumer-api', file), 'utf8')),
      );
    }

    const createClient = readFileSync(join(dir, 'src', 'create-client.ts'), 'utf8');
    expect(createClient).toContain("import { operationRoutes, operationScopes, type paths } from '@dtk/deposit-api-types';");
    expect(createClient).toContain('export function createDepositApiClient(options: DepositApiClientOptions): DepositApiClient {');
    expect(createClient).toContain('operations: { routes: operationRoutes, scopes: operationScopes },');
    expect(readFileSync(join(dir, 'src', 'index.ts'), 'utf8')).toContain('export { depositApiScopesFor } from');
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toMatch(/^# @dtk\/deposit-api\n/);
  });

  it('writes TypeScript that parses', () => {
    const dir = join(workspace.packagesRoot, 'deposit-api');
    for (const file of CLIENT_FILES.filter((name) => name.endsWith('.ts'))) {
      const { diagnostics } = ts.transpileModule(readFileSync(join(dir, file), 'utf8'), { reportDiagnostics: true, fileName: file });
      expect(diagnostics?.map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')), file).toEqual([]);
    }
  });

  it('changes nothing when run again', () => {
    const config = readFileSync(workspace.configPath, 'utf8');
    writeFileSync(join(workspace.packagesRoot, 'deposit-api-types', 'README.md'), 'edited\n');
    writeFileSync(join(workspace.packagesRoot, 'deposit-api', 'src', 'create-client.ts'), '// edited\n');
    const before = snapshot(workspace.packagesRoot);
    expect(newApi(workspace, 'deposit-api', 'Other title')).toEqual([]);
    expect(readFileSync(workspace.configPath, 'utf8')).toBe(config);
    expect(snapshot(workspace.packagesRoot)).toEqual(before);
    expect(readFileSync(join(workspace.packagesRoot, 'deposit-api-types', 'README.md'), 'utf8')).toBe('edited\n');
    expect(readFileSync(join(workspace.packagesRoot, 'deposit-api', 'src', 'create-client.ts'), 'utf8')).toBe('// edited\n');
  });

  it('leaves an existing package of the same name alone, and finishes a scaffold that has no package.json yet', () => {
    const existing = join(workspace.packagesRoot, 'ledger');
    mkdirSync(existing, { recursive: true });
    writeFileSync(join(existing, 'package.json'), '{ "name": "@dtk/ledger" }\n');
    expect(newApi(workspace, 'ledger', undefined).filter((file) => file.startsWith('packages/ledger/'))).toEqual([]);
    expect(readdirSync(existing)).toEqual(['package.json']);

    const unfinished = join(workspace.packagesRoot, 'teller');
    mkdirSync(join(unfinished, 'src'), { recursive: true });
    writeFileSync(join(unfinished, 'src', 'index.ts'), '// kept\n');
    const created = newApi(workspace, 'teller', undefined).filter((file) => file.startsWith('packages/teller/'));
    expect(created).toEqual(CLIENT_FILES.filter((file) => file !== 'src/index.ts').map((file) => `packages/teller/${file}`));
    expect(readFileSync(join(unfinished, 'src', 'index.ts'), 'utf8')).toBe('// kept\n');
    expect(existsSync(join(unfinished, 'package.json'))).toBe(true);
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

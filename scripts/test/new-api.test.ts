// `pnpm new-api`: registers the API (its own redocly.yaml and an entry in the root one, keeping its comments),
// scaffolds the types and client packages from the templates, imports a description with --from, never overwrites,
// and refuses bad input with a clear message and nothing written, even when writing fails half-way.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { generate } from '../src/generate/generate.js';
import { MAX_API_NAME_LENGTH } from '../src/registry/api-registry.js';
import { NewApiError, newApi } from '../src/scaffold/new-api.js';
import { resolveWorkspace, type Workspace } from '../src/workspace.js';
import { createFixtureWorkspace, type FixtureWorkspace, fixturesDir, repoRoot, snapshot } from './helpers.js';

let fixture: FixtureWorkspace;
let workspace: Workspace;

const TYPES_FILES = [
  'README.md',
  'package.json',
  'src/index.ts',
  'test/maps.test-d.ts',
  'tsconfig.build.json',
  'tsconfig.json',
  'turbo.json',
];
const CLIENT_FILES = [
  '.size-limit.json',
  'README.md',
  'src/create-client.ts',
  'src/index.ts',
  'src/scopes.ts',
  'src/servers.ts',
  'test/client.test.ts',
  'tsconfig.build.json',
  'tsconfig.json',
  'package.json',
];

/** The whole fixture workspace, to prove a refused run wrote nothing. */
const everything = () => snapshot(fixture.root);

beforeAll(() => {
  fixture = createFixtureWorkspace();
  workspace = resolveWorkspace(fixture);
});

afterAll(() => fixture.remove());

describe('new-api without --from', () => {
  it('adds the API config, the root index entry and the package files', () => {
    const original = readFileSync(workspace.configPath, 'utf8');
    const created = newApi(workspace, 'deposit-api', { title: 'Deposit API' });
    expect(created).toEqual([
      'specs/deposit-api/redocly.yaml',
      ...TYPES_FILES.map((file) => `packages/deposit-api-types/${file}`),
      ...CLIENT_FILES.map((file) => `packages/deposit-api/${file}`),
      'redocly.yaml (apis.deposit-api)',
    ]);
    // appended as text: the rest of the root config (comments, layout) stays byte for byte
    const text = readFileSync(workspace.configPath, 'utf8');
    expect(text.slice(0, original.length)).toBe(original);
    expect(text.slice(original.length)).toBe(
      '  deposit-api:\n    root: packages/deposit-api-types/src/generated/openapi.json\n    extends:\n      - ./specs/deposit-api/redocly.yaml\n',
    );
    const config = parse(readFileSync(join(workspace.specsRoot, 'deposit-api', 'redocly.yaml'), 'utf8'));
    expect(config).toMatchObject({ extends: ['dtk/house'], rules: {}, 'x-dtk': { title: 'Deposit API' } });
    expect(existsSync(join(workspace.specsRoot, 'deposit-api', config.plugins[0]))).toBe(true);
    const packageJson = JSON.parse(
      readFileSync(join(workspace.packagesRoot, 'deposit-api-types', 'package.json'), 'utf8'),
    );
    expect(packageJson).toMatchObject({
      name: '@dtk/deposit-api-types',
      version: '0.1.0',
      type: 'module',
      sideEffects: false,
      scripts: { generate: 'dtk-specs generate deposit-api' },
    });
    expect(Object.keys(packageJson.exports['.'])).toEqual(['types', 'default']);
    const turbo = JSON.parse(readFileSync(join(workspace.packagesRoot, 'deposit-api-types', 'turbo.json'), 'utf8'));
    expect(turbo.tasks.generate.inputs).toContain('$TURBO_ROOT$/specs/deposit-api/**');
  });

  it('scaffolds the client package the way @dtk/consumer-api is built', () => {
    const dir = join(workspace.packagesRoot, 'deposit-api');
    const packageJson = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    expect(packageJson).toMatchObject({
      name: '@dtk/deposit-api',
      description: "Typed client for the Deposit API of Jack Henry's Banno Digital Toolkit.",
      dependencies: {
        '@dtk/auth': 'workspace:*',
        '@dtk/deposit-api-types': 'workspace:*',
        '@dtk/runtime': 'workspace:*',
      },
      devDependencies: { '@dtk/testkit': 'workspace:*' },
    });
    // the pins agree with the existing clients, so a new package adds no second copy of anything
    const consumer = JSON.parse(readFileSync(join(repoRoot, 'packages', 'consumer-api', 'package.json'), 'utf8'));
    for (const [name, version] of Object.entries<string>({
      ...packageJson.dependencies,
      ...packageJson.devDependencies,
    })) {
      if (!version.startsWith('workspace:'))
        expect(consumer.dependencies[name] ?? consumer.devDependencies[name], name).toBe(version);
    }
    for (const file of ['tsconfig.json', 'tsconfig.build.json']) {
      expect(JSON.parse(readFileSync(join(dir, file), 'utf8')), file).toEqual(
        JSON.parse(readFileSync(join(repoRoot, 'packages', 'consumer-api', file), 'utf8')),
      );
    }
    const createClient = readFileSync(join(dir, 'src', 'create-client.ts'), 'utf8');
    expect(createClient).toMatch(
      /import \{\s*apiServers,\s*operationRoutes,\s*operationSecurity,\s*type paths,\s*securitySchemes,?\s*\} from '@dtk\/deposit-api-types';/,
    );
    expect(createClient).toContain("from '@dtk/auth/confidential';"); // the shared machine-client helper
    expect(readFileSync(join(dir, 'src', 'servers.ts'), 'utf8')).toContain('export const DEPOSIT_API_OIDC_SERVER');
    expect(createClient).toContain(
      'export function createDepositApiClient(options: DepositApiClientOptions): DepositApiClient {',
    );
    expect(readFileSync(join(dir, 'src', 'index.ts'), 'utf8')).toContain('export { depositApiScopesFor } from');
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toMatch(/^# @dtk\/deposit-api\n/);
  });

  it('writes TypeScript that parses', () => {
    for (const [dir, files] of [
      ['deposit-api', CLIENT_FILES],
      ['deposit-api-types', TYPES_FILES],
    ] as const) {
      for (const file of files.filter((name) => name.endsWith('.ts'))) {
        const { diagnostics } = ts.transpileModule(readFileSync(join(workspace.packagesRoot, dir, file), 'utf8'), {
          reportDiagnostics: true,
          fileName: file,
        });
        expect(
          diagnostics?.map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')),
          file,
        ).toEqual([]);
      }
    }
  });

  it('changes nothing when run again', () => {
    writeFileSync(join(workspace.packagesRoot, 'deposit-api-types', 'README.md'), 'edited\n');
    writeFileSync(join(workspace.packagesRoot, 'deposit-api', 'src', 'create-client.ts'), '// edited\n');
    const before = everything();
    expect(newApi(workspace, 'deposit-api', { title: 'Other title' })).toEqual([]);
    expect(everything()).toEqual(before);
  });

  it('leaves an existing package of the same name alone, and finishes a scaffold that has no package.json yet', () => {
    const existing = join(workspace.packagesRoot, 'ledger');
    mkdirSync(existing, { recursive: true });
    writeFileSync(join(existing, 'package.json'), '{ "name": "@dtk/ledger" }\n');
    expect(newApi(workspace, 'ledger').filter((file) => file.startsWith('packages/ledger/'))).toEqual([]);
    expect(readdirSync(existing)).toEqual(['package.json']);

    const unfinished = join(workspace.packagesRoot, 'teller');
    mkdirSync(join(unfinished, 'src'), { recursive: true });
    writeFileSync(join(unfinished, 'src', 'index.ts'), '// kept\n');
    const created = newApi(workspace, 'teller').filter((file) => file.startsWith('packages/teller/'));
    expect(created).toEqual(
      CLIENT_FILES.filter((file) => file !== 'src/index.ts').map((file) => `packages/teller/${file}`),
    );
    expect(readFileSync(join(unfinished, 'src', 'index.ts'), 'utf8')).toBe('// kept\n');
  });

  it('generates the new package once description files exist, titled from its config', async () => {
    cpSync(join(fixturesDir, 'specs', 'sample-api'), join(workspace.specsRoot, 'deposit-api'), { recursive: true });
    const result = await generate(['deposit-api'], workspace);
    expect(result.ok, JSON.stringify(result.apis)).toBe(true);
    const generatedDir = join(workspace.packagesRoot, 'deposit-api-types', 'src', 'generated');
    expect(JSON.parse(readFileSync(join(generatedDir, 'openapi.json'), 'utf8')).info.title).toBe('Deposit API');
    expect(readFileSync(join(generatedDir, 'operations.ts'), 'utf8')).toMatch(
      /^\/\*\*\n \* GENERATED FILE - DO NOT EDIT\./,
    );
  });
});

describe('new-api --from', () => {
  const travel = join(fixturesDir, 'descriptions', 'travel-3.1.yaml');

  it('imports the description whole, as written, with the recommended rules and its own title, and it generates', async () => {
    const created = newApi(workspace, 'travel', { from: travel });
    expect(created.slice(0, 2)).toEqual(['specs/travel/openapi.yaml', 'specs/travel/redocly.yaml']);
    expect(readFileSync(join(workspace.specsRoot, 'travel', 'openapi.yaml'), 'utf8')).toBe(
      readFileSync(travel, 'utf8'),
    );
    const config = parse(readFileSync(join(workspace.specsRoot, 'travel', 'redocly.yaml'), 'utf8'));
    expect(config).toMatchObject({ extends: ['recommended'], 'x-dtk': { title: 'Travel API' } });
    const result = await generate(['travel'], workspace);
    expect(result.ok, JSON.stringify(result.apis)).toBe(true);
  });

  it('takes --rules house for an imported description that follows the house rules', () => {
    newApi(workspace, 'strict-travel', { from: travel, rules: 'house', title: 'Strict Travel' });
    expect(parse(readFileSync(join(workspace.specsRoot, 'strict-travel', 'redocly.yaml'), 'utf8')).extends).toEqual([
      'dtk/house',
    ]);
  });

  it('never pastes a title into code: quotes and comment ends stay text, and the maps keep it exactly', async () => {
    const title = `Evil */ globalThis.pwned = 1; /* "quoted" 'single' \`tick\` \${x}`;
    newApi(workspace, 'evil-title', { title });
    cpSync(join(fixturesDir, 'specs', 'sample-api'), join(workspace.specsRoot, 'evil-title'), { recursive: true });
    const result = await generate(['evil-title'], workspace);
    expect(result.ok, JSON.stringify(result.apis)).toBe(true);
    const tsFiles = [
      ...CLIENT_FILES.filter((file) => file.endsWith('.ts')).map((file) =>
        join(workspace.packagesRoot, 'evil-title', file),
      ),
      join(workspace.packagesRoot, 'evil-title-types', 'src', 'generated', 'operations.ts'),
      join(workspace.packagesRoot, 'evil-title-types', 'src', 'generated', 'schema.ts'),
    ];
    for (const file of tsFiles) {
      // outside comments and string literals, not one token of the title's code
      const scanner = ts.createScanner(
        ts.ScriptTarget.Latest,
        true,
        ts.LanguageVariant.Standard,
        readFileSync(file, 'utf8'),
      );
      for (let token = scanner.scan(); token !== ts.SyntaxKind.EndOfFileToken; token = scanner.scan()) {
        expect(scanner.getTokenText(), file).not.toBe('pwned');
      }
    }
    const maps = await import(
      pathToFileURL(join(workspace.packagesRoot, 'evil-title-types', 'src', 'generated', 'operations.ts')).href
    );
    expect(maps.apiDescription.title).toBe(title);
    expect((globalThis as { pwned?: unknown }).pwned).toBeUndefined();
    expect(
      JSON.parse(readFileSync(join(workspace.packagesRoot, 'evil-title', 'package.json'), 'utf8')).description,
    ).toContain(title);
  });
});

describe('new-api refuses bad input and writes nothing', () => {
  const broken = (name: string) => join(fixturesDir, 'broken', name);
  const cases: [string, () => void, RegExp][] = [
    ['a name that is not kebab-case', () => newApi(workspace, 'Deposit_API'), /must be kebab-case/],
    [
      'a name longer than npm allows for @dtk/<name>-types',
      () => newApi(workspace, `a${'b'.repeat(MAX_API_NAME_LENGTH)}`),
      /at most 203 fit npm's 214-character limit/,
    ],
    [
      'a title with a line break',
      () => newApi(workspace, 'titled', { title: 'Line\nbreak' }),
      /control characters, line breaks/,
    ],
    ['unknown --rules', () => newApi(workspace, 'ruled', { rules: 'strict' }), /--rules must be house or recommended/],
    [
      'a JSON Schema',
      () => newApi(workspace, 'schema-only', { from: broken('json-schema.json') }),
      /json-schema\.json:2:3 error dtk\/not-openapi-3 This is a JSON Schema/,
    ],
    [
      'a Swagger 2.0 file',
      () => newApi(workspace, 'swagger', { from: broken('swagger-2.yaml') }),
      /swagger-2\.yaml:1:1 error dtk\/not-openapi-3 This is a Swagger 2\.0 \(OpenAPI 2\) description/,
    ],
    [
      'a YAML syntax error',
      () => newApi(workspace, 'bad-yaml', { from: broken('yaml-syntax.yaml') }),
      /yaml-syntax\.yaml:\d+:\d+ error yaml-syntax YAML syntax/,
    ],
    [
      'a description referencing other files or URLs',
      () => newApi(workspace, 'remote', { from: broken('ref-to-url.yaml') }),
      /references other files or URLs:\n {2}\S*ref-to-url\.yaml:23: \$ref "https:\/\/schemas\.example\.test\/pet\.yaml#\/Pet"/,
    ],
    [
      'an import into an API that has descriptions',
      () => newApi(workspace, 'sample-api', { from: join(fixturesDir, 'descriptions', 'travel-3.1.yaml') }),
      /specs\/sample-api\/ already holds descriptions/,
    ],
  ];

  it.each(cases)('%s', (_name, run, message) => {
    const before = everything();
    expect(run).toThrow(NewApiError);
    expect(run).toThrow(message);
    expect(everything()).toEqual(before);
  });

  it('removes what it wrote when writing fails half-way', () => {
    // a file where the types package folder should be: the specs folder and config are written first, then this fails
    writeFileSync(join(workspace.packagesRoot, 'half-way-types'), 'in the way\n');
    const before = everything();
    expect(() => newApi(workspace, 'half-way', { title: 'Half Way' })).toThrow(/Could not write the scaffold/);
    expect(everything()).toEqual(before);
    expect(existsSync(join(workspace.specsRoot, 'half-way'))).toBe(false);
    expect(existsSync(join(workspace.packagesRoot, 'half-way'))).toBe(false);
  });
});

// Bad input gets a clear error and writes nothing: each broken fixture, added to a valid API, stops `generate` with
// its rule at its file:line, and the previous generated output stays byte-identical.
import { copyFileSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../src/generate/generate.js';
import { createFixtureWorkspace, type FixtureWorkspace, fixturesDir, hashFolder, lineOf } from './helpers.js';

const cases = [
  { fixture: 'yaml-syntax.yaml', rule: 'yaml-syntax', at: '     operationId: getBroken' },
  { fixture: 'dangling-ref.yaml', rule: 'no-unresolved-refs', at: 'DoesNotExist' },
  {
    fixture: 'duplicate-operation-id.yaml',
    rule: 'dtk/operation-id-unique-across-files',
    at: 'operationId: getAccounts',
  },
  { fixture: 'money-as-number.yaml', rule: 'dtk/money-as-decimal-string', at: 'type: number' },
  { fixture: 'missing-security.yaml', rule: 'dtk/operation-security-explicit', at: '    get:' },
  { fixture: 'response-without-example.yaml', rule: 'dtk/response-body-example', at: 'application/json:' },
  { fixture: 'path-parameter-without-example.yaml', rule: 'dtk/path-parameter-example', at: '- in: path' },
  { fixture: 'example-not-matching-schema.yaml', rule: 'no-invalid-media-type-examples', at: "count: 'three'" },
  { fixture: 'component-conflict.yaml', rule: 'dtk/join-component-conflict', at: '    Error:' },
  { fixture: 'json-syntax.json', rule: 'yaml-syntax', at: '"get": {' },
  {
    fixture: 'json-schema.json',
    rule: 'dtk/not-openapi-3',
    at: '"$schema"',
    message: /This is a JSON Schema \(https:\/\/json-schema.org\/draft\/2020-12\/schema\), not an OpenAPI description/,
  },
  {
    fixture: 'swagger-2.yaml',
    rule: 'dtk/not-openapi-3',
    at: 'swagger:',
    message: /Swagger 2\.0 \(OpenAPI 2\) description.*Convert it to OpenAPI 3/,
  },
  { fixture: 'asyncapi.yaml', rule: 'dtk/not-openapi-3', at: 'asyncapi:', message: /AsyncAPI document/ },
  {
    fixture: 'ref-to-url.yaml',
    rule: 'dtk/ref-outside-api',
    at: 'schemas.example.test',
    message: /points to a URL: `generate` never fetches anything/,
  },
  {
    fixture: 'ref-outside-folder.yaml',
    rule: 'dtk/ref-outside-api',
    at: '../other-api/pet.yaml',
    message: /points outside specs\/sample-api\//,
  },
  {
    fixture: 'ref-in-extension.yaml',
    rule: 'dtk/ref-outside-api',
    at: '$ref: /etc/hostname',
    message: /"\/etc\/hostname" points outside specs\/sample-api\//,
  },
  {
    fixture: 'circular-alias.yaml',
    rule: 'dtk/ref-cycle',
    at: "      $ref: '#/components/schemas/AliasB'",
    message: /#\/components\/schemas\/AliasA → #\/components\/schemas\/AliasB → #\/components\/schemas\/AliasA/,
  },
  {
    fixture: 'circular-array.yaml',
    rule: 'dtk/ref-cycle',
    at: "        $ref: '#/components/schemas/Nested'",
    message: /no object property in between/,
  },
] as const satisfies readonly { fixture: string; rule: string; at: string; message?: RegExp }[];

let workspace: FixtureWorkspace;
let hashBefore: string;

beforeAll(async () => {
  workspace = createFixtureWorkspace();
  const first = await generate([], workspace);
  expect(first.ok, JSON.stringify(first.apis)).toBe(true);
  hashBefore = hashFolder(workspace.sampleGeneratedDir);
});

afterAll(() => workspace.remove());

describe('a broken description file stops generate', () => {
  it.each(cases)('$fixture → $rule', async (testCase) => {
    const { fixture, rule, at } = testCase;
    const source = join(fixturesDir, 'broken', fixture);
    const target = join(workspace.sampleSpecDir, fixture);
    copyFileSync(source, target);
    try {
      const result = await generate(['sample-api'], workspace);
      expect(result.ok).toBe(false);
      const [api] = result.apis;
      expect(api?.written).toBe(false);
      const errors = api?.problems.filter((problem) => problem.severity === 'error') ?? [];
      expect(errors).toContainEqual(
        expect.objectContaining({ rule, file: `specs/sample-api/${fixture}`, line: lineOf(source, at) }),
      );
      if ('message' in testCase) expect(errors.find((error) => error.rule === rule)?.message).toMatch(testCase.message);
      expect(hashFolder(workspace.sampleGeneratedDir)).toBe(hashBefore);
    } finally {
      rmSync(target);
    }
  });

  it('names the first file of a duplicate operationId', async () => {
    const target = join(workspace.sampleSpecDir, 'duplicate-operation-id.yaml');
    copyFileSync(join(fixturesDir, 'broken', 'duplicate-operation-id.yaml'), target);
    try {
      const [api] = (await generate(['sample-api'], workspace)).apis;
      const line = lineOf(join(workspace.sampleSpecDir, 'accounts.yaml'), 'operationId: getAccounts');
      expect(api?.problems.map((p) => p.message)).toContain(
        `operationId "getAccounts" is already used in specs/sample-api/accounts.yaml:${line}.`,
      );
    } finally {
      rmSync(target);
    }
  });

  it('regenerates the same bytes once the spec is fixed', async () => {
    const result = await generate(['sample-api'], { ...workspace, check: true });
    expect(result.ok, JSON.stringify(result.apis)).toBe(true);
    expect(hashFolder(workspace.sampleGeneratedDir)).toBe(hashBefore);
  });
});

describe('circular references', () => {
  it('keeps cycles that pass through an object property (trees, lists, maps, expressions)', async () => {
    workspace.addApi('folders', { policy: 'recommended', files: { 'descriptions/legal-cycles.yaml': 'openapi.yaml' } });
    const result = await generate(['folders'], workspace);
    expect(result.ok, JSON.stringify(result.apis)).toBe(true);
    const schema = readFileSync(join(workspace.packagesRoot, 'folders-types', 'src', 'generated', 'schema.ts'), 'utf8');
    expect(schema).toContain('children?: components["schemas"]["Folder"][];');
    expect(schema).toContain('previous?: components["schemas"]["Change"];');
  });
});

// Each broken fixture, added to a valid API, stops the pipeline with its rule at its file:line,
// and leaves the previous generated output byte-identical.
import { copyFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../src/generate.js';
import { createFixtureWorkspace, fixturesDir, hashFolder, lineOf, type FixtureWorkspace } from './helpers.js';

const cases = [
  { fixture: 'yaml-syntax.yaml', rule: 'yaml-syntax', at: '     operationId: getBroken' },
  { fixture: 'dangling-ref.yaml', rule: 'no-unresolved-refs', at: 'DoesNotExist' },
  { fixture: 'duplicate-operation-id.yaml', rule: 'dtk/operation-id-unique-across-files', at: 'operationId: getAccounts' },
  { fixture: 'money-as-number.yaml', rule: 'dtk/money-as-decimal-string', at: 'type: number' },
  { fixture: 'missing-security.yaml', rule: 'dtk/operation-security-explicit', at: '    get:' },
  { fixture: 'response-without-example.yaml', rule: 'dtk/response-body-example', at: 'application/json:' },
  { fixture: 'path-parameter-without-example.yaml', rule: 'dtk/path-parameter-example', at: '- in: path' },
  { fixture: 'example-not-matching-schema.yaml', rule: 'no-invalid-media-type-examples', at: "count: 'three'" },
  { fixture: 'component-conflict.yaml', rule: 'dtk/join-component-conflict', at: '    Error:' },
] as const;

let workspace: FixtureWorkspace;
let hashBefore: string;

beforeAll(async () => {
  workspace = createFixtureWorkspace();
  const first = await generate([], workspace);
  expect(first.ok, JSON.stringify(first.apis)).toBe(true);
  hashBefore = hashFolder(workspace.sampleGeneratedDir);
});

afterAll(() => workspace.remove());

describe('a broken spec stops generate', () => {
  it.each(cases)('$fixture → $rule', async ({ fixture, rule, at }) => {
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
    expect(result.ok).toBe(true);
    expect(hashFolder(workspace.sampleGeneratedDir)).toBe(hashBefore);
  });
});

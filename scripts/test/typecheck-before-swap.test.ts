// Generated types that do not compile are caught by `generate`, not by a later build: the TypeScript error is
// printed at the schema it comes from (JSON pointer, spec file:line), the exit code is 1, and the previous output
// stays byte-identical.
import { execFile } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { generate } from '../src/generate/generate.js';
import { createFixtureWorkspace, type FixtureWorkspace, fixturesDir, hashFolder, lineOf, repoRoot } from './helpers.js';

const uncompilable = join(fixturesDir, 'descriptions', 'types-do-not-compile.yaml');
let workspace: FixtureWorkspace;
let description: string;
let generatedDir: string;

beforeAll(async () => {
  workspace = createFixtureWorkspace();
  const dir = workspace.addApi('things', { policy: 'recommended' });
  description = join(dir, 'openapi.yaml');
  generatedDir = join(workspace.packagesRoot, 'things-types', 'src', 'generated');
  // first a version whose types compile: the base schema is not nullable
  const compiling = parse(readFileSync(uncompilable, 'utf8'));
  delete compiling.components.schemas.Thing.nullable;
  writeFileSync(description, stringify(compiling));
  const first = await generate(['things'], workspace);
  expect(first.ok, JSON.stringify(first.apis)).toBe(true);
});

afterAll(() => workspace.remove());

describe('a description whose generated types do not compile', () => {
  it('fails generate with the TypeScript error at the schema, and leaves the previous output byte-identical', async () => {
    const before = hashFolder(generatedDir);
    copyFileSync(uncompilable, description);
    const [api] = (await generate(['things'], workspace)).apis;
    expect(api?.written).toBe(false);
    expect(api?.problems.filter((problem) => problem.severity === 'error')).toEqual([
      expect.objectContaining({
        file: 'specs/things/openapi.yaml',
        line: lineOf(uncompilable, '    DetailedThing:'),
        rule: 'typescript/TS2344',
        pointer: '#/components/schemas/DetailedThing',
      }),
    ]);
    expect(api?.problems[0]?.message).toMatch(
      /^Type '"id" \| "owner"' does not satisfy the constraint 'never'\..* \(in the generated schema\.ts:\d+, from #\/components\/schemas\/DetailedThing\)$/,
    );
    expect(hashFolder(generatedDir)).toBe(before);
  });

  it('makes the CLI exit 1 and print the error line', async () => {
    copyFileSync(uncompilable, description);
    const cli = join(repoRoot, 'scripts', 'bin', 'dtk-specs.js');
    const args = [
      cli,
      'generate',
      'things',
      '--specs-root',
      workspace.specsRoot,
      '--packages-root',
      workspace.packagesRoot,
    ];
    const failure = await promisify(execFile)(process.execPath, args).then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toMatch(
      new RegExp(
        `^specs/things/openapi\\.yaml:${lineOf(uncompilable, '    DetailedThing:')}:5 error typescript/TS2344 `,
        'm',
      ),
    );
    expect(failure?.stderr).toContain('generate failed for things; previous output left unchanged.');
  });
});

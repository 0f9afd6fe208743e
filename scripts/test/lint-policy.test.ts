// Lint policy per API: `dtk/house` or `recommended`, per-API rule overrides that the pipeline honours, and one
// redocly: the repository's `redocly` command and the pipeline agree, on fixtures and on our own three APIs.
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../src/generate/generate.js';
import { lintApi } from '../src/lint/lint-api.js';
import { selectApis } from '../src/registry/api-registry.js';
import { resolveWorkspace } from '../src/workspace.js';
import { createFixtureWorkspace, type FixtureWorkspace, fixturesDir, lineOf, repoRoot } from './helpers.js';

const travel = { 'descriptions/travel-3.1.yaml': 'openapi.yaml' };
let workspace: FixtureWorkspace;

beforeAll(() => {
  workspace = createFixtureWorkspace();
});
afterAll(() => workspace.remove());

const errorsOf = async (api: string) => {
  const [result] = (await generate([api], workspace)).apis;
  return result?.problems.filter((problem) => problem.severity === 'error') ?? [];
};

describe('one redocly', () => {
  it('the lockfile holds one @redocly/cli, the package the root and the pipeline both run', () => {
    const lock = readFileSync(join(repoRoot, 'pnpm-lock.yaml'), 'utf8');
    const versions = new Set([...lock.matchAll(/^ {2}'@redocly\/cli@([^']+)':/gm)].map((match) => match[1]));
    expect([...versions]).toHaveLength(1);
    const fromRoot = realpathSync(join(repoRoot, 'node_modules', '@redocly', 'cli'));
    const fromScripts = realpathSync(join(repoRoot, 'scripts', 'node_modules', '@redocly', 'cli'));
    expect(fromRoot).toBe(fromScripts);
    const cli = JSON.parse(readFileSync(join(fromRoot, 'package.json'), 'utf8')) as { version: string };
    expect([...versions]).toEqual([cli.version]);
    // the CLI ships its own build of openapi-core; the library the pipeline imports is the same major
    const chunks = join(fromRoot, 'lib', 'chunks');
    const bundled = new Set(
      readdirSync(chunks).flatMap((name) =>
        [...readFileSync(join(chunks, name), 'utf8').matchAll(/"@redocly\/openapi-core":"([^"]+)"/g)].map(
          (match) => match[1],
        ),
      ),
    );
    const require = createRequire(join(repoRoot, 'scripts', 'package.json'));
    const core = JSON.parse(
      readFileSync(join(dirname(require.resolve('@redocly/openapi-core')), '..', 'package.json'), 'utf8'),
    ) as { version: string };
    expect([...bundled]).toEqual([cli.version]);
    expect(core.version.split('.')[0]).toBe(cli.version.split('.')[0]);
  });

  it.each(['consumer-api', 'admin-api', 'entity-management'])(
    '`pnpm exec redocly lint %s` reports exactly what the pipeline reports for it',
    async (name) => {
      const repo = resolveWorkspace();
      const [api] = selectApis(repo, [name]);
      if (!api) throw new Error(`no API ${name}`);
      const linted = await lintApi(repo, api, async (_step, run) => run());
      const pipeline = linted.problems.map((problem) => `${problem.severity} ${problem.rule} ${problem.pointer}`);
      const { stdout } = await promisify(execFile)(
        join(repoRoot, 'node_modules', '.bin', 'redocly'),
        ['lint', name, '--format', 'json'],
        { cwd: repoRoot, env: { ...process.env, REDOCLY_TELEMETRY: 'off' }, maxBuffer: 64 * 1024 * 1024 },
      ).catch((error: { stdout: string }) => ({ stdout: error.stdout }));
      const report = JSON.parse(stdout) as {
        problems: { ruleId: string; severity: string; location: { pointer?: string }[] }[];
      };
      const cli = report.problems.map(
        (problem) => `${problem.severity} ${problem.ruleId} ${problem.location[0]?.pointer}`,
      );
      expect(cli.sort()).toEqual(pipeline.sort());
    },
  );
});

describe('lint policy per API', () => {
  it("lints an imported description with redocly's recommended rules, and the same file fails the house rules", async () => {
    workspace.addApi('travel-recommended', { policy: 'recommended', files: travel });
    expect(await errorsOf('travel-recommended')).toEqual([]);
    workspace.addApi('travel-house', { policy: 'dtk/house', files: travel });
    const rules = new Set((await errorsOf('travel-house')).map((problem) => problem.rule));
    expect(rules).toContain('dtk/operation-security-explicit');
    expect(rules).toContain('dtk/response-body-example');
  });

  it("honours per-API rule overrides in the API's redocly.yaml, both ways", async () => {
    workspace.addApi('travel-stricter', {
      policy: 'recommended',
      files: travel,
      config: 'rules:\n  operation-4xx-response: error\n',
    });
    expect(await errorsOf('travel-stricter')).toEqual([
      expect.objectContaining({
        rule: 'operation-4xx-response',
        file: 'specs/travel-stricter/openapi.yaml',
        line: lineOf(join(fixturesDir, 'descriptions', 'travel-3.1.yaml'), 'operationId: getStatus') + 4,
      }),
    ]);
    workspace.addApi('travel-relaxed', {
      policy: 'dtk/house',
      files: travel,
      config:
        'rules:\n  dtk/operation-security-explicit: off\n  dtk/response-body-example: off\n  dtk/path-parameter-example: off\n  dtk/x-source: off\n  dtk/response-enum-open: off\n',
    });
    expect(await errorsOf('travel-relaxed')).toEqual([]);
  });
});

describe('the pipeline and `pnpm exec redocly lint <api>`', () => {
  it('report the same problems for an API, through the root index entry that extends the API config', async () => {
    workspace.addApi('agree', {
      policy: 'recommended',
      files: travel,
      config: 'rules:\n  operation-4xx-response: warn\n  tag-description: error\n',
    });
    writeFileSync(
      workspace.configPath,
      `telemetry: off\napis:\n  agree:\n    root: packages/agree-types/src/generated/openapi.json\n    extends:\n      - ./specs/agree/redocly.yaml\n`,
    );
    const [result] = (await generate(['agree'], workspace)).apis;
    const pipeline = (result?.problems ?? []).map((problem) => problem.rule).sort();
    expect(pipeline).toEqual(['operation-4xx-response']);
    const cli = join(repoRoot, 'node_modules', '.bin', 'redocly');
    const { stdout } = await promisify(execFile)(cli, ['lint', 'agree', '--format', 'json'], {
      cwd: workspace.root,
      env: { ...process.env, REDOCLY_TELEMETRY: 'off' },
    }).catch((error: { stdout: string }) => ({ stdout: error.stdout }));
    const report = JSON.parse(stdout) as { problems: { ruleId: string }[] };
    expect(report.problems.map((problem) => problem.ruleId).sort()).toEqual(pipeline);
  });
});

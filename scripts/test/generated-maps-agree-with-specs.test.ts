// The one oracle for the committed output: for every API under specs/, the generated maps say what the description
// files say, read here with a plain YAML parser and none of the pipeline's code (so a generator bug cannot vouch for
// itself), and `generate --check` finds every generated file current.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { type GenerateResult, generate } from '../src/generate/generate.js';
import { formatProblem } from '../src/report/problems.js';
import { repoRoot } from './helpers.js';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
type Json = Record<string, any>;

interface GeneratedModule {
  operationRoutes: Record<string, Json>;
  operationSecurity: Record<string, unknown>;
  operationScopes: Record<string, readonly string[]>;
  securitySchemes: Record<string, Json>;
  apiDescription: Json;
}

const specsRoot = join(repoRoot, 'specs');
const apis = readdirSync(specsRoot)
  .filter((name) => statSync(join(specsRoot, name)).isDirectory())
  .sort();

/** What the maps must hold, computed from the description files alone. */
function expectedMaps(api: string) {
  const dir = join(specsRoot, api);
  const files = readdirSync(dir)
    .filter((name) => /\.(ya?ml|json)$/.test(name) && name !== 'redocly.yaml')
    .sort();
  const config = parse(readFileSync(join(dir, 'redocly.yaml'), 'utf8')) as Json;
  const routes: Record<string, Json> = {};
  const security: Record<string, unknown> = {};
  const scopes: Record<string, string[]> = {};
  const schemes: Record<string, Json> = {};
  let info: Json = {};
  let openapi = '';
  for (const name of files) {
    const spec = parse(readFileSync(join(dir, name), 'utf8')) as Json;
    info = spec.info;
    // files of one API may differ in the patch version; the joined document states the highest
    if (String(spec.openapi).localeCompare(openapi, undefined, { numeric: true }) > 0) openapi = spec.openapi;
    const local = (value: Json | undefined): Json | undefined =>
      value?.$ref ? spec.components?.[value.$ref.split('/')[2]]?.[value.$ref.split('/')[3]] : value;
    for (const [path, item] of Object.entries<Json>(spec.paths ?? {})) {
      for (const method of METHODS.filter((m) => item[m])) {
        const operation = item[method];
        const id: string = operation.operationId;
        expect(routes[id], `${api}: ${id} twice`).toBeUndefined();
        const mediaTypes = Object.keys(local(operation.requestBody)?.content ?? {});
        const server = (operation.servers ?? item.servers)?.[0]?.url;
        routes[id] = {
          method,
          path,
          ...(mediaTypes[0] && !mediaTypes.includes('application/json') && { requestContentType: mediaTypes[0] }),
          ...(server && { server }),
        };
        security[id] = 'security' in operation ? operation.security : (spec.security ?? []);
        scopes[id] = [
          ...new Set((security[id] as Json[]).flatMap((requirement) => Object.values(requirement).flat() as string[])),
        ];
      }
    }
    for (const [name, scheme] of Object.entries<Json>(spec.components?.securitySchemes ?? {})) {
      schemes[name] =
        scheme.type === 'apiKey'
          ? { type: 'apiKey', in: scheme.in, name: scheme.name }
          : scheme.type === 'http'
            ? { type: 'http', scheme: String(scheme.scheme).toLowerCase() }
            : scheme.type === 'openIdConnect'
              ? { type: 'openIdConnect', openIdConnectUrl: scheme.openIdConnectUrl }
              : { type: scheme.type };
    }
  }
  const title = files.length > 1 ? config['x-dtk'].title : info.title;
  return { routes, security, scopes, schemes, title, version: info.version, openapi };
}

let checked: GenerateResult;
beforeAll(async () => {
  checked = await generate([], { check: true });
});

describe.each(apis)('%s', (api) => {
  const packageDir = join(repoRoot, 'packages', `${api}-types`);

  it('generate --check: the description lints clean and every generated file is current', () => {
    const result = checked.apis.find((candidate) => candidate.api === api);
    expect(result?.problems.filter((problem) => problem.severity === 'error').map(formatProblem)).toEqual([]);
    expect(result?.error).toBeUndefined();
    expect(result?.staleFiles).toEqual([]);
  });

  it('maps every operation to its route, effective security, scopes and schemes, as the files say', async () => {
    const expected = expectedMaps(api);
    const generated = (await import(
      pathToFileURL(join(packageDir, 'src', 'generated', 'operations.ts')).href
    )) as GeneratedModule;
    expect(Object.keys(expected.routes).length).toBeGreaterThan(0);
    expect(generated.operationRoutes).toEqual(expected.routes);
    expect(generated.operationSecurity).toEqual(expected.security);
    expect(Object.fromEntries(Object.entries(generated.operationScopes).map(([id, list]) => [id, [...list]]))).toEqual(
      expected.scopes,
    );
    expect(generated.securitySchemes).toEqual(expected.schemes);
  });

  it('records the revision of the description: title, info.version, OpenAPI version and the sha256 of openapi.json', async () => {
    const expected = expectedMaps(api);
    const generated = (await import(
      pathToFileURL(join(packageDir, 'src', 'generated', 'operations.ts')).href
    )) as GeneratedModule;
    const published = readFileSync(join(packageDir, 'src', 'generated', 'openapi.json'));
    expect(generated.apiDescription).toMatchObject({
      title: expected.title,
      version: expected.version,
      openapi: expected.openapi,
      sha256: createHash('sha256').update(published).digest('hex'),
    });
    expect(readFileSync(join(packageDir, 'README.md'), 'utf8')).toContain(
      `sha256 \`${generated.apiDescription['sha256']}\``,
    );
  });
});

describe('every published openapi.json', () => {
  it("passes `redocly lint` (the repository's CLI) with the OpenAPI structure rules", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dtk-structural-'));
    try {
      writeFileSync(join(dir, 'redocly.yaml'), 'extends:\n  - spec\n');
      const documents = apis.map((api) =>
        join(repoRoot, 'packages', `${api}-types`, 'src', 'generated', 'openapi.json'),
      );
      const cli = join(repoRoot, 'node_modules', '.bin', 'redocly');
      const { stdout } = await promisify(execFile)(
        cli,
        ['lint', ...documents, '--config', join(dir, 'redocly.yaml'), '--format', 'json'],
        {
          env: { ...process.env, REDOCLY_TELEMETRY: 'off' },
        },
      ).catch((error: { stdout: string }) => ({ stdout: error.stdout }));
      // one JSON report per document, one after another
      const reports = stdout
        .split(/(?<=\n\})(?=\{)/)
        .map(
          (text) => JSON.parse(text) as { totals: { errors: number }; problems: { ruleId: string; message: string }[] },
        );
      expect(reports).toHaveLength(apis.length);
      for (const report of reports) {
        expect(report.problems.map((problem) => `${problem.ruleId}: ${problem.message}`)).toEqual([]);
        expect(report.totals.errors).toBe(0);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

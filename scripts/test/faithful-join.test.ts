// Joining the files of one API keeps what each file means: components merge only when identical, security schemes
// merge their scopes, `openapi` keeps its minor version, root security stays (or moves onto the operations that
// inherit it), webhooks, tags, jsonSchemaDialect and x- extensions are kept. A single file is taken as it is.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { joinSpecs } from '../src/bundle/join.js';
import { generate } from '../src/generate/generate.js';
import { bundledDescription } from '../src/lint/lint-api.js';
import { readSourceFile, type SourceFile } from '../src/load/source-file.js';
import { defineApi } from '../src/registry/api-registry.js';
import { resolveWorkspace } from '../src/workspace.js';
import { createFixtureWorkspace, fixturesDir, repoRoot } from './helpers.js';

const root = mkdtempSync(join(tmpdir(), 'dtk-join-'));
const workspace = resolveWorkspace({ specsRoot: join(root, 'specs'), packagesRoot: join(root, 'packages') });
const api = defineApi(workspace, 'demo', { title: 'Demo API' });
afterAll(() => rmSync(root, { recursive: true, force: true }));

let counter = 0;
function file(document: Record<string, unknown>): SourceFile {
  counter += 1;
  const path = join(root, `file-${counter}.yaml`);
  writeFileSync(path, stringify(document));
  const read = readSourceFile(workspace, path);
  if (!('document' in read)) throw new Error(read.message);
  return read;
}

const scheme = (scopes: Record<string, string>) => ({
  type: 'oauth2',
  flows: { clientCredentials: { tokenUrl: 'https://demo.test/token', scopes } },
});
const operation = (operationId: string, extra: Record<string, unknown> = {}) => ({
  operationId,
  responses: { '204': { description: 'Done' } },
  ...extra,
});
const joined = (...files: SourceFile[]) => {
  const result = joinSpecs(api, files);
  return { document: result.document.parsed as Record<string, any>, problems: result.problems };
};

describe('joinSpecs', () => {
  it('merges paths, tags, identical components and the scopes of same-name security schemes', () => {
    const error = { type: 'object', properties: { message: { type: 'string' } } };
    const a = file({
      openapi: '3.0.3',
      info: { version: '0.0', title: 'Page A' },
      servers: [{ url: 'https://demo.test' }],
      tags: [{ name: 'A' }],
      paths: { '/a': { get: operation('getA') } },
      components: { schemas: { Error: error }, securitySchemes: { auth: scheme({ 'a.read': 'Read A' }) } },
    });
    const b = file({
      openapi: '3.0.3',
      info: { version: '0.0', title: 'Page B' },
      servers: [{ url: 'https://demo.test' }],
      tags: [{ name: 'B' }, { name: 'A', description: 'second description is dropped' }],
      paths: { '/a': { post: operation('postA') }, '/b': { get: operation('getB') } },
      components: {
        schemas: { Error: error },
        securitySchemes: { auth: scheme({ 'b.read': 'Read B', 'a.read': 'Other' }) },
      },
    });
    const { document, problems } = joined(a, b);
    expect(problems).toEqual([]);
    expect(document['openapi']).toBe('3.0.3');
    expect(document['info']).toEqual({ title: 'Demo API', version: '0.0' });
    expect(document['servers']).toEqual([{ url: 'https://demo.test' }]);
    expect(document['tags']).toEqual([{ name: 'A' }, { name: 'B' }]);
    expect(Object.keys(document['paths'])).toEqual(['/a', '/b']);
    expect(Object.keys(document['paths']['/a'])).toEqual(['get', 'post']);
    expect(document['components']).toEqual({
      schemas: { Error: error },
      securitySchemes: { auth: scheme({ 'a.read': 'Read A', 'b.read': 'Read B' }) },
    });
  });

  it('takes a single file as it is: the joined document is that file', () => {
    const only = file({ openapi: '3.1.1', info: { title: 'Vendor', version: '9' }, 'x-vendor': true, paths: {} });
    expect(joinSpecs(api, [only]).document).toBe(only.document);
  });

  it('keeps 3.1.x as 3.1.x (the highest patch) and refuses to join 3.0 with 3.1', () => {
    const a = file({ openapi: '3.1.0', info: { version: '1' }, paths: {} });
    const b = file({ openapi: '3.1.1', info: { version: '1' }, paths: {} });
    expect(joined(a, b).document['openapi']).toBe('3.1.1');
    const c = file({ openapi: '3.0.3', info: { version: '1' }, paths: {} });
    expect(joined(a, c).problems).toEqual([
      expect.objectContaining({ rule: 'dtk/join-openapi-version', file: c.display }),
    ]);
  });

  it('keeps a root security all files state, and keeps `security: []` public', () => {
    const security = [{ auth: ['a.read'] }];
    const a = file({ openapi: '3.0.3', info: { version: '1' }, security, paths: { '/a': { get: operation('getA') } } });
    const b = file({
      openapi: '3.0.3',
      info: { version: '1' },
      security,
      paths: { '/b': { get: operation('getB', { security: [] }) } },
    });
    const { document } = joined(a, b);
    expect(document['security']).toEqual(security);
    expect(document['paths']['/a']['get']).not.toHaveProperty('security');
    expect(document['paths']['/b']['get']['security']).toEqual([]);
  });

  it('moves a root security that files disagree on onto the operations that inherit it', () => {
    const a = file({
      openapi: '3.0.3',
      info: { version: '1' },
      security: [{ auth: ['a.read'] }],
      paths: { '/a': { get: operation('getA'), put: operation('putA', { security: [{ auth: ['a.write'] }] }) } },
    });
    const b = file({ openapi: '3.0.3', info: { version: '1' }, paths: { '/b': { get: operation('getB') } } });
    const { document, problems } = joined(a, b);
    expect(problems).toEqual([]);
    expect(document).not.toHaveProperty('security');
    expect(document['paths']['/a']['get']['security']).toEqual([{ auth: ['a.read'] }]);
    expect(document['paths']['/a']['put']['security']).toEqual([{ auth: ['a.write'] }]);
    // B stated no root security: its operation stays without requirements, as it was
    expect(document['paths']['/b']['get']).not.toHaveProperty('security');
  });

  it('keeps webhooks, jsonSchemaDialect, root x- extensions and externalDocs; conflicting ones are errors', () => {
    const base = {
      openapi: '3.1.0',
      info: { version: '1' },
      jsonSchemaDialect: 'https://spec.openapis.org/oas/3.1/dialect/base',
      'x-owner': 'team-a',
    };
    const a = file({ ...base, webhooks: { created: { post: operation('created') } }, paths: {} });
    const b = file({
      ...base,
      webhooks: { deleted: { post: operation('deleted') } },
      externalDocs: { url: 'https://docs.test' },
      paths: {},
    });
    const { document, problems } = joined(a, b);
    expect(problems).toEqual([]);
    expect(Object.keys(document['webhooks'])).toEqual(['created', 'deleted']);
    expect(document).toMatchObject({
      jsonSchemaDialect: base.jsonSchemaDialect,
      'x-owner': 'team-a',
      externalDocs: { url: 'https://docs.test' },
    });
    const c = file({ ...base, 'x-owner': 'team-c', paths: {} });
    expect(joined(a, c).problems).toEqual([
      expect.objectContaining({ rule: 'dtk/join-root-conflict', file: c.display }),
    ]);
  });

  it('rejects a same-name component that differs, at the second file, naming the first', () => {
    const a = file({ components: { schemas: { Error: { type: 'string' } } } });
    const b = file({ components: { schemas: { Error: { type: 'object' } } } });
    const { problems } = joined(a, b);
    expect(problems).toEqual([
      expect.objectContaining({ rule: 'dtk/join-component-conflict', file: b.display, line: 3, col: 5 }),
    ]);
    expect(problems[0]?.message).toContain(a.display);
  });

  it('rejects files whose server URLs differ, unless the API config sets the servers', () => {
    const a = file({ servers: [{ url: 'https://one.test/api' }] });
    const b = file({ servers: [{ url: 'https://two.test/api' }] });
    expect(joined(a, b).problems).toEqual([
      expect.objectContaining({ rule: 'dtk/join-servers-conflict', file: b.display, line: 1, col: 1 }),
    ]);
    const withServers = defineApi(workspace, 'demo', { servers: [{ url: 'https://demo.test' }] });
    const result = joinSpecs(withServers, [a, b]);
    expect(result.problems).toEqual([]);
    expect((result.document.parsed as Record<string, unknown>)['servers']).toEqual([{ url: 'https://demo.test' }]);
  });

  it('rejects the same operation in two files and schemes that differ beyond their scopes', () => {
    const a = file({
      paths: { '/x': { get: operation('one') } },
      components: { securitySchemes: { auth: scheme({}) } },
    });
    const b = file({
      paths: { '/x': { get: operation('two') } },
      components: { securitySchemes: { auth: { ...scheme({}), description: 'different' } } },
    });
    expect(joined(a, b).problems.map((problem) => problem.rule)).toEqual([
      'dtk/join-path-conflict',
      'dtk/join-security-scheme-conflict',
    ]);
  });
});

describe('the published openapi.json of an imported 3.1 description', () => {
  const fixture = createFixtureWorkspace();
  afterAll(() => fixture.remove());

  it('is the vendor description itself (plus the generated notice), and passes redocly lint with the structural rules', async () => {
    fixture.addApi('travel', { policy: 'recommended', files: { 'descriptions/travel-3.1.yaml': 'openapi.yaml' } });
    const result = await generate(['travel'], fixture);
    expect(result.ok, JSON.stringify(result.apis)).toBe(true);
    const published = join(fixture.packagesRoot, 'travel-types', 'src', 'generated', 'openapi.json');
    const { 'x-generated': notice, ...document } = JSON.parse(readFileSync(published, 'utf8'));
    expect(notice).toMatch(/^GENERATED FILE - DO NOT EDIT\. Generated from specs\/travel\/openapi\.yaml/);
    expect(document).toEqual(parse(readFileSync(join(fixturesDir, 'descriptions', 'travel-3.1.yaml'), 'utf8')));
    expect(document.openapi).toBe('3.1.0');

    // the repository's redocly CLI (the same version the pipeline runs), with the OpenAPI structure rules only
    const config = join(fixture.root, 'structural.yaml');
    writeFileSync(config, 'extends:\n  - spec\n');
    const { stdout, stderr } = await promisify(execFile)(
      join(repoRoot, 'node_modules', '.bin', 'redocly'),
      ['lint', published, '--config', config, '--format', 'json'],
      {
        env: { ...process.env, REDOCLY_TELEMETRY: 'off', NO_COLOR: '1' },
      },
    );
    const report = JSON.parse(stdout) as { totals: { errors: number; warnings: number } };
    expect(report.totals, stderr).toEqual(expect.objectContaining({ errors: 0 }));
  });
});

describe('bundledDescription (for tools that compare revisions of specs/)', () => {
  const fixture = createFixtureWorkspace();
  afterAll(() => fixture.remove());

  it('bundles an API folder as generate publishes it, also from a tree whose folders have no redocly.yaml yet', async () => {
    rmSync(join(fixture.sampleSpecDir, 'redocly.yaml'));
    const document = await bundledDescription({ specsRoot: fixture.specsRoot }, 'sample-api');
    expect(Object.keys(document['paths'] as object)).toContain('/a/sample/api/v0/users/{userId}/accounts');
    expect(document['openapi']).toBe('3.0.3');
  });

  it('throws with the problems when the folder does not bundle', async () => {
    writeFileSync(join(fixture.sampleSpecDir, 'broken.yaml'), 'openapi: 3.0.3\npaths: [\n');
    await expect(bundledDescription({ specsRoot: fixture.specsRoot }, 'sample-api')).rejects.toThrow(
      /sample-api: the description does not bundle:\nspecs\/sample-api\/broken\.yaml:\d+:\d+ error yaml-syntax/,
    );
  });
});

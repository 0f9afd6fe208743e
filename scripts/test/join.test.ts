// Joining resource files: identical components merge, different ones fail naming both files,
// security schemes merge their scopes.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { defineApi } from '../src/apis.js';
import { joinSpecs } from '../src/join.js';
import { loadSpecFile } from '../src/spec-file.js';
import { resolveWorkspace } from '../src/workspace.js';

const root = mkdtempSync(join(tmpdir(), 'dtk-join-'));
const workspace = resolveWorkspace({ specsRoot: join(root, 'specs'), packagesRoot: join(root, 'packages') });
const api = defineApi(workspace, 'demo', { 'x-dtk': { title: 'Demo API' } });
afterAll(() => rmSync(root, { recursive: true, force: true }));

function file(name: string, document: Record<string, unknown>) {
  const path = join(root, name);
  writeFileSync(path, stringify(document));
  return loadSpecFile(workspace, path);
}

const scheme = (scopes: Record<string, string>) => ({
  type: 'oauth2',
  flows: { clientCredentials: { tokenUrl: 'https://demo.test/token', scopes } },
});

describe('joinSpecs', () => {
  it('merges paths, tags, identical components and the scopes of same-name security schemes', () => {
    const error = { type: 'object', properties: { message: { type: 'string' } } };
    const a = file('a.yaml', {
      info: { version: '0.0' },
      servers: [{ url: 'https://demo.test' }],
      tags: [{ name: 'A' }],
      paths: { '/a': { get: { operationId: 'getA' } } },
      components: { schemas: { Error: error }, securitySchemes: { auth: scheme({ 'a.read': 'Read A' }) } },
    });
    const b = file('b.yaml', {
      info: { version: '0.0' },
      servers: [{ url: 'https://demo.test' }],
      tags: [{ name: 'B' }, { name: 'A', description: 'second description is dropped' }],
      paths: { '/a': { post: { operationId: 'postA' } }, '/b': { get: { operationId: 'getB' } } },
      components: { schemas: { Error: error }, securitySchemes: { auth: scheme({ 'b.read': 'Read B', 'a.read': 'Other' }) } },
    });
    const { document, problems } = joinSpecs(api, [a, b]);
    expect(problems).toEqual([]);
    expect(document['info']).toEqual({ title: 'Demo API', version: '0.0' });
    expect(document['servers']).toEqual([{ url: 'https://demo.test' }]);
    expect(document['tags']).toEqual([{ name: 'A' }, { name: 'B' }]);
    expect(Object.keys(document['paths'] as object)).toEqual(['/a', '/b']);
    expect(Object.keys((document['paths'] as Record<string, object>)['/a'] ?? {})).toEqual(['get', 'post']);
    expect(document['components']).toEqual({
      schemas: { Error: error },
      securitySchemes: { auth: scheme({ 'a.read': 'Read A', 'b.read': 'Read B' }) },
    });
  });

  it('rejects a same-name component that differs, at the second file, naming the first', () => {
    const a = file('c.yaml', { components: { schemas: { Error: { type: 'string' } } } });
    const b = file('d.yaml', { components: { schemas: { Error: { type: 'object' } } } });
    const { problems } = joinSpecs(api, [a, b]);
    expect(problems).toEqual([
      expect.objectContaining({ rule: 'dtk/join-component-conflict', file: b.display, line: 3, col: 5 }),
    ]);
    expect(problems[0]?.message).toContain(a.display);
  });

  it('rejects files whose server URLs differ, unless the registry sets the servers', () => {
    const a = file('g.yaml', { servers: [{ url: 'https://one.test/api' }] });
    const b = file('h.yaml', { servers: [{ url: 'https://two.test/api' }] });
    expect(joinSpecs(api, [a, b]).problems).toEqual([
      expect.objectContaining({ rule: 'dtk/join-servers-conflict', file: b.display, line: 1, col: 1 }),
    ]);
    const withServers = defineApi(workspace, 'demo', { 'x-dtk': { servers: [{ url: 'https://demo.test' }] } });
    const joined = joinSpecs(withServers, [a, b]);
    expect(joined.problems).toEqual([]);
    expect(joined.document['servers']).toEqual([{ url: 'https://demo.test' }]);
  });

  it('rejects the same operation in two files and schemes that differ beyond their scopes', () => {
    const a = file('e.yaml', {
      paths: { '/x': { get: { operationId: 'one' } } },
      components: { securitySchemes: { auth: scheme({}) } },
    });
    const b = file('f.yaml', {
      paths: { '/x': { get: { operationId: 'two' } } },
      components: { securitySchemes: { auth: { ...scheme({}), description: 'different' } } },
    });
    const rules = joinSpecs(api, [a, b]).problems.map((problem) => problem.rule);
    expect(rules).toEqual(['dtk/join-path-conflict', 'dtk/join-security-scheme-conflict']);
  });
});

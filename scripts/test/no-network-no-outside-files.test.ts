// `generate` makes no network request and reads no file outside the API's folder (plus the folders its config
// allows), wherever a `$ref` sits: a schema, an x- extension, or a file that another file references.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { generate } from '../src/generate/generate.js';
import { createFixtureWorkspace, type FixtureWorkspace, lineOf } from './helpers.js';

let server: Server;
let baseUrl: string;
const requests: string[] = [];
let workspace: FixtureWorkspace;

beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push(req.url ?? '');
    res.setHeader('content-type', 'application/yaml');
    res.end('Pet:\n  type: object\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  workspace = createFixtureWorkspace();
});

afterAll(async () => {
  workspace.remove();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

function description(schema: unknown, extra: Record<string, unknown> = {}) {
  return stringify({
    openapi: '3.1.0',
    info: { title: 'Remote refs', version: '1.0', license: { name: 'MIT', identifier: 'MIT' } },
    servers: [{ url: 'https://remote.test' }],
    security: [],
    ...extra,
    paths: {
      '/pets': {
        get: {
          operationId: 'listPets',
          summary: 'List pets',
          responses: {
            '200': { description: 'OK', content: { 'application/json': { schema } } },
            '400': { description: 'Bad' },
          },
        },
      },
    },
  });
}

function apiWith(name: string, files: Record<string, string>, xDtk = ''): void {
  const dir = workspace.addApi(name, { policy: 'recommended', xDtk });
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
}

describe('generate and URLs', () => {
  it('refuses a $ref to a URL in a schema or an x- extension, and requests nothing', async () => {
    apiWith('remote-schema', {
      'openapi.yaml': description(
        { $ref: `${baseUrl}/pet.yaml#/Pet` },
        { 'x-notes': { $ref: `${baseUrl}/notes.yaml` } },
      ),
    });
    const [api] = (await generate(['remote-schema'], workspace)).apis;
    const refused = api?.problems.filter((problem) => problem.rule === 'dtk/ref-outside-api') ?? [];
    const file = join(workspace.specsRoot, 'remote-schema', 'openapi.yaml');
    expect(refused.map((problem) => problem.line)).toEqual([
      lineOf(file, '/notes.yaml'),
      lineOf(file, '/pet.yaml#/Pet'),
    ]);
    expect(refused[0]?.message).toContain('points to a URL');
    expect(requests).toEqual([]);
  });

  it('refuses a URL reached through an allowed file (the resolver itself never fetches)', async () => {
    apiWith('remote-nested', {
      'openapi.yaml': description({ $ref: './schemas/pet.yaml' }),
      'schemas/pet.yaml': stringify({ type: 'object', properties: { owner: { $ref: `${baseUrl}/owner.yaml` } } }),
    });
    const [api] = (await generate(['remote-nested'], workspace)).apis;
    // the nested file is not a description file of the API, so the resolver is what stops it
    const error = api?.problems.find((problem) => problem.severity === 'error');
    expect(error).toMatchObject({ rule: 'no-unresolved-refs', file: 'specs/remote-nested/schemas/pet.yaml' });
    expect(error?.message).toContain('Refused to read a URL');
    expect(requests).toEqual([]);
  });
});

describe('generate and files outside the API folder', () => {
  it('follows relative files inside the folder, and folders the config allows', async () => {
    mkdirSync(join(workspace.root, 'shared'), { recursive: true });
    writeFileSync(
      join(workspace.root, 'shared', 'error.yaml'),
      stringify({ type: 'object', properties: { message: { type: 'string' } } }),
    );
    apiWith(
      'shared-refs',
      {
        'openapi.yaml': description({ $ref: './schemas/pet.yaml' }),
        'schemas/pet.yaml': stringify({
          type: 'object',
          properties: { error: { $ref: '../../../shared/error.yaml' } },
        }),
      },
      '  refs:\n    allow: [../../shared]',
    );
    const result = await generate(['shared-refs'], workspace);
    expect(result.ok, JSON.stringify(result.apis)).toBe(true);
  });

  it('refuses the same files when the config does not allow their folder', async () => {
    apiWith('shared-refused', {
      'openapi.yaml': description({ $ref: './schemas/pet.yaml' }),
      'schemas/pet.yaml': stringify({ type: 'object', properties: { error: { $ref: '../../../shared/error.yaml' } } }),
    });
    const [api] = (await generate(['shared-refused'], workspace)).apis;
    expect(api?.problems.find((problem) => problem.severity === 'error')?.message).toMatch(
      /Refused to read outside specs\/shared-refused\//,
    );
  });
});

// What the generated maps and types mean for descriptions written by others: effective security after root
// inheritance (alternatives of requirements, `[]` public, `[{}]` optional), operation servers, security schemes,
// stable keys for operations without an operationId, parameters the credentials supply, and the description's revision.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deriveOperationKey } from '../src/codegen/operations.js';
import { generate } from '../src/generate/generate.js';
import { createFixtureWorkspace, type FixtureWorkspace } from './helpers.js';

let workspace: FixtureWorkspace;
const generatedDir = (api: string) => join(workspace.packagesRoot, `${api}-types`, 'src', 'generated');
const maps = async (api: string) =>
  import(pathToFileURL(join(generatedDir(api), 'operations.ts')).href) as Promise<Record<string, any>>;

beforeAll(async () => {
  workspace = createFixtureWorkspace();
  workspace.addApi('travel', { policy: 'recommended', files: { 'descriptions/travel-3.1.yaml': 'openapi.yaml' } });
  workspace.addApi('inventory', {
    policy: 'recommended',
    files: { 'descriptions/no-operation-ids.yaml': 'openapi.yaml' },
  });
  writeFileSync(
    join(workspace.packagesRoot, 'travel-types', 'README.md'),
    '# travel\n\n<!-- dtk:description:start -->\nold\n<!-- dtk:description:end -->\n\nKept.\n',
  );
  const result = await generate(['travel', 'inventory'], workspace);
  expect(result.ok, JSON.stringify(result.apis)).toBe(true);
});

afterAll(() => workspace.remove());

describe('operationSecurity', () => {
  it("is each operation's effective requirements: its own, else the root's; `[]` public, `[{}]` optional", async () => {
    const { operationSecurity, operationScopes } = await maps('travel');
    expect(operationSecurity).toEqual({
      listTrips: [{ oauth: ['trips:read'] }, { apiKey: [] }],
      createTrip: [{ oauth: ['trips:read', 'trips:write'] }],
      getTrip: [{ oauth: ['trips:read'] }, { apiKey: [] }],
      getStatus: [],
      listBookings: [{}, { oauth: ['bookings:read'] }],
    });
    expect(operationScopes).toEqual({
      listTrips: ['trips:read'],
      createTrip: ['trips:read', 'trips:write'],
      getTrip: ['trips:read'],
      getStatus: [],
      listBookings: ['bookings:read'],
    });
  });

  it('inherits a root requirement of another kind (http basic) the same way', async () => {
    const { operationSecurity, securitySchemes } = await maps('inventory');
    expect(
      Object.values(operationSecurity).filter((security) => JSON.stringify(security) === '[{"basicAuth":[]}]'),
    ).toHaveLength(5);
    expect(operationSecurity['getRoot']).toEqual([]);
    expect(securitySchemes).toEqual({ basicAuth: { type: 'http', scheme: 'basic' } });
  });
});

describe('operationRoutes, securitySchemes and apiDescription', () => {
  it('carry the server of a path with its own servers, the schemes, and the revision', async () => {
    const { operationRoutes, securitySchemes, apiDescription } = await maps('travel');
    expect(operationRoutes['listBookings']).toEqual({
      method: 'get',
      path: '/bookings',
      server: 'https://bookings.travel.test/v2',
    });
    expect(operationRoutes['listTrips']).toEqual({ method: 'get', path: '/trips' });
    // webhooks are calls the API makes, not calls a client makes: typed, but not routed
    expect(operationRoutes).not.toHaveProperty('tripUpdated');
    expect(securitySchemes).toEqual({
      oauth: { type: 'oauth2' },
      apiKey: { type: 'apiKey', in: 'header', name: 'X-Api-Key' },
    });
    const published = readFileSync(join(generatedDir('travel'), 'openapi.json'));
    expect(apiDescription).toEqual({
      title: 'Travel API',
      version: '2.4.0',
      openapi: '3.1.0',
      servers: ['https://api.travel.test/v1'],
      sha256: createHash('sha256').update(published).digest('hex'),
    });
  });

  it("rewrites only the README's description block", () => {
    const readme = readFileSync(join(workspace.packagesRoot, 'travel-types', 'README.md'), 'utf8');
    expect(readme).toMatch(
      /^# travel\n\n<!-- dtk:description:start -->\nGenerated from \*\*Travel API\*\* version `2\.4\.0` \(OpenAPI 3\.1\.0\); `openapi\.json` sha256 `[0-9a-f]{64}`\. The same is exported as `apiDescription`\.\n<!-- dtk:description:end -->\n\nKept\.\n$/,
    );
  });
});

describe('keys of operations without an operationId', () => {
  it('are the method and the path in camel case, with `By<Param>` for a path parameter and `Root` for /', () => {
    expect(deriveOperationKey('get', '/users/{userId}/accounts')).toBe('getUsersByUserIdAccounts');
    expect(deriveOperationKey('PUT', '/items/{item-id}/stock.json')).toBe('putItemsByItemIdStockJson');
    expect(deriveOperationKey('post', '/')).toBe('postRoot');
  });

  it('get a suffix from sha256 of "<METHOD> <path>" only when taken, so they stay stable as operations come and go', async () => {
    const suffix = (route: string) => createHash('sha256').update(route).digest('hex').slice(0, 8);
    const { operationRoutes, operationSecurity } = await maps('inventory');
    expect(Object.keys(operationRoutes)).toEqual([
      `getItems_${suffix('GET /items')}`, // `getItems` is the operationId of POST /orders
      'putItemsByItemIdStock',
      'getItems',
      `getUsersList_${suffix('GET /users-list')}`, // both paths derive getUsersList
      `getUsersList_${suffix('GET /users/list')}`,
      'getRoot',
    ]);
    expect(Object.keys(operationSecurity)).toEqual(Object.keys(operationRoutes));
    const source = readFileSync(join(generatedDir('inventory'), 'operations.ts'), 'utf8');
    expect(source).toContain('   * (no operationId in the description: derived key)\n');
  });
});

describe('parameters the credentials supply', () => {
  it('are optional in the types (Authorization, the apiKey header) while other required headers stay required', () => {
    const cases = {
      ok: "export const header: Header = { 'X-Trace': 't' };",
      all: "export const header: Header = { 'X-Trace': 't', 'X-Api-Key': 'k', Authorization: 'Bearer t' };",
      missing: 'export const header: Header = {};',
    };
    const files = Object.entries(cases).map(([name, body]) => {
      const file = join(generatedDir('travel'), `check-${name}.ts`);
      writeFileSync(
        file,
        `import type { operations } from './schema.js';\ntype Header = operations['getTrip']['parameters']['header'];\n${body}\n`,
      );
      return file;
    });
    const options = {
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      lib: ['lib.es2022.d.ts'],
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      types: [],
    };
    const diagnostics = ts.getPreEmitDiagnostics(ts.createProgram(files, options));
    const errorsIn = (name: string) =>
      diagnostics
        .filter((diagnostic) => diagnostic.file?.fileName.endsWith(`check-${name}.ts`))
        .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, ' '));
    expect(errorsIn('ok')).toEqual([]);
    expect(errorsIn('all')).toEqual([]);
    expect(errorsIn('missing').join()).toContain('Property \'"X-Trace"\' is missing');
    // the published description is not changed: it still says what the vendor wrote
    const published = JSON.parse(readFileSync(join(generatedDir('travel'), 'openapi.json'), 'utf8'));
    expect(published.paths['/trips/{tripId}'].get.parameters[1]).toMatchObject({
      name: 'Authorization',
      required: true,
    });
  });
});

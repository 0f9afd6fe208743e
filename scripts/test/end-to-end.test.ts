// From a vendor's file to a typed call: `new-api --from` imports a 3.1 description, `generate` produces its types
// package, TypeScript builds it and a caller's file (whose calls must type-check against the description), and the
// caller makes one call through @dtk/runtime's client with the generated maps against a loopback server.

import { existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../src/generate/generate.js';
import { newApi } from '../src/scaffold/new-api.js';
import { resolveWorkspace } from '../src/workspace.js';
import { createFixtureWorkspace, type FixtureWorkspace, fixturesDir, repoRoot } from './helpers.js';

let workspace: FixtureWorkspace;
let server: Server;
let baseUrl: string;
const received: { method?: string; url?: string; authorization?: string; body: string }[] = [];
let createTrip: (baseUrl: string, grantedScopes: readonly string[]) => Promise<string | undefined>;

/** Compiles a tsconfig's project (or a file list) with TypeScript's API; returns the error messages. */
function compile(rootNames: string[], options: ts.CompilerOptions): string[] {
  const program = ts.createProgram(rootNames, { skipLibCheck: true, types: [], ...options });
  const emitted = program.emit();
  return [...ts.getPreEmitDiagnostics(program), ...emitted.diagnostics].map(
    (d) => `${d.file?.fileName ?? ''}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`,
  );
}

beforeAll(async () => {
  workspace = createFixtureWorkspace();
  server = createServer((req: IncomingMessage, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      received.push({ method: req.method, url: req.url, authorization: req.headers.authorization, body });
      res.writeHead(201, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: 'trip-1', ...(JSON.parse(body || '{}') as object) }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  workspace.remove();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('a vendor description, end to end', () => {
  it('imports, generates and builds', async () => {
    newApi(resolveWorkspace(workspace), 'travel', { from: join(fixturesDir, 'descriptions', 'travel-3.1.yaml') });
    // what `pnpm install` links for the new types package's one dependency
    mkdirSync(join(workspace.root, 'node_modules', '@dtk'), { recursive: true });
    symlinkSync(join(repoRoot, 'packages', 'core'), join(workspace.root, 'node_modules', '@dtk', 'core'), 'dir');
    const result = await generate(['travel'], workspace);
    expect(result.ok, JSON.stringify(result.apis)).toBe(true);

    const packageDir = join(workspace.packagesRoot, 'travel-types');
    const config = ts.getParsedCommandLineOfConfigFile(
      join(packageDir, 'tsconfig.build.json'),
      {},
      { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined },
    );
    expect(compile(config!.fileNames, { ...config!.options, types: [] })).toEqual([]);
    expect(existsSync(join(packageDir, 'dist', 'index.js'))).toBe(true);
    expect(existsSync(join(packageDir, 'dist', 'index.d.ts'))).toBe(true);

    // a caller's file: its calls are checked against the description's types
    const runtime = join(repoRoot, 'packages', 'runtime', 'dist', 'index.js');
    const caller = join(workspace.root, 'caller.ts');
    writeFileSync(
      caller,
      `import { createApiClient, unwrap } from ${JSON.stringify(runtime)};
import { operationRoutes, operationScopes, operationSecurity, type paths } from './packages/travel-types/dist/index.js';

// every generated map the runtime may use; OpenAPI's meaning: each requirement of operationSecurity needs all its scopes
const operations = { routes: operationRoutes, scopes: operationScopes, security: operationSecurity };

export async function createTrip(baseUrl: string, grantedScopes: readonly string[]): Promise<string | undefined> {
  const client = createApiClient<paths>({
    baseUrl,
    accessToken: 'e2e-access-token',
    retry: false,
    grantedScopes: () => grantedScopes,
    operations,
  });
  const trip = await unwrap(client.POST(operationRoutes.createTrip.path, { body: { destination: 'Lisbon' } }));
  // @ts-expect-error the description requires a destination
  void (() => client.POST('/trips', { body: {} }));
  // @ts-expect-error the description has no PUT on /trips
  void (() => client.PUT('/trips', { body: { destination: 'x' } }));
  const destination: string = trip.destination;
  return destination;
}

// openapi-fetch's style: \`if (error)\` narrows \`data\`, also where the description gives an error no body
export async function narrowed(client: ReturnType<typeof createApiClient<paths>>): Promise<string | undefined> {
  const { data, error } = await client.POST('/trips', { body: { destination: 'Lisbon' } });
  if (error) return undefined;
  return data.destination;
}
`,
    );
    expect(
      compile([caller], {
        target: ts.ScriptTarget.ES2022,
        module: ts.ModuleKind.NodeNext,
        moduleResolution: ts.ModuleResolutionKind.NodeNext,
        strict: true,
        lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
        rootDir: workspace.root,
      }),
    ).toEqual([]);
    ({ createTrip } = await import(pathToFileURL(join(workspace.root, 'caller.js')).href));
  });

  it('makes a typed call with every scope of the requirement granted', async () => {
    expect(await createTrip(baseUrl, ['trips:read', 'trips:write'])).toBe('Lisbon');
    expect(received).toEqual([
      { method: 'POST', url: '/trips', authorization: 'Bearer e2e-access-token', body: '{"destination":"Lisbon"}' },
    ]);
  });

  it('refuses, before the network, a call whose token has only one of the two scopes its requirement names', async () => {
    const before = received.length;
    const error = await createTrip(baseUrl, ['trips:read']).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ name: 'MissingScopeError' });
    expect(received).toHaveLength(before);
  });
});

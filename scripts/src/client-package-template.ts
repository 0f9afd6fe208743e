// Files of a new client package `packages/<api>/`: the thin layer that wires @dtk/runtime and @dtk/auth to the
// generated maps of `@dtk/<api>-types`, the way @dtk/consumer-api does. Written once by `pnpm new-api`; after that
// they are hand-owned (add what only this API needs beside `createClient`).
import type { ApiDefinition } from './apis.js';

// The versions the existing client packages pin (the new-api test checks they still agree with @dtk/consumer-api).
export const CLIENT_PACKAGE_PINS = {
  'openapi-fetch': '0.17.0',
  '@types/node': '20.19.43',
  'size-limit': '11.2.0',
  '@size-limit/preset-small-lib': '11.2.0',
} as const;

/** Names the client package's exports are built from: `deposit-api` → `createDepositApiClient`, `depositApiScopesFor`. */
export interface ClientNames {
  readonly packageName: string;
  readonly pascal: string;
  readonly camel: string;
}

export function clientNames(api: ApiDefinition): ClientNames {
  const pascal = api.name
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');
  return { packageName: `@dtk/${api.name}`, pascal, camel: pascal.charAt(0).toLowerCase() + pascal.slice(1) };
}

/** File name → content. `package.json` comes last: a folder without it is an unfinished scaffold, filled in on the next run. */
export function clientPackageFiles(api: ApiDefinition): ReadonlyMap<string, string> {
  const names = clientNames(api);
  return new Map([
    ['tsconfig.json', json({ extends: '../../tsconfig.base.json', compilerOptions: { noEmit: true }, include: ['src', 'test', '*.ts'] })],
    [
      'tsconfig.build.json',
      json({
        extends: '../../tsconfig.base.json',
        compilerOptions: { rootDir: 'src', outDir: 'dist', noEmit: false },
        include: ['src'],
        exclude: ['src/**/*.test.ts', 'src/**/*.test-d.ts'],
      }),
    ],
    ['.size-limit.json', json(sizeLimits(api, names))],
    ['src/create-client.ts', createClientSource(api, names)],
    ['src/scopes.ts', scopesSource(api, names)],
    ['src/index.ts', indexSource(api, names)],
    ['test/client.test.ts', clientTestSource(api, names)],
    ['README.md', readme(api, names)],
    ['package.json', json(packageJson(api, names))],
  ]);
}

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

function packageJson(api: ApiDefinition, names: ClientNames) {
  return {
    name: names.packageName,
    version: '0.1.0',
    description: `Typed client for the ${api.title} of Jack Henry's Banno Digital Toolkit.`,
    license: 'MIT',
    type: 'module',
    sideEffects: false,
    engines: { node: '>=20.19' },
    exports: {
      '.': { types: './dist/index.d.ts', default: './dist/index.js' },
      './package.json': './package.json',
    },
    files: ['dist', '!dist/**/*.test.*'],
    scripts: {
      build: 'tsc -p tsconfig.build.json',
      typecheck: 'tsc -p tsconfig.json',
      test: 'vitest run --testTimeout=20000 --hookTimeout=20000',
      'lint:package': 'publint --strict && attw --pack . --profile esm-only',
      size: 'size-limit',
    },
    dependencies: {
      '@dtk/auth': 'workspace:*',
      [api.packageName]: 'workspace:*',
      '@dtk/runtime': 'workspace:*',
      'openapi-fetch': CLIENT_PACKAGE_PINS['openapi-fetch'],
    },
    devDependencies: {
      '@dtk/testkit': 'workspace:*',
      '@size-limit/preset-small-lib': CLIENT_PACKAGE_PINS['@size-limit/preset-small-lib'],
      '@types/node': CLIENT_PACKAGE_PINS['@types/node'],
      'size-limit': CLIENT_PACKAGE_PINS['size-limit'],
    },
  };
}

function sizeLimits(api: ApiDefinition, names: ClientNames) {
  return [
    {
      name: `${names.packageName} (everything it exports, dependencies included)`,
      path: 'dist/index.js',
      import: '*',
      gzip: true,
      limit: '15 kB',
    },
    {
      name: `${names.packageName} (everything it exports, dependencies excluded)`,
      path: 'dist/index.js',
      import: '*',
      gzip: true,
      ignore: ['@dtk/auth', '@dtk/runtime', api.packageName, 'openapi-fetch'],
      limit: '1 kB',
    },
  ];
}

function createClientSource(api: ApiDefinition, { pascal }: ClientNames): string {
  return `import { apiClientAuth, type TokenManagerLike } from '@dtk/auth';
import { operationRoutes, operationScopes, type paths } from '${api.packageName}';
import { type AccessToken, type ApiClient, type ApiClientOptions, createApiClient } from '@dtk/runtime';

/** A typed openapi-fetch client for the ${api.title}. */
export type ${pascal}Client = ApiClient<paths>;

/** Retries, timeouts, logging and headers, as \`@dtk/runtime\` takes them. */
export type ${pascal}RuntimeOptions = Omit<ApiClientOptions, 'baseUrl' | 'auth' | 'accessToken' | 'operations'>;

/** How requests are authorized: a token manager, or a bearer token. */
export type ${pascal}Credentials =
  | {
      /** From \`@dtk/auth\`; renews the token and re-sends once after a 401. Its granted scopes drive the scope check. */
      tokenManager: TokenManagerLike;
      accessToken?: never;
    }
  | {
      /** A fixed access token, or a function returning the current one. */
      accessToken: AccessToken;
      tokenManager?: never;
    };

export type ${pascal}ClientOptions = ${pascal}RuntimeOptions & {
  /** The server URL the spec's paths are relative to. */
  baseUrl: string;
} & ${pascal}Credentials;

/**
 * A ${api.title} client: typed paths, parameters and bodies from the spec, with retries, timeouts,
 * typed errors and a scope check (calls the token's scopes cannot authorize fail before the network
 * with \`MissingScopeError\`).
 */
export function create${pascal}Client(options: ${pascal}ClientOptions): ${pascal}Client {
  const { baseUrl, tokenManager, accessToken, ...runtimeOptions } = options;
  if (tokenManager !== undefined && accessToken !== undefined) throw new TypeError('Pass either tokenManager or accessToken, not both');
  if (tokenManager === undefined && accessToken === undefined) throw new TypeError('Pass a tokenManager or an accessToken');
  return createApiClient<paths>({
    ...runtimeOptions,
    baseUrl,
    operations: { routes: operationRoutes, scopes: operationScopes },
    ...(tokenManager
      ? { ...apiClientAuth(tokenManager), ...(runtimeOptions.grantedScopes && { grantedScopes: runtimeOptions.grantedScopes }) }
      : { accessToken }),
  });
}
`;
}

function scopesSource(api: ApiDefinition, { camel }: ClientNames): string {
  return `import { type OperationId, operationScopes } from '${api.packageName}';
import { scopesFor } from '@dtk/runtime';

/**
 * The scopes to request so the token can call every one of \`operationIds\`. An unknown operationId
 * throws (and does not compile).
 */
export function ${camel}ScopesFor(operationIds: Iterable<OperationId>): string[] {
  return scopesFor(operationIds, operationScopes);
}
`;
}

function indexSource(api: ApiDefinition, { pascal, camel }: ClientNames): string {
  return `export {
  create${pascal}Client,
  type ${pascal}Client,
  type ${pascal}ClientOptions,
  type ${pascal}Credentials,
  type ${pascal}RuntimeOptions,
} from './create-client.js';
export { ${camel}ScopesFor } from './scopes.js';
// The runtime's typed errors, \`unwrap\` and \`getAttempts\`, so callers need no second import for everyday use.
export * from '@dtk/runtime/client-exports';
export type { components, operations, paths, OperationId } from '${api.packageName}';
`;
}

function clientTestSource(api: ApiDefinition, { pascal }: ClientNames): string {
  return `// Smoke test of the wiring against a loopback server: the generated route and scope maps reach the runtime.
import { startTestServer, sendJson, type TestServer } from '@dtk/testkit';
import { afterEach, describe, expect, it } from 'vitest';
import { operationRoutes, operationScopes } from '${api.packageName}';
import { ApiError, create${pascal}Client, MissingScopeError, unwrap } from '../src/index.js';

interface Route {
  method: string;
  path: string;
  requestContentType?: string;
}

const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function serve(...args: Parameters<typeof startTestServer>): Promise<TestServer> {
  const server = await startTestServer(...args);
  servers.push(server);
  return server;
}

// One operation of the spec, a GET when there is one, with every path parameter set to \`p-<name>\`.
const operations = Object.entries(operationRoutes as Record<string, Route>);
const [operationId, route] = operations.find(([, candidate]) => candidate.method === 'get') ?? operations[0]!;
const pathParams = Object.fromEntries([...route.path.matchAll(/\\{([^}]+)\\}/g)].map(([, name]) => [name, \`p-\${name}\`]));
const expectedPath = route.path.replace(/\\{([^}]+)\\}/g, (_match, name: string) => \`p-\${name}\`);
const scopes = (operationScopes as Record<string, readonly string[]>)[operationId] ?? [];

/** Calls the operation through the typed client (its exact types are the spec's; this test stays generic). */
function callIt(client: ReturnType<typeof create${pascal}Client>) {
  const init = {
    params: { path: pathParams },
    ...(route.method === 'get' ? {} : { body: {} }),
    ...(route.requestContentType ? { headers: { 'Content-Type': route.requestContentType } } : {}),
  };
  return (client.request as (method: string, path: string, init: unknown) => Promise<{ data?: unknown; error?: unknown; response: Response }>)(
    route.method,
    route.path,
    init,
  );
}

describe('create${pascal}Client', () => {
  it(\`sends \${operationId} to its route with the bearer token, and types the error by operation\`, async () => {
    const server = await serve((_req, res) => sendJson(res, 404, { errorCode: 404, messages: 'Not here.' }, { 'x-request-id': 'req-1' }));
    const client = create${pascal}Client({ baseUrl: server.url, accessToken: 'test-access-token', retry: false });

    const error = await unwrap(callIt(client)).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 404, operationId, method: route.method.toUpperCase(), requestId: 'req-1', attempts: 1 });
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]?.url.split('?')[0]).toBe(expectedPath);
    expect(server.requests[0]?.headers.authorization).toBe('Bearer test-access-token');
  });

  it.skipIf(scopes.length === 0)(\`fails \${operationId} before the network when the token has none of its scopes\`, async () => {
    const server = await serve((_req, res) => sendJson(res, 200, {}));
    const client = create${pascal}Client({ baseUrl: server.url, accessToken: 'test-access-token', grantedScopes: () => ['unrelated'] });

    const error = await callIt(client).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(MissingScopeError);
    expect(error).toMatchObject({ operationId, acceptedScopes: scopes });
    expect(server.requests).toHaveLength(0);
  });

  it('takes either a token manager or an access token', () => {
    const tokenManager = { getAccessToken: async () => 't', grantedScopes: () => undefined } as never;
    expect(() => create${pascal}Client({ baseUrl: 'https://x.example', accessToken: 't', tokenManager } as never)).toThrow(TypeError);
    expect(() => create${pascal}Client({ baseUrl: 'https://x.example' } as never)).toThrow(/tokenManager or an accessToken/);
  });
});
`;
}

function readme(api: ApiDefinition, { packageName, pascal, camel }: ClientNames): string {
  return `# ${packageName}

Typed client for the **${api.title}** of Jack Henry's Banno Digital Toolkit. Paths, parameters, bodies and responses
are typed from the spec (\`${api.packageName}\`, generated from \`specs/${api.name}/\`); retries, timeouts, typed errors
and the scope check come from \`@dtk/runtime\`; tokens from \`@dtk/auth\`.

\`\`\`sh
npm install ${packageName}
\`\`\`

ESM only, Node ≥ 20.19. Size: \`pnpm size\`.

## Example

\`\`\`ts
import { create${pascal}Client, unwrap } from '${packageName}';

const client = create${pascal}Client({ baseUrl: 'https://digital.garden-fi.com', tokenManager });
// every path of the spec, typed: const data = await unwrap(client.GET('/some/{id}', { params: { path: { id } } }));
\`\`\`

## API

### \`create${pascal}Client(options): ${pascal}Client\`

An openapi-fetch client (\`client.GET/PUT/POST/PATCH/DELETE(path, { params, body, signal, timeoutMs, retry })\`) typed
by the spec's \`paths\`.

| Option | |
|---|---|
| \`baseUrl\` | The server URL the spec's paths are relative to. |
| \`tokenManager\` *or* \`accessToken\` | A \`TokenManagerLike\` from \`@dtk/auth\` (renewal, 401 handling, scope check from its granted scopes), or a bearer token / function returning one. |
| \`retry\`, \`timeoutMs\`, \`fetch\`, \`logger\`, \`userAgent\`, \`headers\`, \`grantedScopes\` | As in \`@dtk/runtime\`'s \`createApiClient\`. |

Calls the token cannot authorize fail with \`MissingScopeError\` before anything is sent.

### Also exported

\`${camel}ScopesFor(operationIds)\` (the scopes to ask for), the types \`paths\`, \`components\`, \`operations\`,
\`OperationId\`, and from \`@dtk/runtime\`: \`unwrap\` and the error classes.

License: MIT
`;
}

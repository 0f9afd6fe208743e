// Files of a new `<api>-types` package. Written once by `pnpm new-api`; after that they are hand-owned
// (only src/generated/ is rewritten, by `pnpm generate`).
import type { ApiDefinition } from './apis.js';

export function typesPackageFiles(api: ApiDefinition): ReadonlyMap<string, string> {
  const packageJson = {
    name: api.packageName,
    version: '0.1.0',
    description: `Types, route map and scope map generated from the ${api.title} OpenAPI description (Jack Henry Banno Digital Toolkit).`,
    license: 'MIT',
    type: 'module',
    sideEffects: false,
    engines: { node: '>=20.19' },
    exports: {
      '.': { types: './dist/index.d.ts', default: './dist/index.js' },
      './openapi.json': './src/generated/openapi.json',
      './package.json': './package.json',
    },
    files: ['dist', '!dist/**/*.test.*', 'src/generated/openapi.json'],
    scripts: {
      'lint:specs': `dtk-specs lint ${api.name}`,
      generate: `dtk-specs generate ${api.name}`,
      build: 'tsc -p tsconfig.build.json',
      typecheck: 'tsc -p tsconfig.json',
      test: 'vitest run --typecheck --testTimeout=20000 --hookTimeout=20000',
      'lint:package': 'publint --strict && attw --pack . --profile esm-only',
    },
    devDependencies: { '@dtk/scripts': 'workspace:*', '@types/node': '20.19.43' },
  };
  const turbo = {
    $schema: 'https://turbo.build/schema.json',
    extends: ['//'],
    tasks: {
      // only this API's specs (and the pipeline itself) invalidate this package
      'lint:specs': { inputs: specInputs(api), outputs: [] },
      generate: { dependsOn: ['lint:specs'], inputs: specInputs(api), outputs: ['src/generated/**'] },
    },
  };
  return new Map([
    ['package.json', json(packageJson)],
    ['turbo.json', json(turbo)],
    ['tsconfig.json', json({ extends: '../../tsconfig.base.json', compilerOptions: { noEmit: true }, include: ['src', 'test'] })],
    [
      'tsconfig.build.json',
      json({
        extends: '../../tsconfig.base.json',
        compilerOptions: { rootDir: 'src', outDir: 'dist', noEmit: false },
        include: ['src'],
        exclude: ['src/**/*.test.ts', 'src/**/*.test-d.ts'],
      }),
    ],
    ['src/index.ts', indexSource()],
    ['test/operations.test.ts', operationsTestSource(api)],
    ['README.md', readme(api)],
  ]);
}

function specInputs(api: ApiDefinition): string[] {
  return [
    `$TURBO_ROOT$/specs/${api.name}/**`,
    '$TURBO_ROOT$/redocly.yaml',
    '$TURBO_ROOT$/scripts/src/**',
    '$TURBO_ROOT$/scripts/redocly-plugin/**',
  ];
}

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

function indexSource(): string {
  return `// Everything here is generated (src/generated/, by \`pnpm generate\`); this file only re-exports it.
export type * from './generated/schema.js';
export * from './generated/operations.js';
`;
}

function operationsTestSource(api: ApiDefinition): string {
  return `import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { operationRoutes, operationScopes, operationSecurity } from '../src/index.js';

interface RequestBody {
  $ref?: string;
  content?: Record<string, unknown>;
}

const openapi = JSON.parse(readFileSync(new URL('../src/generated/openapi.json', import.meta.url), 'utf8')) as {
  info: { title: string };
  paths: Record<string, Record<string, { operationId?: string; security?: Record<string, string[]>[]; requestBody?: RequestBody }>>;
  components?: { requestBodies?: Record<string, RequestBody> };
};

/** The media types of a request body, in the spec's order (following a \`#/components/requestBodies/\` reference). */
function mediaTypes(body: RequestBody | undefined): string[] {
  const resolved = body?.$ref ? openapi.components?.requestBodies?.[body.$ref.split('/').pop() ?? ''] : body;
  return Object.keys(resolved?.content ?? {});
}

describe('${api.packageName} operation maps', () => {
  it('is generated from the ${api.title} document', () => {
    expect(openapi.info.title).toBe(${JSON.stringify(api.title)});
  });

  it('routes every operation of the bundled document, and nothing else', () => {
    const fromDocument = Object.entries(openapi.paths).flatMap(([path, item]) =>
      Object.entries(item).flatMap(([method, operation]) => {
        if (!operation.operationId) return [];
        // a body that is not application/json carries its media type (the spec's first) in the route
        const types = mediaTypes(operation.requestBody);
        const route = types[0] && !types.includes('application/json') ? { method, path, requestContentType: types[0] } : { method, path };
        return [[operation.operationId, route] as const];
      }),
    );
    expect(fromDocument.length).toBeGreaterThan(0);
    expect(Object.fromEntries(fromDocument)).toEqual(operationRoutes);
  });

  it('lists the scopes of every requirement of each operation', () => {
    for (const [operationId, { method, path }] of Object.entries(operationRoutes)) {
      const security = openapi.paths[path]?.[method]?.security ?? [];
      const scopes = new Set(security.flatMap((requirement) => Object.values(requirement).flat()));
      expect(new Set(operationScopes[operationId as keyof typeof operationScopes]), operationId).toEqual(scopes);
      expect(operationSecurity[operationId as keyof typeof operationSecurity], operationId).toEqual(security);
    }
  });
});
`;
}

function readme(api: ApiDefinition): string {
  return `# ${api.packageName}

TypeScript types for the ${api.title} of Jack Henry's Banno Digital Toolkit, generated from the OpenAPI
description in \`specs/${api.name}/\`:

- \`paths\`, \`components\`, \`operations\` — [openapi-typescript](https://openapi-ts.dev) types, ready for
  [openapi-fetch](https://openapi-ts.dev/openapi-fetch/);
- \`operationRoutes\` — operationId → \`{ method, path }\`, plus \`requestContentType\` when the request body is not
  \`application/json\` (e.g. \`application/merge-patch+json\`); \`OperationId\` — the union of operationIds;
- \`operationScopes\` — operationId → the OAuth scopes that can authorize it (\`[]\` for public operations);
  \`operationSecurity\` — the security requirements as the spec states them;
- \`${api.packageName}/openapi.json\` — the joined, bundled OpenAPI document (with its examples).

No runtime code beyond these constants.

\`\`\`ts
import { operationRoutes, operationScopes, type OperationId } from '${api.packageName}';

// every operation with its route and the scopes a token needs for it
for (const operationId of Object.keys(operationRoutes) as OperationId[]) {
  const { method, path } = operationRoutes[operationId];
  console.log(operationId, method.toUpperCase(), path, operationScopes[operationId]);
}
\`\`\`

The bundled document, e.g. to serve its examples from a mock server:

\`\`\`ts
import openapi from '${api.packageName}/openapi.json' with { type: 'json' };
\`\`\`

Everything under \`src/generated/\` is generated: change the specs and run \`pnpm generate\` (or
\`pnpm generate ${api.name}\`); \`pnpm generate --check\` fails when the committed output is stale.

License: MIT
`;
}

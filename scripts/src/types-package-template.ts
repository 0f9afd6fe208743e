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
  return `import { describeOperationMaps } from '@dtk/scripts/testing/operation-maps';
import * as maps from '../src/index.js';

describeOperationMaps({
  packageName: '${api.packageName}',
  title: ${JSON.stringify(api.title)},
  document: new URL('../src/generated/openapi.json', import.meta.url),
  maps,
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

// `x-source` provenance on operations, schemas and properties reaches the generated JSDoc: an editor's hover (asked
// here of TypeScript's language service, as editors ask it) shows `@see <url>` or the modeled notice.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../src/generate/generate.js';
import { createFixtureWorkspace, type FixtureWorkspace } from './helpers.js';

let workspace: FixtureWorkspace;
let hover: (marker: string) => { documentation: string; tags: string[] };

beforeAll(async () => {
  workspace = createFixtureWorkspace();
  workspace.addApi('travel', { policy: 'recommended', files: { 'descriptions/travel-3.1.yaml': 'openapi.yaml' } });
  const result = await generate(['travel'], workspace);
  expect(result.ok, JSON.stringify(result.apis)).toBe(true);

  const dir = join(workspace.packagesRoot, 'travel-types', 'src', 'generated');
  const usage = join(dir, 'usage.ts');
  writeFileSync(
    usage,
    [
      "import type { components, paths } from './schema.js';",
      "import { operationRoutes } from './operations.js';",
      "declare const schemas: components['schemas'];",
      'export const trip = schemas./*Trip*/Trip;',
      'export const nights = trip./*nights*/nights;',
      "declare const tripsPath: paths['/trips'];",
      'export const listTrips = tripsPath./*get*/get;',
      'export const route = operationRoutes./*createTrip*/createTrip;',
    ].join('\n'),
  );
  const files = [usage, join(dir, 'schema.ts'), join(dir, 'operations.ts')];
  const service = ts.createLanguageService({
    getScriptFileNames: () => files,
    getScriptVersion: () => '1',
    getScriptSnapshot: (name) =>
      ts.sys.fileExists(name) ? ts.ScriptSnapshot.fromString(readFileSync(name, 'utf8')) : undefined,
    getCurrentDirectory: () => dir,
    getCompilationSettings: () => ({
      strict: true,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      types: [],
      lib: ['lib.es2022.d.ts'],
    }),
    getDefaultLibFileName: ts.getDefaultLibFilePath,
    fileExists: ts.sys.fileExists,
    readFile: ts.sys.readFile,
  });
  hover = (marker) => {
    const text = readFileSync(usage, 'utf8');
    const at = text.indexOf(`/*${marker}*/`) + marker.length + 4;
    const info = service.getQuickInfoAtPosition(usage, at);
    return {
      documentation: ts.displayPartsToString(info?.documentation),
      tags: (info?.tags ?? []).map((tag) => `@${tag.name} ${ts.displayPartsToString(tag.text)}`.trim()),
    };
  };
});

afterAll(() => workspace.remove());

describe('hovering generated types', () => {
  it('shows the reference page of a schema', () => {
    expect(hover('Trip').tags).toContain('@see https://developer.travel.test/reference/trips#trip');
  });

  it('shows that a property is modeled, and why', () => {
    expect(hover('nights').documentation).toBe(
      "Modeled: not in Jack Henry's published reference — the vendor's examples show it, its schema does not; null when open-ended",
    );
  });

  it('shows the reference page of an operation under its path', () => {
    const { documentation, tags } = hover('get');
    expect(documentation).toBe('List trips');
    expect(tags).toContain('@see https://developer.travel.test/reference/trips#list');
  });

  it('shows the route and the modeled notice of an operation in the route map', () => {
    expect(hover('createTrip').documentation).toBe(
      "POST /trips — Create a trip\nModeled: not in Jack Henry's published reference — the vendor documents no request body for this call",
    );
  });
});

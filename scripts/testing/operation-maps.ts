// The self-check every generated types package runs: its shipped maps agree with its shipped bundled document.
// Read independently of the generator (scripts/src/maps.ts), so a generator bug cannot vouch for itself.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface RequestBody {
  $ref?: string;
  content?: Record<string, unknown>;
}

interface BundledDocument {
  info: { title: string };
  paths: Record<string, Record<string, { operationId?: string; security?: Record<string, string[]>[]; requestBody?: RequestBody }>>;
  components?: { requestBodies?: Record<string, RequestBody> };
}

export interface OperationMapsUnderTest {
  operationRoutes: Record<string, { method: string; path: string; requestContentType?: string }>;
  operationScopes: Record<string, readonly string[]>;
  operationSecurity: Record<string, unknown>;
}

export interface OperationMapsCheck {
  packageName: string;
  /** `info.title` of the joined document. */
  title: string;
  /** The package's `src/generated/openapi.json`. */
  document: URL;
  maps: OperationMapsUnderTest;
}

/** The media types of a request body, in the spec's order (following a `#/components/requestBodies/` reference). */
function mediaTypes(openapi: BundledDocument, body: RequestBody | undefined): string[] {
  const resolved = body?.$ref ? openapi.components?.requestBodies?.[body.$ref.split('/').pop() ?? ''] : body;
  return Object.keys(resolved?.content ?? {});
}

export function describeOperationMaps({ packageName, title, document, maps }: OperationMapsCheck): void {
  const openapi = JSON.parse(readFileSync(document, 'utf8')) as BundledDocument;

  describe(`${packageName} operation maps`, () => {
    it(`is generated from the ${title} document`, () => {
      expect(openapi.info.title).toBe(title);
    });

    it('routes every operation of the bundled document, and nothing else', () => {
      const fromDocument = Object.entries(openapi.paths).flatMap(([path, item]) =>
        Object.entries(item).flatMap(([method, operation]) => {
          if (!operation.operationId) return [];
          // a body that is not application/json carries its media type (the spec's first) in the route
          const types = mediaTypes(openapi, operation.requestBody);
          const route = types[0] && !types.includes('application/json') ? { method, path, requestContentType: types[0] } : { method, path };
          return [[operation.operationId, route] as const];
        }),
      );
      expect(fromDocument.length).toBeGreaterThan(0);
      expect(Object.fromEntries(fromDocument)).toEqual(maps.operationRoutes);
    });

    it('lists the scopes of every requirement of each operation', () => {
      for (const [operationId, { method, path }] of Object.entries(maps.operationRoutes)) {
        const security = openapi.paths[path]?.[method]?.security ?? [];
        const scopes = new Set(security.flatMap((requirement) => Object.values(requirement).flat()));
        expect(new Set(maps.operationScopes[operationId]), operationId).toEqual(scopes);
        expect(maps.operationSecurity[operationId], operationId).toEqual(security);
      }
    });
  });
}

import { readFileSync } from 'node:fs';
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

/** The media types of a request body, in the spec's order (following a `#/components/requestBodies/` reference). */
function mediaTypes(body: RequestBody | undefined): string[] {
  const resolved = body?.$ref ? openapi.components?.requestBodies?.[body.$ref.split('/').pop() ?? ''] : body;
  return Object.keys(resolved?.content ?? {});
}

describe('@dtk/consumer-api-types operation maps', () => {
  it('is generated from the Consumer API document', () => {
    expect(openapi.info.title).toBe("Consumer API");
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

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { operationRoutes, operationScopes, operationSecurity } from '../src/index.js';

const openapi = JSON.parse(readFileSync(new URL('../src/generated/openapi.json', import.meta.url), 'utf8')) as {
  info: { title: string };
  paths: Record<string, Record<string, { operationId?: string; security?: Record<string, string[]>[] }>>;
};

describe('@dtk/admin-api-types operation maps', () => {
  it('is generated from the Admin API document', () => {
    expect(openapi.info.title).toBe("Admin API");
  });

  it('routes every operation of the bundled document, and nothing else', () => {
    const fromDocument = Object.entries(openapi.paths).flatMap(([path, item]) =>
      Object.entries(item).flatMap(([method, operation]) =>
        operation.operationId ? [[operation.operationId, { method, path }] as const] : [],
      ),
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

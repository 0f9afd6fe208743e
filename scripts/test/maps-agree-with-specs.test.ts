// The generated route and scope maps agree with the YAML files, read here without the pipeline's code.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import * as admin from '../../packages/admin-api-types/src/generated/operations.js';
import * as consumer from '../../packages/consumer-api-types/src/generated/operations.js';
import * as entity from '../../packages/entity-management-types/src/generated/operations.js';
import { repoRoot } from './helpers.js';

const METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);

interface Expected {
  route: { method: string; path: string; requestContentType?: string };
  scopes: Set<string>;
}

function operationsInSpecs(api: string): Map<string, Expected> {
  const dir = join(repoRoot, 'specs', api);
  const found = new Map<string, Expected>();
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.yaml'))) {
    const spec = parse(readFileSync(join(dir, file), 'utf8')) as { paths?: Record<string, Record<string, unknown>> };
    for (const [path, item] of Object.entries(spec.paths ?? {})) {
      for (const [method, operation] of Object.entries(item)) {
        if (!METHODS.has(method)) continue;
        const { operationId, security, requestBody } = operation as {
          operationId: string;
          security: Record<string, string[]>[];
          requestBody?: { content: Record<string, unknown> };
        };
        expect(found.has(operationId), `${operationId} twice`).toBe(false);
        // the specs write request bodies inline; a non-JSON one's media type rides along with the route
        const [mediaType] = Object.keys(requestBody?.content ?? {});
        const route = mediaType && mediaType !== 'application/json' ? { method, path, requestContentType: mediaType } : { method, path };
        found.set(operationId, { route, scopes: new Set(security.flatMap((r) => Object.values(r).flat())) });
      }
    }
  }
  return found;
}

const generated = [
  ['admin-api', admin],
  ['consumer-api', consumer],
  ['entity-management', entity],
] as const;

describe.each(generated)('%s maps', (api, module) => {
  const expected = operationsInSpecs(api);
  const routes = module.operationRoutes as Record<string, { method: string; path: string; requestContentType?: string }>;
  const scopes = module.operationScopes as Record<string, readonly string[]>;

  it('have exactly the operationIds of the specs', () => {
    expect(expected.size).toBeGreaterThan(0);
    expect(Object.keys(routes).sort()).toEqual([...expected.keys()].sort());
    expect(Object.keys(scopes).sort()).toEqual([...expected.keys()].sort());
  });

  it('carry the request media type of every operation whose body is not JSON', () => {
    const nonJson = [...expected].filter(([, { route }]) => route.requestContentType !== undefined);
    const inMap = Object.entries(routes).filter(([, route]) => route.requestContentType !== undefined);
    expect(inMap.map(([operationId]) => operationId).sort()).toEqual(nonJson.map(([operationId]) => operationId).sort());
  });

  it('route and scope every operation as its spec says', () => {
    for (const [operationId, { route, scopes: specScopes }] of expected) {
      expect(routes[operationId], operationId).toEqual(route);
      expect(new Set(scopes[operationId]), operationId).toEqual(specScopes);
      expect(scopes[operationId]?.length, `${operationId} scopes are deduplicated`).toBe(specScopes.size);
    }
  });
});

describe('request media types in the route maps', () => {
  it('send the Consumer user patch as JSON (merge-patch semantics) and the token endpoints as forms', () => {
    expect(consumer.operationRoutes.patchUser).toEqual({ method: 'patch', path: '/users/{userId}' });
    expect(consumer.operationRoutes.requestToken).toMatchObject({ requestContentType: 'application/x-www-form-urlencoded' });
    expect(admin.operationRoutes.requestToken).toMatchObject({ requestContentType: 'application/x-www-form-urlencoded' });
    expect(consumer.operationRoutes.updateUser).not.toHaveProperty('requestContentType');
  });
});

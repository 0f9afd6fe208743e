import { type ClientKeys, type OidcTestProvider, sendJson, type TestServer } from '@dtk/testkit';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  ConflictError,
  createEntityManagementClient,
  type Entity,
  type EntityManagementClientOptions,
  entityManagementScopesFor,
  iterateEntities,
  MissingScopeError,
  NotFoundError,
  unwrap,
} from '../src/index.js';
import { CLIENT_ID, READ_SCOPE, type Route, startEntityServer, startIdentityProvider, WRITE_SCOPE } from './harness.js';

const INSTITUTION = '7a1f3c9e-52d4-4b86-9e0f-3c6a8d2b5e17';
const ENTITIES_PATH = `/a/api/entity-svcs/v1/${INSTITUTION}/entities`;
const JANE: Entity = {
  entityId: '4f8a2c61-9b3d-4e7f-a1c5-6d2e8f0b3a97',
  entityType: 'Person',
  status: 'Active',
  person: { firstName: 'Jane', lastName: 'Gardner', dateOfBirth: '1986-04-12' },
  createdAt: '2024-05-06T14:21:09Z',
  updatedAt: '2024-05-06T14:21:09Z',
};

let op: OidcTestProvider;
let keys: ClientKeys;
const servers: TestServer[] = [];

beforeAll(async () => {
  ({ op, keys } = await startIdentityProvider());
});
afterAll(() => op.close());
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function entityServer(route: Route) {
  const server = await startEntityServer(op, route);
  servers.push(server);
  return server;
}

function clientFor(server: TestServer, overrides: Partial<EntityManagementClientOptions> = {}) {
  return createEntityManagementClient({
    baseUrl: server.url,
    tokenUrl: op.tokenEndpoint,
    clientId: CLIENT_ID,
    privateKey: keys.privateJwk,
    alg: 'ES256',
    scope: entityManagementScopesFor(['listEntities', 'getEntity', 'createEntity', 'deleteEntity']),
    allowInsecureRequests: true, // the loopback provider speaks http
    retry: { baseDelayMs: 1, maxDelayMs: 4 },
    ...overrides,
  } as EntityManagementClientOptions);
}

const notFound = { errors: [{ code: 'NOT_FOUND', message: 'The requested resource was not found.' }] };

/** Entities of one institution in memory, behind the modeled routes. */
function entitiesRoute(store: Entity[]): Route {
  return (req, res, token) => {
    const scopes = token.scope.split(' ');
    const url = new URL(req.url ?? '/', 'http://x');
    const writes = req.method !== 'GET';
    if (!scopes.includes(WRITE_SCOPE) && (writes || !scopes.includes(READ_SCOPE))) {
      return sendJson(res, 403, { errors: [{ code: 'FORBIDDEN', message: 'missing scope' }] });
    }
    if (url.pathname === ENTITIES_PATH && req.method === 'GET') {
      const offset = Number(url.searchParams.get('offset') ?? 0);
      const limit = Number(url.searchParams.get('limit') ?? 25);
      const type = url.searchParams.get('entityType');
      const matching = store.filter((entity) => !type || entity.entityType === type);
      return sendJson(res, 200, {
        entities: matching.slice(offset, offset + limit),
        offset,
        limit,
        totalCount: matching.length,
      });
    }
    if (url.pathname === ENTITIES_PATH && req.method === 'POST') {
      const now = '2026-03-02T15:04:05Z';
      const created = {
        entityId: `e-${store.length + 1}`,
        status: 'Active',
        createdAt: now,
        updatedAt: now,
        ...JSON.parse(req.body),
      } as Entity;
      store.push(created);
      return sendJson(res, 201, created);
    }
    const id = url.pathname.startsWith(`${ENTITIES_PATH}/`) ? url.pathname.slice(ENTITIES_PATH.length + 1) : undefined;
    const entity = store.find((candidate) => candidate.entityId === id);
    if (!entity) return sendJson(res, 404, notFound);
    if (req.method === 'GET') return sendJson(res, 200, entity);
    if (req.method === 'DELETE') {
      return sendJson(res, 409, {
        errors: [{ code: 'CONFLICT', message: 'The entity still has active relationships.' }],
      });
    }
    sendJson(res, 405, { errors: [{ code: 'METHOD_NOT_ALLOWED', message: 'no' }] });
  };
}

describe('createEntityManagementClient', () => {
  it('lists entities with a client-credentials token from a real provider', async () => {
    const server = await entityServer(entitiesRoute([JANE]));
    const page = await unwrap(
      clientFor(server).GET('/a/api/entity-svcs/v1/{InstitutionUniversalId}/entities', {
        params: { path: { InstitutionUniversalId: INSTITUTION }, query: { entityType: 'Person', limit: 10 } },
      }),
    );
    expect(page).toMatchObject({
      totalCount: 1,
      entities: [{ entityId: JANE.entityId, person: { firstName: 'Jane' } }],
    });
    expect(server.requests[0]).toMatchObject({ method: 'GET', url: `${ENTITIES_PATH}?entityType=Person&limit=10` });
    expect(server.requests[0]?.headers.authorization).toMatch(/^Bearer \S+$/);
    expect(op.grantCounts().client_credentials).toBeGreaterThanOrEqual(1);
  });

  it('creates an entity (sent once, as JSON) and gets it back', async () => {
    const store: Entity[] = [];
    const server = await entityServer(entitiesRoute(store));
    const client = clientFor(server);

    const created = await unwrap(
      client.POST('/a/api/entity-svcs/v1/{InstitutionUniversalId}/entities', {
        params: { path: { InstitutionUniversalId: INSTITUTION } },
        body: {
          entityType: 'Organization',
          organization: { legalName: 'Garden Landscaping LLC', organizationType: 'LimitedLiabilityCompany' },
        },
      }),
    );
    const fetched = await unwrap(
      client.GET('/a/api/entity-svcs/v1/{InstitutionUniversalId}/entities/{EntityId}', {
        params: { path: { InstitutionUniversalId: INSTITUTION, EntityId: created.entityId } },
      }),
    );

    expect(created).toMatchObject({
      entityId: 'e-1',
      status: 'Active',
      organization: { legalName: 'Garden Landscaping LLC' },
    });
    expect(fetched).toEqual(created);
    const post = server.requests.filter((request) => request.method === 'POST');
    expect(post).toHaveLength(1);
    expect(post[0]?.url).toBe(ENTITIES_PATH);
    expect(JSON.parse(post[0]?.body ?? '')).toEqual({
      entityType: 'Organization',
      organization: { legalName: 'Garden Landscaping LLC', organizationType: 'LimitedLiabilityCompany' },
    });
  });

  it('turns the API’s error responses into typed errors carrying its error body', async () => {
    const server = await entityServer(entitiesRoute([JANE]));
    const client = clientFor(server);
    const missing = await unwrap(
      client.GET('/a/api/entity-svcs/v1/{InstitutionUniversalId}/entities/{EntityId}', {
        params: { path: { InstitutionUniversalId: INSTITUTION, EntityId: 'no-such-entity' } },
      }),
    ).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(NotFoundError);
    expect(missing).toMatchObject({ status: 404, operationId: 'getEntity', body: notFound });
    expect((missing as Error).message).toContain('(getEntity): NOT_FOUND: The requested resource was not found.');

    const conflict = await unwrap(
      client.DELETE('/a/api/entity-svcs/v1/{InstitutionUniversalId}/entities/{EntityId}', {
        params: { path: { InstitutionUniversalId: INSTITUTION, EntityId: JANE.entityId } },
      }),
    ).catch((e: unknown) => e);
    expect(conflict).toBeInstanceOf(ConflictError);
    expect(conflict).toMatchObject({
      status: 409,
      operationId: 'deleteEntity',
      body: { errors: [{ code: 'CONFLICT' }] },
    });
    expect((conflict as Error).message).toContain('CONFLICT: The entity still has active relationships.');
  });

  it('fails a write before the network when the token has only the read scope', async () => {
    const server = await entityServer(entitiesRoute([JANE]));
    const client = clientFor(server, { scope: entityManagementScopesFor(['listEntities']) });
    expect(entityManagementScopesFor(['listEntities'])).toEqual([READ_SCOPE]);

    const error = await client
      .POST('/a/api/entity-svcs/v1/{InstitutionUniversalId}/entities', {
        params: { path: { InstitutionUniversalId: INSTITUTION } },
        body: { entityType: 'Person', person: { firstName: 'A', lastName: 'B' } },
      })
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(MissingScopeError);
    expect(error).toMatchObject({ operationId: 'createEntity', requiredScopes: [[WRITE_SCOPE]] });
    expect(server.requests).toHaveLength(0);
  });

  it('renews the token after a 401 and re-sends once', async () => {
    const server = await entityServer(entitiesRoute([JANE]));
    const client = clientFor(server);
    const list = () =>
      unwrap(
        client.GET('/a/api/entity-svcs/v1/{InstitutionUniversalId}/entities', {
          params: { path: { InstitutionUniversalId: INSTITUTION } },
        }),
      );
    await list();
    op.revokeAllAccessTokens();
    await expect(list()).resolves.toMatchObject({ totalCount: 1 });
    const tokens = server.requests.map((request) => request.headers.authorization);
    expect(tokens).toHaveLength(3);
    expect(tokens[1]).toBe(tokens[0]);
    expect(tokens[2]).not.toBe(tokens[1]);
  });

  it('defaults the token URL to Jack Henry Identity and checks its options', () => {
    // No request is made here: the token is only fetched on the first call.
    expect(() =>
      createEntityManagementClient({
        baseUrl: 'https://digital.garden-fi.com',
        clientId: 'c',
        privateKey: keys.privateJwk,
        alg: 'ES256',
      }),
    ).not.toThrow();
    expect(() => createEntityManagementClient({ baseUrl: 'https://x.example', clientId: 'c' })).toThrow(
      /privateKey or clientSecret/,
    );
    expect(() => createEntityManagementClient({ baseUrl: 'https://x.example' } as never)).toThrow(/clientId/);
  });
});

describe('iterateEntities', () => {
  const people = Array.from({ length: 7 }, (_, index): Entity => ({ ...JANE, entityId: `p-${index}` }));
  const organization: Entity = { ...JANE, entityId: 'o-1', entityType: 'Organization', person: undefined };

  it('pages to totalCount without a trailing empty request, filtered by type', async () => {
    const server = await entityServer(entitiesRoute([...people, organization]));
    const seen: string[] = [];
    for await (const entity of iterateEntities(clientFor(server), INSTITUTION, { entityType: 'Person', pageSize: 7 }))
      seen.push(entity.entityId);
    expect(seen).toEqual(people.map((entity) => entity.entityId));
    expect(server.requests.map((request) => request.url)).toEqual([
      `${ENTITIES_PATH}?entityType=Person&offset=0&limit=7`,
    ]);
  });

  it('caps the page size at 100 and walks several pages', async () => {
    const many = Array.from({ length: 205 }, (_, index): Entity => ({ ...JANE, entityId: `m-${index}` }));
    const server = await entityServer(entitiesRoute(many));
    let count = 0;
    for await (const _entity of iterateEntities(clientFor(server), INSTITUTION, { pageSize: 1_000 })) count += 1;
    expect(count).toBe(205);
    expect(server.requests.map((request) => new URL(request.url, 'http://x').searchParams.get('limit'))).toEqual([
      '100',
      '100',
      '100',
    ]);
  });

  it('returns nothing for an institution without entities', async () => {
    const server = await entityServer(entitiesRoute([]));
    const iterator = iterateEntities(clientFor(server), INSTITUTION)[Symbol.asyncIterator]();
    expect(await iterator.next()).toEqual({ done: true, value: undefined });
    expect(server.requests).toHaveLength(1);
  });
});

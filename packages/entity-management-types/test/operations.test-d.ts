// Type tests (checked by `vitest --typecheck`, never executed): Entity Management operations through openapi-fetch.
import createClient from 'openapi-fetch';
import { describe, expectTypeOf, it } from 'vitest';
import { type components, type OperationId, operationRoutes, operationScopes, type paths } from '../src/index.js';

const client = createClient<paths>({ baseUrl: 'https://digital.garden-fi.com' });
const InstitutionUniversalId = '6f0f2a8e-3c1d-4b5a-9e7f-1a2b3c4d5e6f';
const EntityId = '0b9c8d7e-6f5a-4b3c-2d1e-0f9a8b7c6d5e';
type Schemas = components['schemas'];

describe('Entity Management API', () => {
  it('listEntities: paging and the entity-type filter are typed query parameters', async () => {
    const { data } = await client.GET(operationRoutes.listEntities.path, {
      params: { path: { InstitutionUniversalId }, query: { offset: 0, limit: 25, entityType: 'Person' } },
    });
    expectTypeOf(data).toEqualTypeOf<Schemas['EntityList'] | undefined>();
    await client.GET(operationRoutes.listEntities.path, {
      // @ts-expect-error not an entity type
      params: { path: { InstitutionUniversalId }, query: { entityType: 'Robot' } },
    });
    // @ts-expect-error the institution is required
    await client.GET(operationRoutes.listEntities.path, { params: { path: {} } });
  });

  it('createEntity: the body needs an entityType; the created entity has read-only server fields', async () => {
    const { data } = await client.POST(operationRoutes.createEntity.path, {
      params: { path: { InstitutionUniversalId } },
      body: { entityType: 'Person', person: { firstName: 'Ada', lastName: 'Lovelace' } },
    });
    expectTypeOf(data).toEqualTypeOf<Schemas['Entity'] | undefined>();
    expectTypeOf<Schemas['Entity']['createdAt']>().toEqualTypeOf<string>();
    await client.POST(operationRoutes.createEntity.path, {
      params: { path: { InstitutionUniversalId } },
      // @ts-expect-error entityType is required
      body: { status: 'Active' },
    });
  });

  it('searchEntities: POST with a search body and paging query', async () => {
    const { data } = await client.POST(operationRoutes.searchEntities.path, {
      params: { path: { InstitutionUniversalId }, query: { limit: 10 } },
      body: {},
    });
    expectTypeOf(data).toEqualTypeOf<Schemas['EntityList'] | undefined>();
    // @ts-expect-error the search body is required
    await client.POST(operationRoutes.searchEntities.path, { params: { path: { InstitutionUniversalId } } });
  });

  it('getEntityAddress / deleteEntityAddress: three path parameters', async () => {
    const path = { InstitutionUniversalId, EntityId, AddressId: '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f' };
    const { data } = await client.GET(operationRoutes.getEntityAddress.path, { params: { path } });
    expectTypeOf(data).toEqualTypeOf<Schemas['Address'] | undefined>();
    await client.DELETE(operationRoutes.deleteEntityAddress.path, { params: { path } });
    // @ts-expect-error AddressId is missing
    await client.GET(operationRoutes.getEntityAddress.path, { params: { path: { InstitutionUniversalId, EntityId } } });
    expectTypeOf(operationRoutes.deleteEntityAddress.method).toEqualTypeOf<'delete'>();
    expectTypeOf<'getEntityAddress' | 'createEntity' | 'searchEntities'>().toExtend<OperationId>();
    expectTypeOf(operationScopes.createEntity).toExtend<readonly string[]>();
  });
});

import { describe, expectTypeOf, it } from 'vitest';
import {
  createEntityManagementClient,
  type Entity,
  type EntityManagementClient,
  entityManagementScopesFor,
  unwrap,
} from '../src/index.js';

declare const client: EntityManagementClient;
const InstitutionUniversalId = 'i';

describe('Entity Management types', () => {
  it('types the data of a call from the spec', async () => {
    const page = await unwrap(
      client.GET('/a/api/entity-svcs/v1/{InstitutionUniversalId}/entities', {
        params: { path: { InstitutionUniversalId } },
      }),
    );
    expectTypeOf(page.entities).toEqualTypeOf<Entity[]>();
    // an open set (Person, Organization, and types added later): any string parses
    expectTypeOf(page.entities[0]!.entityType).toEqualTypeOf<string>();
  });

  it('rejects wrong paths, parameters and bodies', () => {
    // @ts-expect-error no such path
    void client.GET('/a/api/entity-svcs/v1/{InstitutionUniversalId}/people', {
      params: { path: { InstitutionUniversalId } },
    });
    void client.GET('/a/api/entity-svcs/v1/{InstitutionUniversalId}/entities', {
      // @ts-expect-error the path parameter is InstitutionUniversalId
      params: { path: { institutionId: 'i' } },
    });
    void client.GET('/a/api/entity-svcs/v1/{InstitutionUniversalId}/entities', {
      // @ts-expect-error entityType is Person or Organization
      params: { path: { InstitutionUniversalId }, query: { entityType: 'Robot' } },
    });
    void client.POST('/a/api/entity-svcs/v1/{InstitutionUniversalId}/entities', {
      params: { path: { InstitutionUniversalId } },
      // @ts-expect-error entityType is required
      body: { person: { firstName: 'A', lastName: 'B' } },
    });
  });

  it('needs a base URL and names only its own operations', () => {
    // @ts-expect-error baseUrl is required
    createEntityManagementClient({ clientId: 'c', clientSecret: 's' });
    // @ts-expect-error not an operationId of this API
    entityManagementScopesFor(['searchConsumerUsers']);
  });
});

// Type tests (checked by `vitest --typecheck`, never executed): the Partner Clients operations are typed end to end
// through openapi-fetch, and wrong parameters, bodies or reads do not compile.
import createClient from 'openapi-fetch';
import { describe, expectTypeOf, it } from 'vitest';
import {
  type components,
  type OperationId,
  operationRoutes,
  operationScopes,
  type operations,
  type paths,
} from '../src/index.js';

const client = createClient<paths>({ baseUrl: 'https://banno.com' });
const route = {
  list: operationRoutes.getPartnerClients.path,
  one: operationRoutes.getPartnerClient.path,
};
const pathParams = { institutionId: '9c3e1a7f-5b2d-4e86-a0f4-7d1c8b6e3a52', partnerName: 'sample-partner' };
type Schemas = components['schemas'];

describe('Partner Clients', () => {
  it('getPartnerClients: both path params are required; the response is a list of clients', async () => {
    expectTypeOf<operations['getPartnerClients']['parameters']['path']>().toEqualTypeOf<{
      institutionId: string;
      partnerName: Schemas['validPartners'];
    }>();
    const { data } = await client.GET(route.list, { params: { path: pathParams } });
    expectTypeOf(data).toEqualTypeOf<Schemas['partnerClientDetails'][] | undefined>();
    // @ts-expect-error partnerName is missing
    await client.GET(route.list, { params: { path: { institutionId: 'i' } } });
    // @ts-expect-error path params are strings
    await client.GET(route.list, { params: { path: { institutionId: 1, partnerName: 'p' } } });
  });

  it('createPartnerClient: the body needs a name and redirect URIs; the response carries the new client', async () => {
    const { data } = await client.POST(route.list, {
      params: { path: pathParams },
      body: { name: 'Sample External App', redirectUris: ['https://domain.com/callback'], pkceRequired: true },
    });
    expectTypeOf(data).toEqualTypeOf<Schemas['createClientResponse'] | undefined>();
    expectTypeOf<NonNullable<typeof data>['client']>().toEqualTypeOf<
      { clientId?: string; clientSecret?: string } | undefined
    >();
    // @ts-expect-error redirectUris is required
    await client.POST(route.list, { params: { path: pathParams }, body: { name: 'No redirect' } });
    await client.POST(route.list, {
      params: { path: pathParams },
      // @ts-expect-error pkceRequired is a boolean
      body: { name: 'n', redirectUris: [], pkceRequired: 'yes' },
    });
  });

  it('getPartnerClient / updatePartnerClient / deletePartnerClient need the clientId too', async () => {
    const one = { ...pathParams, clientId: 'e6c1a9f4-3b7d-4d52-8f0e-9a2b5c7d1e83' };
    const { data } = await client.GET(route.one, { params: { path: one } });
    expectTypeOf(data).toEqualTypeOf<Schemas['partnerClientDetails'] | undefined>();
    await client.PUT(route.one, { params: { path: one }, body: { name: 'Renamed' } });
    await client.DELETE(route.one, { params: { path: one } });
    // @ts-expect-error clientId is missing
    await client.DELETE(route.one, { params: { path: pathParams } });
    // @ts-expect-error contacts is a list of strings
    await client.PUT(route.one, { params: { path: one }, body: { contacts: 'a@b.c' } });
    // @ts-expect-error PATCH is not an operation of this path
    await client.PATCH(route.one, { params: { path: one } });
  });

  it('the route and scope maps are typed per operationId', () => {
    expectTypeOf(operationRoutes.deletePartnerClient.method).toEqualTypeOf<'delete'>();
    type PartnerClientOperation =
      | 'getPartnerClients'
      | 'createPartnerClient'
      | 'getPartnerClient'
      | 'updatePartnerClient'
      | 'deletePartnerClient';
    expectTypeOf<PartnerClientOperation>().toExtend<OperationId>();
    expectTypeOf<'getPartnerClientz'>().not.toExtend<OperationId>();
    expectTypeOf(operationScopes.getPartnerClients).toExtend<readonly string[]>();
    expectTypeOf(operationScopes.getOpenIdConfiguration).toEqualTypeOf<readonly []>();
    // @ts-expect-error not an operationId
    void operationRoutes.getPartnerClientz;
  });
});

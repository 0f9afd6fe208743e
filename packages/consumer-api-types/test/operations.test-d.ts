// Type tests (checked by `vitest --typecheck`, never executed): Consumer API operations through openapi-fetch.
import createClient from 'openapi-fetch';
import { describe, expectTypeOf, it } from 'vitest';
import { type components, type OperationId, operationRoutes, type operations, type paths } from '../src/index.js';

const client = createClient<paths>({ baseUrl: 'https://digital.garden-fi.com/a/consumer/api/v0' });
const userId = 'a8a1c4a6-5c7b-4b8e-9f3d-2e1c0b9a8d7f';
const accountId = 'f1e2d3c4-b5a6-4978-8a9b-0c1d2e3f4a5b';
type Schemas = components['schemas'];

describe('Consumer API', () => {
  it('listAccounts: userId in the path, an optional `active` query; money is a decimal string', async () => {
    const { data } = await client.GET(operationRoutes.listAccounts.path, { params: { path: { userId } } });
    expectTypeOf<NonNullable<typeof data>>().toEqualTypeOf<
      operations['listAccounts']['responses'][200]['content']['application/json']
    >();
    expectTypeOf<Schemas['Account']['balance']>().toEqualTypeOf<string | undefined>();
    // @ts-expect-error userId is required
    await client.GET(operationRoutes.listAccounts.path, { params: { path: {} } });
    // @ts-expect-error not a query parameter of this operation
    await client.GET(operationRoutes.listAccounts.path, { params: { path: { userId }, query: { color: 'red' } } });
  });

  it('listTransactions: paging and date queries are typed; a transaction amount is a string', async () => {
    const { data } = await client.GET(operationRoutes.listTransactions.path, {
      params: { path: { userId, accountId }, query: { offset: 0, limit: 50, since: '2024-01-01' } },
    });
    expectTypeOf(data).toEqualTypeOf<Schemas['TransactionList'] | undefined>();
    expectTypeOf<Schemas['Transaction']['amount']>().toEqualTypeOf<string>();
    await client.GET(operationRoutes.listTransactions.path, {
      // @ts-expect-error limit is a number
      params: { path: { userId, accountId }, query: { limit: '50' } },
    });
    // @ts-expect-error accountId is required
    await client.GET(operationRoutes.listTransactions.path, { params: { path: { userId } } });
  });

  it('renameAccount: PUT with a `name` body and no response body', async () => {
    const { data } = await client.PUT(operationRoutes.renameAccount.path, {
      params: { path: { userId, accountId } },
      body: { name: 'Vacation savings' },
    });
    expectTypeOf(data).toEqualTypeOf<undefined>();
    // @ts-expect-error the body needs a name
    await client.PUT(operationRoutes.renameAccount.path, { params: { path: { userId, accountId } }, body: {} });
    // @ts-expect-error getAccount's path has no PUT
    await client.PUT(operationRoutes.getAccount.path, { params: { path: { userId, accountId } }, body: { name: 'x' } });
  });

  it('getUser: the user type has its required fields', async () => {
    const { data } = await client.GET(operationRoutes.getUser.path, { params: { path: { userId } } });
    expectTypeOf(data).toEqualTypeOf<Schemas['User'] | undefined>();
    // an open set (Individual, Company, and types added later): any string parses
    expectTypeOf<Schemas['User']['userType']>().toEqualTypeOf<string>();
    expectTypeOf<'getUser' | 'listAccounts' | 'listTransactions' | 'renameAccount'>().toExtend<OperationId>();
  });
});

import { describe, expectTypeOf, it } from 'vitest';
import { createApiClient, getAttempts, unwrap, type ApiClient } from '../src/index.js';
import type { components, paths } from './fixtures/banno-paths.js';

type Account = components['schemas']['Account'];

// Compiled by `tsc` (pnpm typecheck); never called, so nothing is sent.
function typeChecks(client: ApiClient<paths>) {
  // A wrong path does not compile.
  // @ts-expect-error: no such path
  void client.GET('/users/{userId}/acounts', { params: { path: { userId: 'u' } } });
  // @ts-expect-error: the path exists, but not for POST
  void client.POST('/users/{userId}/accounts', { params: { path: { userId: 'u' } } });

  // A missing or wrong parameter does not compile.
  // @ts-expect-error: userId is required
  void client.GET('/users/{userId}/accounts', { params: { path: {} } });
  // @ts-expect-error: userId is a string
  void client.GET('/users/{userId}/accounts', { params: { path: { userId: 42 } } });
  // @ts-expect-error: limit is a number
  void client.GET('/users/{userId}/accounts/{accountId}/transactions', { params: { path: { userId: 'u', accountId: 'a' }, query: { limit: '10' } } });
  // @ts-expect-error: the required query parameter `query` is missing
  void client.GET('/institutions/{institutionId}/users', { params: { path: { institutionId: 'i' }, query: { limit: 10 } } });

  // A wrong or missing body does not compile.
  // @ts-expect-error: email must be a string
  void client.PUT('/users/{userId}', { params: { path: { userId: 'u' } }, body: { email: 1 } });
  // @ts-expect-error: the body is required
  void client.POST('/users/{userId}/payments', { params: { path: { userId: 'u' } } });
  // @ts-expect-error: amount is missing
  void client.POST('/users/{userId}/payments', { params: { path: { userId: 'u' } }, body: { payeeId: 'p' } });
}

describe('types', () => {
  it('types data, errors and unwrap from the paths', async () => {
    expectTypeOf(typeChecks).toBeFunction();
    const client = createApiClient<paths>({ baseUrl: 'http://127.0.0.1:9' });
    expectTypeOf(client).toEqualTypeOf<ApiClient<paths>>();

    type AccountsResult = Awaited<ReturnType<typeof getAccounts>>;
    const getAccounts = () => client.GET('/users/{userId}/accounts', { params: { path: { userId: 'u' } } });
    expectTypeOf<NonNullable<AccountsResult['data']>>().toEqualTypeOf<{ accounts: Account[] }>();
    expectTypeOf<NonNullable<AccountsResult['error']>>().toEqualTypeOf<components['schemas']['Error']>();
    expectTypeOf<Awaited<ReturnType<typeof unwrap<AccountsResult>>>>().toEqualTypeOf<{ accounts: Account[] }>();

    type PaymentResult = Awaited<ReturnType<typeof createPayment>>;
    const createPayment = () => client.POST('/users/{userId}/payments', { params: { path: { userId: 'u' } }, body: { payeeId: 'p', amount: '1.00' } });
    expectTypeOf<NonNullable<PaymentResult['error']>>().toEqualTypeOf<components['schemas']['BillPayError']>();

    expectTypeOf(getAttempts).parameter(0).toEqualTypeOf<Response | { response: Response }>();
  });
});

import { describe, expectTypeOf, it } from 'vitest';
import {
  type ConsumerApiClient,
  consumerApiScopesFor,
  createConsumerApiClient,
  iterateTransactions,
  refreshUserData,
  type TaskEvent,
  type Transaction,
  type UserDataRefreshResult,
  unwrap,
} from '../src/index.js';

declare const client: ConsumerApiClient;
const userId = 'u';
const accountId = 'a';

describe('Consumer API types', () => {
  it('types the data of a call from the spec', async () => {
    const { accounts } = await unwrap(client.GET('/users/{userId}/accounts', { params: { path: { userId } } }));
    expectTypeOf(accounts[0]!.balance).toEqualTypeOf<string | undefined>();
    const user = await unwrap(client.GET('/users/{userId}', { params: { path: { userId } } }));
    // an open set (Individual, Company, and types added later): any string parses
    expectTypeOf(user.userType).toEqualTypeOf<string>();
  });

  it('rejects a path that is not in the spec', () => {
    // @ts-expect-error no such path
    void client.GET('/users/{userId}/acounts', { params: { path: { userId } } });
    // @ts-expect-error DELETE is not defined for accounts
    void client.DELETE('/users/{userId}/accounts', { params: { path: { userId } } });
  });

  it('rejects missing, misnamed and mistyped parameters', () => {
    // @ts-expect-error userId is required
    void client.GET('/users/{userId}/accounts', { params: { path: {} } });
    // @ts-expect-error the path parameter is userId, not user
    void client.GET('/users/{userId}/accounts', { params: { path: { user: userId } } });
    void client.GET('/users/{userId}/accounts/{accountId}/transactions', {
      // @ts-expect-error limit is a number
      params: { path: { userId, accountId }, query: { limit: '100' } },
    });
  });

  it('rejects a wrong body', () => {
    void client.PATCH('/users/{userId}', {
      params: { path: { userId } },
      // @ts-expect-error the merge patch carries preferredName only
      body: { firstName: 'Dee' },
    });
    // @ts-expect-error the body is required
    void client.PUT('/users/{userId}', { params: { path: { userId } } });
  });

  it('types the helpers', () => {
    expectTypeOf(iterateTransactions(client, userId, accountId)).toEqualTypeOf<
      AsyncGenerator<Transaction, void, undefined>
    >();
    const refresh = refreshUserData(client, userId);
    expectTypeOf(refresh.done).toEqualTypeOf<Promise<UserDataRefreshResult>>();
    expectTypeOf(refresh[Symbol.asyncIterator]().next()).resolves.toMatchTypeOf<IteratorResult<TaskEvent, unknown>>();
    // @ts-expect-error not an operationId of this API
    consumerApiScopesFor(['searchConsumerUsers']);
  });

  it('takes exactly one location and one credential', () => {
    // @ts-expect-error baseUrl and host together
    createConsumerApiClient({ baseUrl: 'https://x', host: 'x', accessToken: 't' });
    // @ts-expect-error a credential is required
    createConsumerApiClient({ baseUrl: 'https://x' });
  });
});

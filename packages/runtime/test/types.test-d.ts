import { describe, expectTypeOf, it } from 'vitest';
import {
  type ApiClient,
  type ApiError,
  type ApiErrorCode,
  apiErrorGuard,
  createApiClient,
  getAttempts,
  type MissingScopeError,
  NotFoundError,
  scopesFor,
  type unwrap,
} from '../src/index.js';
import type { components, operations, paths } from './fixtures/banno-paths.js';
import { scopes } from './fixtures/banno-paths.js';

type Account = components['schemas']['Account'];
declare const client: ApiClient<paths>;
declare const caught: unknown;

describe('calls are typed from the paths', () => {
  it('refuses wrong paths, parameters and bodies', () => {
    // @ts-expect-error: no such path
    void client.GET('/users/{userId}/acounts', { params: { path: { userId: 'u' } } });
    // @ts-expect-error: the path exists, but not for POST
    void client.POST('/users/{userId}/accounts', { params: { path: { userId: 'u' } } });
    // @ts-expect-error: userId is required
    void client.GET('/users/{userId}/accounts', { params: { path: {} } });
    // @ts-expect-error: userId is a string
    void client.GET('/users/{userId}/accounts', { params: { path: { userId: 42 } } });
    void client.GET('/users/{userId}/accounts/{accountId}/transactions', {
      // @ts-expect-error: limit is a number
      params: { path: { userId: 'u', accountId: 'a' }, query: { limit: '10' } },
    });
    void client.GET('/institutions/{institutionId}/users', {
      // @ts-expect-error: the required query parameter `query` is missing
      params: { path: { institutionId: 'i' }, query: { limit: 10 } },
    });
    // @ts-expect-error: email must be a string
    void client.PUT('/users/{userId}', { params: { path: { userId: 'u' } }, body: { email: 1 } });
    // @ts-expect-error: the body is required
    void client.POST('/users/{userId}/payments', { params: { path: { userId: 'u' } } });
    // @ts-expect-error: amount is missing
    void client.POST('/users/{userId}/payments', { params: { path: { userId: 'u' } }, body: { payeeId: 'p' } });
  });

  it('types data, errors and unwrap', () => {
    expectTypeOf(createApiClient<paths>({ baseUrl: 'http://127.0.0.1:9' })).toEqualTypeOf<ApiClient<paths>>();
    const getAccounts = () => client.GET('/users/{userId}/accounts', { params: { path: { userId: 'u' } } });
    type AccountsResult = Awaited<ReturnType<typeof getAccounts>>;
    expectTypeOf<NonNullable<AccountsResult['data']>>().toEqualTypeOf<{ accounts: Account[] }>();
    expectTypeOf<NonNullable<AccountsResult['error']>>().toEqualTypeOf<components['schemas']['Error']>();
    expectTypeOf<Awaited<ReturnType<typeof unwrap<AccountsResult>>>>().toEqualTypeOf<{ accounts: Account[] }>();

    const createPayment = () =>
      client.POST('/users/{userId}/payments', {
        params: { path: { userId: 'u' } },
        body: { payeeId: 'p', amount: '1.00' },
      });
    expectTypeOf<NonNullable<Awaited<ReturnType<typeof createPayment>>['error']>>().toEqualTypeOf<
      components['schemas']['BillPayError']
    >();
    expectTypeOf(getAttempts).parameter(0).toHaveProperty('response').toEqualTypeOf<Response>();
    expectTypeOf(getAttempts).returns.toEqualTypeOf<number | undefined>();
  });

  it('keeps openapi-fetch’s fixed set of parseAs values', () => {
    // @ts-expect-error: parseAs has a fixed set of values
    void client.GET('/status', { parseAs: 'xml' });
  });

  it('names operations in scopesFor', () => {
    expectTypeOf(scopesFor(['getAccounts'], scopes)).toEqualTypeOf<string[]>();
    // @ts-expect-error: not an operation of the map
    scopesFor(['getAcounts'], scopes);
  });
});

describe('errors', () => {
  it('have stable codes and typed details', () => {
    expectTypeOf<ApiError['code']>().toEqualTypeOf<ApiErrorCode>();
    expectTypeOf<'ERR_DTK_API_NOT_FOUND'>().toExtend<ApiErrorCode>();
    // @ts-expect-error: not a code of this package
    const wrong: ApiErrorCode = 'ERR_DTK_NOPE';
    void wrong;
    expectTypeOf<MissingScopeError['requiredScopes']>().toEqualTypeOf<readonly (readonly string[])[]>();
  });

  it('leave the body unknown after instanceof, and type it from the spec through a guard', () => {
    if (caught instanceof NotFoundError) {
      expectTypeOf(caught.body).toBeUnknown();
      // @ts-expect-error: unknown until narrowed
      void caught.body.messages;
    }
    const isFixtureError = apiErrorGuard<operations>();
    if (isFixtureError(caught, 'getAccounts', 404)) {
      expectTypeOf(caught.body).toEqualTypeOf<components['schemas']['Error']>();
      expectTypeOf(caught.status).toEqualTypeOf<404>();
      expectTypeOf(caught.body.messages).toBeString();
    }
    if (isFixtureError(caught, 'createPayment')) {
      expectTypeOf(caught.body).toEqualTypeOf<components['schemas']['BillPayError']>();
      expectTypeOf(caught.status).toEqualTypeOf<403 | 503>();
    }
    if (isFixtureError(caught, 'putUserEmail', 400))
      expectTypeOf(caught.body).toEqualTypeOf<components['schemas']['Error']>();
    // @ts-expect-error: getAccounts declares no 409
    isFixtureError(caught, 'getAccounts', 409);
    // @ts-expect-error: 200 is not an error status
    isFixtureError(caught, 'getAccounts', 200);
    // @ts-expect-error: no such operation
    isFixtureError(caught, 'getAcounts');
  });
});

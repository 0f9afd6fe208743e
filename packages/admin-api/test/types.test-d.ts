import { describe, expectTypeOf, it } from 'vitest';
import {
  type AdminApiClient,
  adminApiScopesFor,
  type ConsumerUser,
  createAdminApiClient,
  iterateConsumerUsers,
  unwrap,
} from '../src/index.js';

declare const client: AdminApiClient;
const institutionId = 'i';
const partnerName = 'sample-partner';

describe('Admin API types', () => {
  it('types the data of a call from the spec', async () => {
    const clients = await unwrap(
      client.GET('/a/oidc-provider/api/v0/institutions/{institutionId}/partner-clients/{partnerName}', {
        params: { path: { institutionId, partnerName } },
      }),
    );
    expectTypeOf(clients).toBeArray();
    const page = await unwrap(
      client.GET('/a/consumer-user-search/api/v0/institutions/{institutionId}/users', {
        params: { path: { institutionId } },
      }),
    );
    expectTypeOf(page.users).toEqualTypeOf<ConsumerUser[] | undefined>();
    expectTypeOf(iterateConsumerUsers(client, institutionId)).toEqualTypeOf<
      AsyncGenerator<ConsumerUser, void, undefined>
    >();
  });

  it('rejects wrong paths, parameters and bodies', () => {
    // @ts-expect-error the Admin API paths start with /a/
    void client.GET('/institutions/{institutionId}/users', { params: { path: { institutionId } } });
    void client.GET('/a/oidc-provider/api/v0/institutions/{institutionId}/partner-clients/{partnerName}', {
      // @ts-expect-error partnerName is required
      params: { path: { institutionId } },
    });
    void client.POST('/a/oidc-provider/api/v0/institutions/{institutionId}/partner-clients/{partnerName}', {
      params: { path: { institutionId, partnerName } },
      // @ts-expect-error redirectUris is required
      body: { name: 'App' },
    });
    void client.GET('/a/consumer-user-search/api/v0/institutions/{institutionId}/users', {
      // @ts-expect-error limit is a number
      params: { path: { institutionId }, query: { limit: 'ten' } },
    });
  });

  it('takes client credentials or a token manager, not both', () => {
    // @ts-expect-error credentials need a clientId
    createAdminApiClient({ privateKey: 'pem' });
    // @ts-expect-error a token manager excludes credentials
    createAdminApiClient({
      tokenManager: {
        getAccessToken: async () => 't',
        handleUnauthorized: async () => 't',
        getTokenSet: async () => undefined,
        grantedScopes: async () => undefined,
      },
      clientId: 'x',
    });
    // @ts-expect-error not an operationId of this API
    adminApiScopesFor(['listAccounts']);
  });
});

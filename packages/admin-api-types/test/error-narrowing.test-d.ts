// Type tests (checked by `vitest --typecheck`, never executed): openapi-fetch's documented style
// `const { data, error } = await client.GET(…); if (error) throw error; data.…` narrows `data` for every operation.
import type { DocumentedPatternChecks, Failing } from '@dtk/scripts/testing/documented-pattern';
import createClient from 'openapi-fetch';
import { describe, expectTypeOf, it } from 'vitest';
import type { operations as GeneratedOperations } from '../src/generated/schema.js';
import {
  type OperationId,
  operationRoutes,
  type operations,
  type paths,
  type UndocumentedErrorBody,
} from '../src/index.js';

const client = createClient<paths>({ baseUrl: 'https://banno.com' });
const institutionId = '9c3e1a7f-5b2d-4e86-a0f4-7d1c8b6e3a52';
const userId = '2f5b8d1e-6c4a-4f97-b3e0-a8d7c1f5e2b6';

describe('Admin API: `if (error) throw` narrows `data`', () => {
  it('for every operation (the list comes from the generated maps)', () => {
    expectTypeOf<keyof operations>().toEqualTypeOf<OperationId>();
    expectTypeOf<Failing<DocumentedPatternChecks<operations>>>().toEqualTypeOf<never>();
  });

  it('did not on the bare generated types: undescribed error bodies made `error` possibly undefined (TS18048)', () => {
    type Raw = Failing<DocumentedPatternChecks<GeneratedOperations>>;
    expectTypeOf<'getUserDetails' | 'searchConsumerUsers' | 'getPartnerClients'>().toExtend<Raw>();
  });

  it('in real calls: user details, a 204, and the token endpoint with its published error bodies', async () => {
    const { data, error } = await client.GET(operationRoutes.getUserDetails.path, {
      params: { path: { institutionId, userId } },
    });
    if (error) {
      expectTypeOf(error).toEqualTypeOf<UndocumentedErrorBody>();
      throw new Error('getUserDetails failed');
    }
    expectTypeOf(data.userId).toEqualTypeOf<string>();

    const deleted = await client.DELETE(operationRoutes.deletePartnerClient.path, {
      params: {
        path: { institutionId, partnerName: 'sample-partner', clientId: 'e6c1a9f4-3b7d-4d52-8f0e-9a2b5c7d1e83' },
      },
    });
    if (deleted.error) throw new Error('deletePartnerClient failed');
    expectTypeOf(deleted.data).toEqualTypeOf<undefined>();

    const token = await client.POST(operationRoutes.requestToken.path, {
      body: { grant_type: 'client_credentials', scope: 'openid' },
    });
    if (token.error) {
      expectTypeOf(token.error).toExtend<{ error: string; error_description?: string } | UndocumentedErrorBody>();
      throw new Error('requestToken failed');
    }
    expectTypeOf(token.data.access_token).toEqualTypeOf<string>();
  });
});

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

const client = createClient<paths>({ baseUrl: 'https://digital.garden-fi.com/a/consumer/api/v0' });
const userId = '5b8a7d2e-3c4f-4e1a-9b6d-0f2e8c1a7d93';

describe('Consumer API: `if (error) throw` narrows `data`', () => {
  it('for every operation (the list comes from the generated maps)', () => {
    expectTypeOf<keyof operations>().toEqualTypeOf<OperationId>();
    expectTypeOf<Failing<DocumentedPatternChecks<operations>>>().toEqualTypeOf<never>();
  });

  it('did not on the bare generated types: undescribed error bodies made `error` possibly undefined (TS18048)', () => {
    // openapi-typescript renders an error response without `content` as `content?: never`
    type Raw = Failing<DocumentedPatternChecks<GeneratedOperations>>;
    expectTypeOf<'listAccounts' | 'getUser' | 'getTaskEvents' | 'listTransactions'>().toExtend<Raw>();
  });

  it('in real calls: a list, a 204 and an operation with typed error bodies', async () => {
    const accounts = await client.GET(operationRoutes.listAccounts.path, { params: { path: { userId } } });
    if (accounts.error) throw new Error('listAccounts failed');
    expectTypeOf(accounts.data.accounts).toExtend<readonly unknown[]>();

    const { data, error } = await client.GET(operationRoutes.getUser.path, { params: { path: { userId } } });
    if (error) {
      expectTypeOf(error).toEqualTypeOf<UndocumentedErrorBody>();
      throw new Error('getUser failed');
    }
    expectTypeOf(data.userId).toEqualTypeOf<string>();

    const renamed = await client.PUT(operationRoutes.renameAccount.path, {
      params: { path: { userId, accountId: '7f3c9a12-4b6e-4d2a-8c1f-5e9b0d3a6c21' } },
      body: { name: 'Bills' },
    });
    if (renamed.error) throw new Error('renameAccount failed');
    expectTypeOf(renamed.data).toEqualTypeOf<undefined>();

    const synced = await client.POST(operationRoutes.syncBillPay.path, { params: { path: { userId } } });
    if (synced.error) {
      // documented bodies keep their types; undocumented ones are UndocumentedErrorBody
      expectTypeOf(synced.error).toExtend<{ type: string; userFriendlyMessage?: string } | UndocumentedErrorBody>();
      throw new Error('syncBillPay failed');
    }
    expectTypeOf(synced.data.payees).toExtend<readonly unknown[]>();
  });
});

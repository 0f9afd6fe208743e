// Type tests (checked by `vitest --typecheck`, never executed): the generated types accept what Jack Henry's
// reference publishes for the shapes the description once contradicted.
import createClient from 'openapi-fetch';
import { describe, expectTypeOf, it } from 'vitest';
import { type components, operationRoutes, type operations, type paths } from '../src/index.js';

type Schemas = components['schemas'];
type Json<Operation, Status extends number> = Operation extends {
  responses: Record<Status, { content: { 'application/json': infer Body } }>;
}
  ? Body
  : never;
const client = createClient<paths>({ baseUrl: 'https://digital.garden-fi.com/a/consumer/api/v0' });
const userId = '5b8a7d2e-3c4f-4e1a-9b6d-0f2e8c1a7d93';

describe('published shapes', () => {
  it('the Zelle Reg D notice is { notice }', () => {
    expectTypeOf({ notice: 'Regulation D limits transfers from savings accounts.' }).toExtend<
      Json<operations['getZelleRegDNotice'], 200>
    >();
    expectTypeOf<Json<operations['getZelleRegDNotice'], 200>>().toEqualTypeOf<Schemas['RegDNotice']>();
    expectTypeOf<Schemas['RegDNotice']['notice']>().toEqualTypeOf<string | undefined>();
  });

  it('the bill pay sync errors are ServerError bodies with the published types, and any later one', () => {
    expectTypeOf<Json<operations['syncBillPay'], 403>>().toEqualTypeOf<Schemas['ServerError']>();
    expectTypeOf<Json<operations['syncBillPay'], 404>>().toEqualTypeOf<Schemas['ServerError']>();
    expectTypeOf({ type: 'BillPayConfigurationNotFound', userFriendlyMessage: 'Bill pay is not set up.' }).toExtend<
      Schemas['ServerError']
    >();
    expectTypeOf({ type: 'SubscriberAccountLocked' }).toExtend<Schemas['ServerError']>();
    expectTypeOf({ type: 'ATypeAddedLater' }).toExtend<Schemas['ServerError']>();
  });

  it('task events carry `date`, any type, and their own properties', () => {
    const published = {
      version: 2,
      events: [
        { type: 'TaskStarted', date: '2026-03-02T15:04:05.120Z' },
        { type: 'TaskEnded', date: '2026-03-02T15:04:08.420Z' },
        { type: 'EnrichmentAllAccountBalancesUpdated', date: '2026-03-02T15:04:06.000Z', balances: [] },
      ],
    };
    expectTypeOf(published).toExtend<Json<operations['getTaskEvents'], 200>>();
    expectTypeOf<Schemas['TaskEvent']['date']>().toEqualTypeOf<string | undefined>();
    // no typed createdAt any more: only the open index signature of event-specific properties answers for it
    expectTypeOf<Schemas['TaskEvent']['createdAt']>().toEqualTypeOf<unknown>();
  });

  it('the user PATCH takes {} (no changes), a preferred name, or null to clear it', async () => {
    await client.PATCH(operationRoutes.patchUser.path, { params: { path: { userId } }, body: {} });
    await client.PATCH(operationRoutes.patchUser.path, { params: { path: { userId } }, body: { preferredName: 'Jo' } });
    await client.PATCH(operationRoutes.patchUser.path, { params: { path: { userId } }, body: { preferredName: null } });
    // @ts-expect-error only preferredName is supported
    await client.PATCH(operationRoutes.patchUser.path, { params: { path: { userId } }, body: { firstName: 'Jo' } });
    expectTypeOf(operationRoutes.patchUser).not.toHaveProperty('requestContentType');
  });

  it('an account sortIndex may be null; money is a string', () => {
    expectTypeOf<Schemas['Account']['sortIndex']>().toEqualTypeOf<number | null | undefined>();
    expectTypeOf<Schemas['Account']['balance']>().toEqualTypeOf<string | undefined>();
  });

  it('the card status update carries creditCardLostState', () => {
    expectTypeOf<Schemas['CardStatusUpdate']>().toHaveProperty('creditCardLostState');
  });
});

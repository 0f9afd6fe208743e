// What Jack Henry's reference publishes, validated against the shipped openapi.json: the shapes that the
// description once contradicted (Reg D notice, bill pay sync errors, task events, the user PATCH), and the
// operations it lacked.
import { bundledDocument } from '@dtk/scripts/testing/bundled-document';
import { describe, expect, it } from 'vitest';
import { operationRoutes, operationSecurity } from '../src/index.js';

const bundle = bundledDocument(new URL('../src/generated/openapi.json', import.meta.url));
type Media = { schema?: unknown };
type Operation = { responses: Record<string, { content?: Record<string, Media> }> };
const document = bundle.document as {
  paths: Record<string, Record<string, Operation> & { servers?: { url: string }[] }>;
  servers: { url: string }[];
  components: { schemas: Record<string, unknown> };
};
const SCOPE = 'https://api.banno.com/consumer/auth/';

describe('Zelle Reg D notice (GET /users/{userId}/zelle/regd)', () => {
  const body = bundle.responseBody(operationRoutes.getZelleRegDNotice, 200);

  it('answers the published { notice } and nothing else is required', () => {
    expect(body({ notice: 'Regulation D limits transfers from savings accounts to six per statement cycle.' })).toBe(
      true,
    );
    expect(body({})).toBe(true);
  });

  it('is not a registration disclosure: the old required fields are gone', () => {
    expect(document.components.schemas).not.toHaveProperty('ZelleDisclosure');
    expect(operationSecurity.getZelleRegDNotice).toEqual([{ OpenID_Connect: ['openid'] }]);
  });
});

describe('Bill pay sync errors (POST /users/{userId}/billpay/fetch)', () => {
  const published = {
    403: ['SubscriberAccountLocked', 'BillPayAbilitiesMissing', 'BillPayProductNotEligible'],
    404: [
      'BannoUserNotFound',
      'BannoLoginIdNotFound',
      'SubscriberIdNotFound',
      'SubscriberIdNotFoundScrapeLogin',
      'BannoCommonIdNotFound',
      'BillPayConfigurationNotFound',
    ],
  } as const;

  it.each(Object.entries(published).flatMap(([status, types]) => types.map((type) => [status, type] as const)))(
    '%s %s is a ServerError body',
    (status, type) => {
      const body = bundle.responseBody(operationRoutes.syncBillPay, status);
      expect(
        body({ type, userFriendlyMessage: 'Your bill pay account needs attention.' }),
        JSON.stringify(body.errors),
      ).toBe(true);
      const responses = document.paths['/users/{userId}/billpay/fetch']?.['post']?.responses;
      expect(responses?.[status]?.content?.['application/json']?.schema).toEqual({
        $ref: '#/components/schemas/ServerError',
      });
    },
  );

  it('lists exactly the published types as the known ones', () => {
    const known = (
      bundle.resolve({ $ref: '#/components/schemas/BillPaySyncErrorType' }) as { anyOf: { enum?: string[] }[] }
    ).anyOf.flatMap((member) => member.enum ?? []);
    expect(known.sort()).toEqual([...published[403], ...published[404]].sort());
  });
});

describe('Task events (GET /users/{userId}/tasks/{taskId})', () => {
  const body = bundle.responseBody(operationRoutes.getTaskEvents, 200);

  it('accepts the published events: TaskStarted and TaskEnded with a date', () => {
    const events = [
      { type: 'TaskStarted', date: '2026-03-02T15:04:05.120Z' },
      { type: 'TaskEnded', date: '2026-03-02T15:04:08.420Z' },
    ];
    expect(body({ version: 2, events }), JSON.stringify(body.errors)).toBe(true);
  });

  it('accepts an event type nobody has seen yet, with its own properties', () => {
    const event = {
      type: 'EnrichmentSomethingNew',
      date: '2026-03-02T15:04:06.000Z',
      balances: [{ accountId: 'a1', balance: '12.00' }],
    };
    expect(body({ version: 3, events: [event] }), JSON.stringify(body.errors)).toBe(true);
  });

  it('has no createdAt: the published events carry date', () => {
    const event = bundle.resolve({ $ref: '#/components/schemas/TaskEvent' }) as { properties: Record<string, unknown> };
    expect(Object.keys(event.properties)).toContain('date');
    expect(Object.keys(event.properties)).not.toContain('createdAt');
  });
});

describe('User PATCH (PATCH /users/{userId})', () => {
  const body = bundle.requestBody(operationRoutes.patchUser, 'application/json');

  it('is sent as application/json, as published (merge-patch semantics)', () => {
    expect(operationRoutes.patchUser).toEqual({ method: 'patch', path: '/users/{userId}' });
  });

  it('takes {} ("no changes"), a preferred name, or null to clear it, and nothing else', () => {
    expect(body({})).toBe(true);
    expect(body({ preferredName: 'Jo' })).toBe(true);
    expect(body({ preferredName: null })).toBe(true);
    expect(body({ firstName: 'Jo' })).toBe(false);
  });
});

describe('other published facts', () => {
  it('an account sortIndex may be null (Banno sample code handles it)', () => {
    const account = bundle.validatorAt('/components/schemas/Account');
    expect(
      account({
        id: '7f3c9a12-4b6e-4d2a-8c1f-5e9b0d3a6c21',
        name: 'Checking',
        accountType: 'Deposit',
        sortIndex: null,
      }),
    ).toBe(true);
  });

  it('response money is any string Banno sends; request money keeps its decimal pattern', () => {
    const account = bundle.validatorAt('/components/schemas/Account');
    expect(
      account({
        id: '7f3c9a12-4b6e-4d2a-8c1f-5e9b0d3a6c21',
        name: 'Checking',
        accountType: 'Deposit',
        balance: '+1543.0000',
      }),
    ).toBe(true);
    const payment = bundle.requestBody(operationRoutes.createBillPayment);
    const valid = {
      payeeId: 'f3a5c7e9-1d4b-4f6a-9b8c-2d4e6f8a0cf2',
      accountId: '7f3c9a12-4b6e-4d2a-8c1f-5e9b0d3a6c21',
      processDate: '2026-03-03',
    };
    expect(payment({ ...valid, amount: '64.18' })).toBe(true);
    expect(payment({ ...valid, amount: '64,18' })).toBe(false);
  });

  it('the card status update carries creditCardLostState', () => {
    const update = bundle.requestBody(operationRoutes.updateCardStatus);
    expect(update({ status: 'Lost', creditCardLostState: 'Lost' })).toBe(true);
  });

  it('the delivery options 500 has its published body', () => {
    const body = bundle.responseBody(operationRoutes.getAvailableDeliveryOptions, 500);
    expect(body({ type: 'AnyType', userFriendlyMessage: 'Unable to retrieve delivery options.' })).toBe(true);
  });

  it('lists alternatives as separate requirements (any one of the scopes suffices)', () => {
    expect(operationSecurity.listAccounts).toEqual([
      { OpenID_Connect: [`${SCOPE}accounts.readonly`] },
      { OpenID_Connect: [`${SCOPE}accounts.readwrite`] },
    ]);
  });
});

describe('operations the reference publishes', () => {
  it('the OpenID Connect endpoints under /oidc', () => {
    const paths = Object.values(operationRoutes).map(({ method, path }) => `${method.toUpperCase()} ${path}`);
    expect(paths).toEqual(
      expect.arrayContaining([
        'GET /oidc/.well-known/openid-configuration',
        'GET /oidc/auth',
        'POST /oidc/token',
        'GET /oidc/me',
        'GET /oidc/jwks',
        'POST /oidc/token/revocation',
        'POST /oidc/token/introspection',
        'POST /oidc/request',
        'GET /oidc/logout',
      ]),
    );
  });

  it('bill pay enrollment, with its scope', () => {
    expect(operationRoutes.getBillPayConfiguration).toEqual({
      method: 'get',
      path: '/users/{userId}/configuration/billpay',
    });
    expect(operationRoutes.checkBillPayEnrollmentEligibility).toEqual({
      method: 'post',
      path: '/users/{userId}/billpay/enrollment/eligible',
    });
    expect(operationSecurity.checkBillPayEnrollmentEligibility).toEqual([
      { OpenID_Connect: [`${SCOPE}billpay.enrollment.readwrite`] },
    ]);
  });

  it('Rapid Transfers v1, served from /a/consumer/api beside v0', () => {
    const item = document.paths['/v1/users/{userId}/rapid-transfers/methods'];
    expect(item?.servers?.map((server) => server.url)).toEqual(['https://{host}/a/consumer/api']);
    expect(document.servers.map((server) => server.url)).toEqual(['https://{host}/a/consumer/api/v0']);
    expect(operationRoutes.linkRapidTransferCard.path).toBe('/v1/users/{userId}/rapid-transfers/methods/cards');
  });
});

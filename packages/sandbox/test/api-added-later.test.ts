// An API the registry gains later (as `pnpm new-api` scaffolds one) is served from its description
// alone: an OpenAPI 3.1 description with no maps, no examples on some answers, alternatives and
// combined scopes, a public and an optional-auth operation, and a collection.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Sandbox, type ServedApi, servedApis, startSandbox } from '../src/index.js';
import { call } from './support/http.js';

const SCOPE = (name: string) => `https://api.banno.com/consumer/auth/deposits.${name}`;
const depositApi: ServedApi = {
  name: 'deposit-api',
  host: 'consumer',
  description: {
    openapi: '3.1.0',
    info: { title: 'Deposit API', version: '1.0' },
    servers: [{ url: 'https://{host}/a/deposit/api/v1', variables: { host: { default: 'digital.garden-fi.com' } } }],
    components: {
      securitySchemes: {
        OpenID_Connect: {
          type: 'openIdConnect',
          openIdConnectUrl: 'https://digital.garden-fi.com/a/consumer/api/v0/oidc/.well-known/openid-configuration',
        },
      },
      schemas: {
        Problem: {
          type: 'object',
          required: ['code', 'detail'],
          properties: { code: { type: 'integer' }, detail: { type: 'string' } },
        },
        Deposit: {
          type: 'object',
          required: ['depositId', 'amount', 'note'],
          properties: {
            depositId: { type: 'string', format: 'uuid' },
            amount: { type: 'string', pattern: '^[0-9]+\\.[0-9]{2}$' },
            note: { type: ['string', 'null'] },
            createdAt: { type: 'string', format: 'date-time' },
          },
        },
        DepositInput: {
          type: 'object',
          required: ['amount'],
          additionalProperties: false,
          properties: {
            amount: { type: 'string', pattern: '^[0-9]+\\.[0-9]{2}$' },
            note: { type: ['string', 'null'] },
          },
        },
        DepositList: {
          type: 'object',
          required: ['deposits', 'total'],
          properties: {
            deposits: { type: 'array', items: { $ref: '#/components/schemas/Deposit' } },
            total: { type: 'integer' },
          },
        },
      },
    },
    paths: {
      '/deposits': {
        get: {
          operationId: 'listDeposits',
          security: [{ OpenID_Connect: [SCOPE('read')] }, { OpenID_Connect: [SCOPE('admin')] }],
          parameters: [{ name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 50 } }],
          responses: {
            '200': {
              description: 'ok',
              content: { 'application/json': { schema: { $ref: '#/components/schemas/DepositList' } } },
            },
            '400': {
              description: 'bad',
              content: { 'application/json': { schema: { $ref: '#/components/schemas/Problem' } } },
            },
          },
        },
        post: {
          operationId: 'createDeposit',
          security: [{ OpenID_Connect: [SCOPE('read'), SCOPE('write')] }],
          requestBody: {
            required: true,
            content: { 'application/json': { schema: { $ref: '#/components/schemas/DepositInput' } } },
          },
          responses: {
            '201': {
              description: 'created',
              content: { 'application/json': { schema: { $ref: '#/components/schemas/Deposit' } } },
            },
          },
        },
      },
      '/deposits/summary': {
        get: {
          operationId: 'getDepositSummary',
          security: [{ OpenID_Connect: [SCOPE('read')] }],
          responses: {
            '200': {
              description: 'ok',
              content: {
                'application/json': {
                  schema: { type: 'object', properties: { count: { type: 'integer' } } },
                  example: { count: 7 },
                },
              },
            },
          },
        },
      },
      '/deposits/{depositId}': {
        parameters: [{ name: 'depositId', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }],
        get: {
          operationId: 'getDeposit',
          security: [{ OpenID_Connect: [SCOPE('read')] }],
          responses: {
            '200': {
              description: 'ok',
              content: { 'application/json': { schema: { $ref: '#/components/schemas/Deposit' } } },
            },
            '404': { description: 'none' },
          },
        },
        patch: {
          operationId: 'patchDeposit',
          security: [{ OpenID_Connect: [SCOPE('write')] }],
          requestBody: { content: { 'application/merge-patch+json': { schema: { type: 'object' } } } },
          responses: {
            '200': {
              description: 'ok',
              content: { 'application/json': { schema: { $ref: '#/components/schemas/Deposit' } } },
            },
          },
        },
        delete: {
          operationId: 'deleteDeposit',
          security: [{ OpenID_Connect: [SCOPE('write')] }],
          responses: { '204': { description: 'gone' } },
        },
      },
      '/status': {
        get: {
          operationId: 'getStatus',
          security: [],
          responses: {
            '200': {
              description: 'ok',
              content: { 'application/json': { schema: { type: 'object', properties: { up: { type: 'boolean' } } } } },
            },
          },
        },
      },
      '/hello': {
        get: {
          operationId: 'getHello',
          security: [{}, { OpenID_Connect: [] }],
          responses: {
            '200': { description: 'ok', content: { 'text/plain': { schema: { type: 'string' }, example: 'hello' } } },
          },
        },
      },
    },
  },
};

let sandbox: Sandbox;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  sandbox = await startSandbox({ apis: [...servedApis, depositApi] });
  for (const [name, scopes] of Object.entries({
    read: ['read'],
    admin: ['admin'],
    readWrite: ['read', 'write'],
    write: ['write'],
  })) {
    tokens[name] = (await sandbox.tokens.consumer({ scope: ['openid', ...scopes.map(SCOPE)] })).accessToken;
  }
});
afterAll(() => sandbox.stop());

const url = (path: string) => `${sandbox.apis['deposit-api']?.baseUrl}${path}`;

describe('an API added to the served list', () => {
  it("is served at its own server path on its host, and its scopes are known to the host's provider", async () => {
    expect(sandbox.apis['deposit-api']?.baseUrl).toBe(`${sandbox.consumer.origin}/a/deposit/api/v1`);
    const discovery = (await (await fetch(sandbox.consumer.discoveryUrl)).json()) as { scopes_supported: string[] };
    expect(discovery.scopes_supported).toEqual(expect.arrayContaining([SCOPE('read'), SCOPE('write'), SCOPE('admin')]));
  });

  it('takes any one alternative requirement, but every scope of the requirement it meets', async () => {
    expect((await call('GET', url('/deposits'), { token: tokens.read })).status).toBe(200);
    expect((await call('GET', url('/deposits'), { token: tokens.admin })).status).toBe(200);
    expect((await call('GET', url('/deposits'), { token: tokens.write })).status).toBe(403);
    const body = { amount: '12.50', note: null };
    expect((await call('POST', url('/deposits'), { token: tokens.read, body })).status).toBe(403);
    expect((await call('POST', url('/deposits'), { token: tokens.write, body })).status).toBe(403);
    expect((await call('POST', url('/deposits'), { token: tokens.readWrite, body })).status).toBe(201);
  });

  it('serves a public operation without a token, and an optional-auth one with or without (but not with a bad one)', async () => {
    expect((await call('GET', url('/status'))).status).toBe(200);
    const hello = await call('GET', url('/hello'));
    expect(hello).toMatchObject({ status: 200, body: 'hello', mediaType: 'text/plain' });
    expect((await call('GET', url('/hello'), { token: tokens.read })).status).toBe(200);
    expect((await call('GET', url('/hello'), { token: 'forged' })).status).toBe(401);
  });

  it('validates with JSON Schema 2020-12 (type lists) and answers errors in its own shape', async () => {
    const bad = await call('POST', url('/deposits'), { token: tokens.readWrite, body: { amount: '12.5', note: 3 } });
    expect(bad.status).toBe(400);
    expect(bad.body).toEqual({
      code: 400,
      detail: expect.stringMatching(
        /^invalid request: body\.amount must match pattern .*; body\.note must be string,null$/,
      ),
    });
    expect((await call('GET', url('/deposits?limit=51'), { token: tokens.read })).body).toMatchObject({
      code: 400,
      detail: 'invalid request: query.limit must be <= 50',
    });
  });

  it('keeps what is created: list, read, merge-patch and delete follow', async () => {
    const created = await call('POST', url('/deposits'), {
      token: tokens.readWrite,
      body: { amount: '99.00', note: 'rent' },
    });
    const { depositId } = created.body as { depositId: string };
    expect(created.body).toMatchObject({ amount: '99.00', note: 'rent' });
    const listed = await call('GET', url('/deposits'), { token: tokens.read });
    expect(listed.body.deposits.map((deposit: { depositId: string }) => deposit.depositId)).toContain(depositId);
    expect(listed.body.total).toBe(listed.body.deposits.length);

    const patched = await call('PATCH', url(`/deposits/${depositId}`), {
      token: tokens.write,
      body: { note: 'March rent' },
      contentType: 'application/merge-patch+json',
    });
    expect(patched.body).toMatchObject({ depositId, amount: '99.00', note: 'March rent' });
    expect((await call('GET', url(`/deposits/${depositId}`), { token: tokens.read })).body).toEqual(patched.body);
    expect((await call('GET', url('/deposits/summary'), { token: tokens.read })).body).toEqual({ count: 7 });
    expect((await call('DELETE', url(`/deposits/${depositId}`), { token: tokens.write })).status).toBe(204);
    expect((await call('GET', url(`/deposits/${depositId}`), { token: tokens.read })).status).toBe(404);
  });

  it('answered everything as its description declares', () => {
    expect(sandbox.responseProblems()).toEqual([]);
  });
});

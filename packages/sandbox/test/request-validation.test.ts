import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Sandbox, startSandbox } from '../src/index.js';
import { call } from './support/http.js';

let sandbox: Sandbox;
let consumerToken: string;
let entityToken: string;

beforeAll(async () => {
  sandbox = await startSandbox();
  consumerToken = (await sandbox.tokens.consumer()).accessToken; // every Consumer scope
  entityToken = (await sandbox.tokens.entityManagement()).accessToken;
});
afterAll(() => sandbox.stop());

const user = () => sandbox.users[0] ?? { userId: '', accounts: [] };
const transactionsUrl = (query: string) =>
  `${sandbox.consumer.baseUrl}/users/${user().userId}/accounts/${user().accounts[0]?.id}/transactions?${query}`;
const entitiesUrl = () =>
  `${sandbox.entityManagement.baseUrl}/a/api/entity-svcs/v1/${sandbox.institution.universalId}/entities`;

describe("a bad request gets a 400 in the API's own error shape", () => {
  it('Consumer API: { errorCode, messages } naming the parameter and the rule it breaks', async () => {
    for (const [query, message] of [
      ['limit=501', 'query.limit must be <= 500'],
      ['limit=0', 'query.limit must be >= 1'],
      ['offset=first', 'query.offset must be integer'],
      ['since=yesterday', 'query.since must match format "date-time"'],
    ] as const) {
      const response = await call('GET', transactionsUrl(query), { token: consumerToken });
      expect(response.status, query).toBe(400);
      expect(response.body, query).toEqual({ errorCode: 400, messages: `invalid request: ${message}` });
    }
  });

  it('Consumer API: a body that breaks the schema, is not JSON, or has the wrong media type', async () => {
    const renameUrl = `${sandbox.consumer.baseUrl}/users/${user().userId}/accounts/${user().accounts[0]?.id}/name`;
    const empty = await call('PUT', renameUrl, { token: consumerToken, body: { name: '' } });
    expect(empty).toMatchObject({
      status: 400,
      body: { errorCode: 400, messages: 'invalid request: body.name must NOT have fewer than 1 characters' },
    });
    const broken = await call('PUT', renameUrl, {
      token: consumerToken,
      body: '{"name":',
      contentType: 'application/json',
    });
    expect(broken).toMatchObject({ status: 400, body: { messages: 'the request body is not valid JSON' } });
    const text = await call('PUT', renameUrl, { token: consumerToken, body: 'name=x', contentType: 'text/plain' });
    expect(text.status).toBe(415);
    const missing = await call('PUT', renameUrl, { token: consumerToken });
    expect(missing).toMatchObject({ status: 400, body: { messages: 'the request body is required' } });

    const patchUrl = `${sandbox.consumer.baseUrl}/users/${user().userId}`;
    const extra = await call('PATCH', patchUrl, {
      token: consumerToken,
      body: { preferredName: 'Jo', email: 'x@example.com' },
      contentType: 'application/json',
    });
    expect(extra.status).toBe(400);
  });

  it('Entity Management: { errors: [{ code, message }] }, and nothing is created', async () => {
    const before = await call('GET', entitiesUrl(), { token: entityToken });
    const response = await call('POST', entitiesUrl(), { token: entityToken, body: { entityType: 'Robot' } });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      errors: [
        {
          code: 'BAD_REQUEST',
          message: 'invalid request: body.entityType must be equal to one of the allowed values (Person, Organization)',
        },
      ],
    });
    const after = await call('GET', entitiesUrl(), { token: entityToken });
    expect(after.body.totalCount).toBe(before.body.totalCount);
  });

  it('checks authorization before the request: no token and a bad body is a 401', async () => {
    expect((await call('POST', entitiesUrl(), { body: { entityType: 'Robot' } })).status).toBe(401);
  });

  it('answers a method the path does not have with 405 and Allow', async () => {
    const response = await call('DELETE', `${sandbox.consumer.baseUrl}/users/${user().userId}/accounts`, {
      token: consumerToken,
    });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET');
  });
});

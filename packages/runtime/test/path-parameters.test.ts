import { sendJson } from '@dtk/testkit';
import { describe, expect, it } from 'vitest';
import { clientFor, rejection, serve, USER } from './helpers.js';

describe('path parameters that would change the endpoint', () => {
  it.each(['.', '..', '', '%2e', '%2E', '%2e%2e', '%2E%2E', '.%2e', '%252e%252e'])(
    'refuses %j with a TypeError before the network',
    async (value) => {
      const server = await serve((_req, res) => sendJson(res, 200, { accounts: [] }));
      const client = clientFor(server);
      const error = await rejection(client.GET('/users/{userId}/accounts', { params: { path: { userId: value } } }));
      expect(error).toBeInstanceOf(TypeError);
      expect((error as Error).message).toMatch(/^path parameter "userId" is /);
      const put = await rejection(
        client.PUT('/users/{userId}', { params: { path: { userId: value } }, body: { email: 'a@b.example' } }),
      );
      expect(put).toBeInstanceOf(TypeError);
      expect(server.requests).toHaveLength(0);
    },
  );

  it('refuses an empty object, which openapi-fetch writes as an empty segment, and sends one with content', async () => {
    const server = await serve((_req, res) => sendJson(res, 200, { transactions: [] }));
    const client = clientFor(server);
    const transactions = (accountId: unknown) =>
      client.GET('/users/{userId}/accounts/{accountId}/transactions', {
        params: { path: { userId: USER, accountId: accountId as string } },
      });
    const error = await rejection(transactions({}));
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toMatch(/^path parameter "accountId" is ""/);
    expect(server.requests).toHaveLength(0);

    expect((await transactions({ id: 'a1' })).response.status).toBe(200);
    expect(server.requests.map((r) => r.url)).toEqual([`/users/${USER}/accounts/id,a1/transactions`]);
  });

  it('refuses a missing parameter instead of sending the template', async () => {
    const server = await serve((_req, res) => sendJson(res, 200, { accounts: [] }));
    const error = await rejection(clientFor(server).GET('/users/{userId}/accounts', { params: { path: {} } } as never));
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toBe('path parameter "userId" is missing');
    expect(server.requests).toHaveLength(0);
  });

  it('sends values that merely contain dots or encoded characters, encoded as one segment', async () => {
    const server = await serve((_req, res) => sendJson(res, 200, { accounts: [] }));
    const client = clientFor(server);
    for (const value of ['...', 'a.b', '..a', '%2e%2e%2f', 'a/../b', USER]) {
      const { response } = await client.GET('/users/{userId}/accounts', { params: { path: { userId: value } } });
      expect(response.status, value).toBe(200);
    }
    expect(server.requests.map((r) => r.url)).toEqual([
      '/users/.../accounts',
      '/users/a.b/accounts',
      '/users/..a/accounts',
      '/users/%252e%252e%252f/accounts',
      '/users/a%2F..%2Fb/accounts',
      `/users/${USER}/accounts`,
    ]);
  });
});

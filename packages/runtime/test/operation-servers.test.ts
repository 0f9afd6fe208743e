import { sendJson } from '@dtk/testkit';
import { describe, expect, it } from 'vitest';
import type { OperationMaps } from '../src/index.js';
import { routes } from './fixtures/banno-paths.js';
import { clientFor, serve, USER } from './helpers.js';

/** The fixture's routes, with the transactions operation served from another server. */
function mapsWith(server: string, rootServers: readonly string[]): OperationMaps {
  return {
    routes: { ...routes, getTransactions: { ...routes.getTransactions, server } },
    servers: rootServers,
  };
}

const transactions = '/users/{userId}/accounts/{accountId}/transactions' as const;
const params = { path: { userId: USER, accountId: 'a1' } };

describe('operations served from their own server', () => {
  it('rebases a v1 operation from the v0 base URL, keeping the host the client was given', async () => {
    const server = await serve((_req, res) => sendJson(res, 200, { transactions: [], accounts: [] }));
    const operations = mapsWith('https://{host}/a/consumer/api/v1', ['https://{host}/a/consumer/api/v0']);
    const client = clientFor({ ...server, url: `${server.url}/a/consumer/api/v0` }, { operations });
    await client.GET(transactions, { params });
    await client.GET('/users/{userId}/accounts', { params: { path: { userId: USER } } });
    expect(server.requests.map((r) => r.url)).toEqual([
      `/a/consumer/api/v1/users/${USER}/accounts/a1/transactions`,
      `/a/consumer/api/v0/users/${USER}/accounts`,
    ]);
  });

  it('still reads the root servers from the deprecated apiDescription.servers when servers is absent', async () => {
    const server = await serve((_req, res) => sendJson(res, 200, { transactions: [] }));
    const { servers, ...rest } = mapsWith('https://{host}/a/consumer/api/v1', []);
    const operations = { ...rest, apiDescription: { title: 'Fixture', servers: ['https://{host}/a/consumer/api/v0'] } };
    const client = clientFor({ ...server, url: `${server.url}/a/consumer/api/v0` }, { operations });
    await client.GET(transactions, { params });
    expect(server.requests[0]?.url).toBe(`/a/consumer/api/v1/users/${USER}/accounts/a1/transactions`);
  });

  it('rebases relative server paths behind a gateway prefix', async () => {
    const server = await serve((_req, res) => sendJson(res, 200, { transactions: [] }));
    const client = clientFor(
      { ...server, url: `${server.url}/gateway/api/v0/` },
      { operations: mapsWith('/api/v1', ['/api/v0']) },
    );
    await client.GET(transactions, { params });
    expect(server.requests[0]?.url).toBe(`/gateway/api/v1/users/${USER}/accounts/a1/transactions`);
  });

  it('uses an absolute operation server without variables as it is, for a client on the published host', async () => {
    const main = await serve((_req, res) => sendJson(res, 200, {}));
    const other = await serve((_req, res) => sendJson(res, 200, { transactions: [] }));
    const client = clientFor(main, { operations: mapsWith(`${other.url}/elsewhere/v2`, [main.url]) });
    await client.GET(transactions, { params });
    expect(main.requests).toHaveLength(0);
    expect(other.requests[0]?.url).toBe(`/elsewhere/v2/users/${USER}/accounts/a1/transactions`);
  });

  it('keeps its own origin for an absolute operation server when pointed at another host (a gateway, the sandbox)', async () => {
    const main = await serve((_req, res) => sendJson(res, 200, { transactions: [] }));
    const client = clientFor(main, {
      operations: mapsWith('https://login.example/elsewhere/v2', ['https://published.example']),
    });
    await client.GET(transactions, { params });
    expect(main.requests[0]?.url).toBe(`/elsewhere/v2/users/${USER}/accounts/a1/transactions`);
  });

  it('keeps the client base URL when it does not end with a root server path, and a per-call baseUrl always wins', async () => {
    const server = await serve((_req, res) => sendJson(res, 200, { transactions: [] }));
    const client = clientFor(
      { ...server, url: `${server.url}/custom` },
      { operations: mapsWith('https://{host}/a/consumer/api/v1', ['https://{host}/a/consumer/api/v0']) },
    );
    await client.GET(transactions, { params });
    await client.GET(transactions, { params, baseUrl: `${server.url}/chosen` });
    expect(server.requests.map((r) => r.url)).toEqual([
      `/custom/users/${USER}/accounts/a1/transactions`,
      `/chosen/users/${USER}/accounts/a1/transactions`,
    ]);
  });
});

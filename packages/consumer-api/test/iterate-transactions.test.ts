import { sendJson } from '@dtk/testkit';
import { describe, expect, it } from 'vitest';
import { iterateTransactions, NotFoundError, type Transaction } from '../src/index.js';
import { ACCOUNT_ID, clientFor, serve, splitUrl, USER_ID } from './helpers.js';

function transactions(count: number): Transaction[] {
  return Array.from({ length: count }, (_, index) => ({
    id: `t-${index}`,
    accountId: ACCOUNT_ID,
    amount: `-${index}.17`,
    memo: `PURCHASE ${index}`,
  }));
}

/** A transactions endpoint over `all`, honouring offset and limit (and capping limit at `serverMax`). */
async function transactionsServer(all: Transaction[], serverMax = 500) {
  return serve((req, res) => {
    const { path, query } = splitUrl(req.url ?? '/');
    if (path !== `/users/${USER_ID}/accounts/${ACCOUNT_ID}/transactions`)
      return sendJson(res, 404, { errorCode: 404, messages: 'no such account' });
    const offset = Number(query.offset ?? 0);
    const limit = Math.min(Number(query.limit ?? serverMax), serverMax);
    sendJson(res, 200, { transactions: all.slice(offset, offset + limit) });
  });
}

async function drain(iterable: AsyncIterable<Transaction>): Promise<Transaction[]> {
  const items: Transaction[] = [];
  for await (const item of iterable) items.push(item);
  return items;
}

const pages = (requests: { url: string }[]) => requests.map((request) => splitUrl(request.url).query);

describe('iterateTransactions', () => {
  it('returns nothing for an account without transactions, after one request', async () => {
    const server = await transactionsServer([]);
    expect(await drain(iterateTransactions(clientFor(server), USER_ID, ACCOUNT_ID))).toEqual([]);
    expect(pages(server.requests)).toEqual([{ offset: '0', limit: '500' }]);
  });

  it('walks pages until a short last page', async () => {
    const all = transactions(25);
    const server = await transactionsServer(all);
    const items = await drain(iterateTransactions(clientFor(server), USER_ID, ACCOUNT_ID, { pageSize: 10 }));
    expect(items).toEqual(all);
    expect(pages(server.requests)).toEqual([
      { offset: '0', limit: '10' },
      { offset: '10', limit: '10' },
      { offset: '20', limit: '10' },
    ]);
  });

  it('asks once more after an exact multiple of the page size and stops at the empty page', async () => {
    const all = transactions(20);
    const server = await transactionsServer(all);
    const items = await drain(iterateTransactions(clientFor(server), USER_ID, ACCOUNT_ID, { pageSize: 10 }));
    expect(items.map((item) => item.id)).toEqual(all.map((item) => item.id));
    expect(pages(server.requests).map((query) => query.offset)).toEqual(['0', '10', '20']);
  });

  it('caps the page size at 500, the API maximum', async () => {
    const all = transactions(1_001);
    const server = await transactionsServer(all);
    const items = await drain(iterateTransactions(clientFor(server), USER_ID, ACCOUNT_ID, { pageSize: 2_000 }));
    expect(items).toHaveLength(1_001);
    expect(pages(server.requests)).toEqual([
      { offset: '0', limit: '500' },
      { offset: '500', limit: '500' },
      { offset: '1000', limit: '500' },
    ]);
  });

  it('stops at maxItems, asking for no more than needed', async () => {
    const server = await transactionsServer(transactions(50));
    const items = await drain(
      iterateTransactions(clientFor(server), USER_ID, ACCOUNT_ID, { pageSize: 20, maxItems: 30 }),
    );
    expect(items).toHaveLength(30);
    expect(pages(server.requests)).toEqual([
      { offset: '0', limit: '20' },
      { offset: '20', limit: '10' },
    ]);
  });

  it('sends the time filters, Dates as ISO instants', async () => {
    const server = await transactionsServer([]);
    await drain(
      iterateTransactions(clientFor(server), USER_ID, ACCOUNT_ID, {
        since: new Date('2026-02-01T00:00:00.000Z'),
        until: '2026-03-02T23:59:59.999Z',
      }),
    );
    await drain(
      iterateTransactions(clientFor(server), USER_ID, ACCOUNT_ID, { updatedSince: new Date(Date.UTC(2026, 2, 1)) }),
    );
    expect(pages(server.requests)).toEqual([
      { since: '2026-02-01T00:00:00.000Z', until: '2026-03-02T23:59:59.999Z', offset: '0', limit: '500' },
      { updatedSince: '2026-03-01T00:00:00.000Z', offset: '0', limit: '500' },
    ]);
  });

  it('is lazy: nothing is sent until iteration starts, and stopping early sends no more', async () => {
    const server = await transactionsServer(transactions(30));
    const iterable = iterateTransactions(clientFor(server), USER_ID, ACCOUNT_ID, { pageSize: 10 });
    expect(server.requests).toHaveLength(0);
    for await (const item of iterable) if (item.id === 't-3') break;
    expect(server.requests).toHaveLength(1);
  });

  it('throws the typed error of a failed page', async () => {
    const server = await transactionsServer(transactions(3));
    const error = await drain(iterateTransactions(clientFor(server), USER_ID, 'no-such-account')).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({
      status: 404,
      operationId: 'listTransactions',
      body: { messages: 'no such account' },
    });
  });

  it('rejects bad options before sending anything', async () => {
    const server = await transactionsServer([]);
    const client = clientFor(server);
    expect(() =>
      iterateTransactions(client, USER_ID, ACCOUNT_ID, {
        since: '2026-01-01T00:00:00Z',
        updatedSince: '2026-01-01T00:00:00Z',
      }),
    ).toThrow(/cannot be combined/);
    expect(() => iterateTransactions(client, USER_ID, ACCOUNT_ID, { until: new Date('nope') })).toThrow(RangeError);
    expect(() => iterateTransactions(client, USER_ID, ACCOUNT_ID, { since: ' ' })).toThrow(RangeError);
    await expect(drain(iterateTransactions(client, USER_ID, ACCOUNT_ID, { pageSize: 0 }))).rejects.toThrow(RangeError);
    await expect(drain(iterateTransactions(client, USER_ID, ACCOUNT_ID, { pageSize: 2.5 }))).rejects.toThrow(
      RangeError,
    );
    expect(server.requests).toHaveLength(0);
  });

  it('stops when the caller aborts', async () => {
    const server = await transactionsServer(transactions(30));
    const controller = new AbortController();
    const reason = new Error('stop');
    const iterable = iterateTransactions(clientFor(server), USER_ID, ACCOUNT_ID, {
      pageSize: 10,
      signal: controller.signal,
    });
    const seen: string[] = [];
    const error = await (async () => {
      for await (const item of iterable) {
        seen.push(item.id);
        if (seen.length === 10) controller.abort(reason);
      }
    })().catch((e: unknown) => e);
    expect(error).toBe(reason);
    expect(seen).toHaveLength(10);
    expect(server.requests).toHaveLength(1);
  });
});

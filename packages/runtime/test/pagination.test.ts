import { sendJson } from '@dtk/testkit';
import { describe, expect, it } from 'vitest';
import { iterateOffsetPages, paginate, unwrap } from '../src/index.js';
import { clientFor, serve, USER } from './helpers.js';

/** A loopback server holding `total` users/transactions and answering offset/limit like Banno. */
async function bannoLikeServer(total: number) {
  return serve((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const offset = Number(url.searchParams.get('offset') ?? 0);
    const limit = Number(url.searchParams.get('limit') ?? 100);
    const ids = Array.from(
      { length: Math.max(0, Math.min(total, offset + limit) - offset) },
      (_, i) => `${offset + i}`,
    );
    if (url.pathname.endsWith('/users')) {
      sendJson(res, 200, { users: ids.map((userId) => ({ userId, firstName: `User ${userId}` })), totalCount: total });
    } else {
      sendJson(res, 200, { transactions: ids.map((id) => ({ id, accountId: 'acc', amount: '-1.00' })) });
    }
  });
}

describe('pagination against a server', () => {
  it('pages a totalCount API on an exact multiple without an extra request', async () => {
    const server = await bannoLikeServer(6);
    const client = clientFor(server);
    const names: string[] = [];
    for await (const user of paginate(
      async ({ offset, limit }) => {
        const { users, totalCount } = await unwrap(
          client.GET('/institutions/{institutionId}/users', {
            params: { path: { institutionId: 'inst' }, query: { query: 'smith', offset, limit } },
          }),
        );
        return { items: users, totalCount };
      },
      { pageSize: 3 },
    )) {
      names.push(user.firstName);
    }
    expect(names).toEqual(['User 0', 'User 1', 'User 2', 'User 3', 'User 4', 'User 5']);
    expect(server.requests.map((r) => new URL(r.url, server.url).searchParams.get('offset'))).toEqual(['0', '3']);
  });

  it('pages an API without totalCount to its short last page, and handles an empty one', async () => {
    const fetchTransactions =
      (client: ReturnType<typeof clientFor>) =>
      async ({ offset, limit }: { offset: number; limit: number }) => {
        const { transactions } = await unwrap(
          client.GET('/users/{userId}/accounts/{accountId}/transactions', {
            params: { path: { userId: USER, accountId: 'acc' }, query: { offset, limit } },
          }),
        );
        return { items: transactions };
      };

    const server = await bannoLikeServer(7);
    const pages = [];
    for await (const page of iterateOffsetPages(fetchTransactions(clientFor(server)), { pageSize: 3 }))
      pages.push(page.items.map((t) => t.id));
    expect(pages).toEqual([['0', '1', '2'], ['3', '4', '5'], ['6']]);
    expect(server.requests).toHaveLength(3);

    const empty = await bannoLikeServer(0);
    const none = [];
    for await (const transaction of paginate(fetchTransactions(clientFor(empty)), { pageSize: 3 }))
      none.push(transaction);
    expect(none).toEqual([]);
    expect(empty.requests).toHaveLength(1);
  });
});

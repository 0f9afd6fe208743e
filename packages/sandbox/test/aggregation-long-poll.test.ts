import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Sandbox, startSandbox } from '../src/index.js';
import { type ApiResponse, call } from './support/http.js';

const DURATION_MS = 1500;
const LONG_POLL_MS = 1200;
let sandbox: Sandbox;
let token: string;

beforeAll(async () => {
  sandbox = await startSandbox({ aggregation: { durationMs: DURATION_MS, longPollMs: LONG_POLL_MS } });
  token = (await sandbox.tokens.consumer()).accessToken; // every Consumer scope
});
afterAll(() => sandbox.stop());

const userUrl = (path: string) => `${sandbox.consumer.baseUrl}/users/${sandbox.users[0]?.userId}${path}`;

async function timed(request: Promise<ApiResponse>): Promise<ApiResponse & { elapsedMs: number }> {
  const started = performance.now();
  const response = await request;
  return { ...response, elapsedMs: performance.now() - started };
}

describe('PUT /users/{userId}/fetch, then GET tasks/{taskId}', () => {
  it('delivers the events as they happen: a plain GET answers at once, a sinceVersion GET waits for the next event', async () => {
    const accountsBefore = (await call('GET', userUrl('/accounts'), { token })).body.accounts as Array<{
      id: string;
      fetchedDate: string;
      balance: string;
    }>;
    const started = performance.now();
    const fetched = await call('PUT', userUrl('/fetch'), { token });
    expect(fetched.status).toBe(200);
    const { taskId } = fetched.body as { taskId: string };

    const first = await call('GET', userUrl(`/tasks/${taskId}`), { token });
    expect(first.status).toBe(200);
    expect(first.body.events[0]).toMatchObject({ type: 'TaskStarted', version: 1 });
    expect(first.body.version).toBe(first.body.events.length);

    const types = first.body.events.map((event: { type: string }) => event.type) as string[];
    let version = first.body.version as number;
    let balances: Array<{ accountId: string; balance: string }> | undefined;
    while (!types.includes('TaskEnded')) {
      const poll = await timed(call('GET', userUrl(`/tasks/${taskId}?sinceVersion=${version}`), { token }));
      expect(poll.status).toBe(200);
      // Held until something new happened: every reply carries new events only.
      expect(poll.body.events.length).toBeGreaterThan(0);
      for (const event of poll.body.events) {
        expect(event.version).toBeGreaterThan(version);
        types.push(event.type);
        if (event.balances) balances = event.balances;
      }
      version = poll.body.version;
    }
    expect(performance.now() - started).toBeGreaterThanOrEqual(DURATION_MS - 50);
    expect(types).toEqual([
      'TaskStarted',
      'EnrichmentAccountBalancesStarted',
      'EnrichmentAccountBalancesFinished',
      'EnrichmentTransactionsStarted',
      'EnrichmentTransactionsFinished',
      'TaskEnded',
    ]);
    expect(balances).toEqual(
      accountsBefore.map((account) => expect.objectContaining({ accountId: account.id, balance: account.balance })),
    );

    // Nothing more will happen: a sinceVersion poll is held for the whole window, then answers with no
    // events; a plain GET answers at once.
    const idle = await timed(call('GET', userUrl(`/tasks/${taskId}?sinceVersion=${version}`), { token }));
    expect(idle.body).toEqual({ version, events: [] });
    expect(idle.elapsedMs).toBeGreaterThanOrEqual(LONG_POLL_MS - 50);
    const plain = await timed(call('GET', userUrl(`/tasks/${taskId}`), { token }));
    expect(plain.body.version).toBe(version);
    expect(plain.elapsedMs).toBeLessThan(idle.elapsedMs / 2);

    const ahead = await call('GET', userUrl(`/tasks/${taskId}?sinceVersion=${version + 1}`), { token });
    // The operation declares this 400 without a body, so none is sent.
    expect(ahead).toMatchObject({ status: 400, body: undefined });

    // The fetch refreshed the accounts: a later read shows it.
    const accountsAfter = (await call('GET', userUrl('/accounts'), { token })).body.accounts as Array<{
      fetchedDate: string;
    }>;
    for (const [index, account] of accountsAfter.entries())
      expect(account.fetchedDate > (accountsBefore[index]?.fetchedDate ?? '')).toBe(true);
  });

  it('settles pending transactions, which an updatedSince sync then picks up', async () => {
    const user = sandbox.users[1];
    if (!user) throw new Error('no second user');
    const userToken = (await sandbox.tokens.consumer({ username: user.username })).accessToken;
    const base = `${sandbox.consumer.baseUrl}/users/${user.userId}`;
    const transactions = (query: string) =>
      call('GET', `${base}/accounts/${user.accounts[0]?.id}/transactions?${query}`, { token: userToken });
    const before = (await transactions('limit=3')).body.transactions as Array<{ status: string }>;
    expect(before.map((transaction) => transaction.status)).toEqual(['Pending', 'Pending', 'Posted']);
    const syncedAt = new Date().toISOString();
    expect((await transactions(`updatedSince=${encodeURIComponent(syncedAt)}`)).body.transactions).toEqual([]);

    const { taskId } = (await call('PUT', `${base}/fetch`, { token: userToken })).body as { taskId: string };
    for (let version = 0, ended = false; !ended; ) {
      const poll = await call('GET', `${base}/tasks/${taskId}?sinceVersion=${version}`, { token: userToken });
      ended = poll.body.events.some((event: { type: string }) => event.type === 'TaskEnded');
      version = poll.body.version;
    }
    const after = (await transactions('limit=3')).body.transactions as Array<{ status: string }>;
    expect(after.map((transaction) => transaction.status)).toEqual(['Posted', 'Posted', 'Posted']);
    expect((await transactions(`updatedSince=${encodeURIComponent(syncedAt)}`)).body.transactions).toHaveLength(2);
  });

  it("answers 404 for a task that does not exist or is another user's", async () => {
    expect((await call('GET', userUrl('/tasks/no-such-task'), { token })).status).toBe(404);
    const other = sandbox.users[1];
    if (!other) throw new Error('no second user');
    const otherToken = (await sandbox.tokens.consumer({ scope: 'openid', username: other.username })).accessToken;
    const theirs = (await call('PUT', `${sandbox.consumer.baseUrl}/users/${other.userId}/fetch`, { token: otherToken }))
      .body.taskId as string;
    expect((await call('GET', userUrl(`/tasks/${theirs}`), { token })).status).toBe(404);
  });
});

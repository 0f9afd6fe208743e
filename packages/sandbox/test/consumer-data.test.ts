import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Sandbox, startSandbox } from '../src/index.js';
import { call } from './support/http.js';

let sandbox: Sandbox;
let token: string;

beforeAll(async () => {
  sandbox = await startSandbox({ seed: 'consumer-data' });
  token = (await sandbox.tokens.consumer()).accessToken; // every Consumer scope
});
afterAll(() => sandbox.stop());

const user = () => {
  const first = sandbox.users[0];
  if (!first) throw new Error('no users');
  return first;
};
const get = (path: string) => call('GET', `${sandbox.consumer.baseUrl}/users/${user().userId}${path}`, { token });
const cents = (amount: string) => Math.round(Number(amount) * 100);

describe('accounts', () => {
  it("lists the user's own accounts with money as exact strings, and each one alone", async () => {
    const { status, body } = await get('/accounts');
    expect(status).toBe(200);
    expect(body.accounts.map((account: { id: string }) => account.id)).toEqual(
      user().accounts.map((account) => account.id),
    );
    for (const account of body.accounts) expect(account.balance).toMatch(/^-?\d+\.\d{2}$/);
    const first = body.accounts[0];
    expect((await get(`/accounts/${first.id}`)).body).toEqual(first);
    expect((await get(`/accounts/${first.id}/number`)).body.number).toMatch(/^\d{10}$/);
    expect((await get('/accounts/00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });

  it('renames an account, and later reads say so', async () => {
    const accountId = user().accounts[1]?.id;
    const renamed = await call('PUT', `${sandbox.consumer.baseUrl}/users/${user().userId}/accounts/${accountId}/name`, {
      token,
      body: { name: 'Rainy Day Fund' },
    });
    expect(renamed.status).toBe(204);
    expect((await get(`/accounts/${accountId}`)).body.name).toBe('Rainy Day Fund');
    expect(
      (await get('/accounts')).body.accounts.find((account: { id: string }) => account.id === accountId).name,
    ).toBe('Rainy Day Fund');
  });
});

describe('transactions', () => {
  const transactions = (query: string) => get(`/accounts/${user().accounts[0]?.id}/transactions?${query}`);

  it('pages through several hundred transactions with offset and limit, newest first, with no gap or repeat', async () => {
    const seen: Array<{ id: string; postedDate: string; amount: string; runningBalance: string }> = [];
    for (let offset = 0; ; offset += 100) {
      const page = await transactions(`offset=${offset}&limit=100`);
      expect(page.status).toBe(200);
      seen.push(...page.body.transactions);
      if (page.body.transactions.length < 100) break;
    }
    expect(seen.length).toBeGreaterThanOrEqual(300);
    expect(new Set(seen.map((transaction) => transaction.id)).size).toBe(seen.length);
    const dates = seen.map((transaction) => transaction.postedDate);
    expect(dates).toEqual([...dates].sort().reverse());
    // Running balances add up: each is the one before it plus the amount.
    for (let index = 0; index + 1 < seen.length; index += 1) {
      const newer = seen[index];
      const older = seen[index + 1];
      if (!newer || !older) continue;
      expect(cents(newer.runningBalance)).toBe(cents(older.runningBalance) + cents(newer.amount));
    }
    const { body } = await get(`/accounts/${user().accounts[0]?.id}`);
    expect(seen[0]?.runningBalance).toBe(body.balance);
  });

  it('filters by posted date (since and until inclusive) and refuses since with updatedSince', async () => {
    const all = (await transactions('')).body.transactions as Array<{ postedDate: string }>;
    const since = all[40]?.postedDate ?? '';
    const until = all[10]?.postedDate ?? '';
    const window = (await transactions(`since=${encodeURIComponent(since)}&until=${encodeURIComponent(until)}`)).body
      .transactions as Array<{ postedDate: string }>;
    expect(window.length).toBeGreaterThanOrEqual(31);
    expect(window.every((transaction) => transaction.postedDate >= since && transaction.postedDate <= until)).toBe(
      true,
    );
    expect(window.map((transaction) => transaction.postedDate)).toContain(since);
    const both = await transactions(`since=${encodeURIComponent(since)}&updatedSince=${encodeURIComponent(since)}`);
    expect(both).toMatchObject({
      status: 400,
      body: { errorCode: 400, messages: 'since and updatedSince cannot be combined' },
    });
  });
});

describe('the user profile', () => {
  it('PUT changes the email, PATCH (merge patch) sets and clears the preferred name; reads and userinfo follow', async () => {
    const url = `${sandbox.consumer.baseUrl}/users/${user().userId}`;
    expect((await call('PUT', url, { token, body: { email: 'new.address@example.com' } })).status).toBe(204);
    expect(
      (await call('PATCH', url, { token, body: { preferredName: 'Tay' }, contentType: 'application/json' })).status,
    ).toBe(204);
    const changed = await get('');
    expect(changed.body).toMatchObject({
      userId: user().userId,
      email: 'new.address@example.com',
      preferredName: 'Tay',
      institutionId: sandbox.institution.id,
    });
    const me = await (
      await fetch(`${sandbox.consumer.issuer}/me`, { headers: { authorization: `Bearer ${token}` } })
    ).json();
    expect(me).toMatchObject({ sub: user().userId, email: 'new.address@example.com' });

    expect(
      (await call('PATCH', url, { token, body: { preferredName: null }, contentType: 'application/json' })).status,
    ).toBe(204);
    expect((await get('')).body).not.toHaveProperty('preferredName');
  });
});

describe('seeded data', () => {
  it('is the same for the same seed and differs for another, while credentials are fresh each start', async () => {
    const again = await startSandbox({ seed: 'consumer-data' });
    const other = await startSandbox({ seed: 'another-seed' });
    try {
      const shape = (box: Sandbox) =>
        box.users.map(({ userId, username, accounts }) => ({ userId, username, accounts }));
      expect(shape(again)).toEqual(shape(sandbox));
      expect(again.institution).toEqual(sandbox.institution);
      expect(shape(other)).not.toEqual(shape(sandbox));
      expect(again.users[0]?.password).not.toBe(sandbox.users[0]?.password);
      expect(again.clients.consumerWebApp.clientSecret).not.toBe(sandbox.clients.consumerWebApp.clientSecret);
    } finally {
      await Promise.all([again.stop(), other.stop()]);
    }
  });
});

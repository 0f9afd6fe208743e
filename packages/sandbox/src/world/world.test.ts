import { describe, expect, it } from 'vitest';
import { isAllowedRedirectUri } from './admin-behaviour.js';
import { SeededRandom } from './random.js';
import { buildWorld, formatCents } from './world.js';

const dataDate = new Date('2026-03-31T12:00:00Z');

describe('buildWorld', () => {
  it('builds the same world from the same seed, apart from the password, and another from another seed', () => {
    const strip = (world: ReturnType<typeof buildWorld>) =>
      JSON.stringify({ ...world, users: world.users.map(({ password: _password, ...user }) => user), admins: [] });
    const first = buildWorld({ seed: 'a', dataDate });
    expect(strip(buildWorld({ seed: 'a', dataDate }))).toBe(strip(first));
    expect(strip(buildWorld({ seed: 'b', dataDate }))).not.toBe(strip(first));
    expect(buildWorld({ seed: 'a', dataDate }).users[0]?.password).not.toBe(first.users[0]?.password);
    expect(
      buildWorld({ seed: 'a', dataDate, password: 'given' }).users.every((user) => user.password === 'given'),
    ).toBe(true);
  });

  it('gives every account hundreds of transactions before the data date whose running balances end at the balance', () => {
    const world = buildWorld({ seed: 'balances', dataDate, users: 2 });
    expect(world.users.map((user) => user.userType)).toEqual(['Individual', 'Company']);
    for (const account of world.accounts) {
      const [newest] = account.transactions;
      expect(newest?.runningBalanceCents).toBe(account.balanceCents);
      for (const [index, transaction] of account.transactions.entries()) {
        const older = account.transactions[index + 1];
        if (older) expect(transaction.runningBalanceCents - older.runningBalanceCents).toBe(transaction.amountCents);
        expect(transaction.postedDate <= dataDate.toISOString()).toBe(true);
      }
    }
    expect(Math.max(...world.accounts.map((account) => account.transactions.length))).toBeGreaterThanOrEqual(300);
  });

  it('refuses a user count it cannot make', () => {
    expect(() => buildWorld({ seed: 1, dataDate, users: 0 })).toThrow(
      'users must be a whole number from 1 to 50, got 0',
    );
  });
});

describe('money and ids', () => {
  it('formats cents exactly', () => {
    expect([0, 5, -5, 154300, -154300, 123456789].map(formatCents)).toEqual([
      '0.00',
      '0.05',
      '-0.05',
      '1543.00',
      '-1543.00',
      '1234567.89',
    ]);
  });

  it('makes version 4 UUIDs from the seed', () => {
    const id = new SeededRandom('x').uuid();
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new SeededRandom('x').uuid()).toBe(id);
  });
});

describe("Banno's redirect URI rule", () => {
  it('allows https, and http only for localhost, *.local and private IPv4', () => {
    const allowed = [
      'https://app.example/cb',
      'http://localhost:8080/cb',
      'http://box.local/cb',
      'http://127.0.0.1:1/cb',
      'http://10.1.2.3/cb',
      'http://172.16.0.1/cb',
      'http://172.31.9.9/cb',
      'http://192.168.0.2/cb',
    ];
    const refused = [
      'http://app.example/cb',
      'http://172.32.0.1/cb',
      'http://8.8.8.8/cb',
      'ftp://x/cb',
      'https://app.example/cb#frag',
      'not a url',
    ];
    expect(allowed.filter((uri) => !isAllowedRedirectUri(uri))).toEqual([]);
    expect(refused.filter(isAllowedRedirectUri)).toEqual([]);
  });
});

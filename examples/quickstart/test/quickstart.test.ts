import { type Sandbox, startSandbox } from '@dtk/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAdminSession } from '../src/admin-session.js';
import { runConsumerSession } from '../src/consumer-session.js';

const quiet = () => {};
let sandbox: Sandbox;

beforeAll(async () => {
  sandbox = await startSandbox({ aggregation: { durationMs: 600 } });
});
afterAll(() => sandbox.stop());

describe('the quickstart session against the sandbox', () => {
  it('signs a user in with PKCE and reads their data through the Consumer API', async () => {
    const summary = await runConsumerSession(sandbox, quiet);
    const user = sandbox.users[0];
    expect(summary.userId).toBe(user?.userId);
    expect(summary.email).toBe(user?.email);
    expect(summary.grantedScopes).toContain('https://api.banno.com/consumer/auth/accounts.readonly');
    expect(summary.accounts.map((account) => account.name)).toEqual(user?.accounts.map((account) => account.name));
    const cents = summary.accounts.reduce((sum, account) => sum + Math.round(Number(account.balance) * 100), 0);
    expect(Math.round(Number(summary.total) * 100)).toBe(cents);
    expect(summary.aggregationEvents[0]).toBe('TaskStarted');
    expect(summary.aggregationEvents.at(-1)).toBe('TaskEnded');
    expect(summary.transactionsRead).toBeGreaterThanOrEqual(300);
    expect(summary.operationsServed.slice(0, 3)).toEqual(['getUser', 'listAccounts', 'startAggregation']);
    expect(summary.operationsServed.filter((key) => key === 'listTransactions').length).toBeGreaterThanOrEqual(4);
  });

  it('runs an Admin API job with a private_key_jwt client-credentials token', async () => {
    const summary = await runAdminSession(sandbox, quiet);
    expect(summary.partnerClients).toEqual(['Quickstart Partner App']);
    expect(summary.usersFound).toBe(sandbox.users.length);
    expect(summary.refusedBeforeNetwork).toMatch(/getUserEvents/);
    expect(summary.operationsServed).toEqual([
      'createPartnerClient',
      'getPartnerClients',
      'searchConsumerUsers',
      'searchConsumerUsers',
    ]);
    expect(summary.tokenRequests).toBe(1);
    expect(sandbox.responseProblems()).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { runAdminSession } from '../src/admin-session.js';
import { runConsumerSession } from '../src/consumer-session.js';

const quiet = () => {};

describe('the quickstart session', () => {
  it('signs a user in with PKCE and reads their data through the Consumer API', async () => {
    const summary = await runConsumerSession(quiet);
    expect(summary.userId).toBe('5b8a7d2e-3c4f-4e1a-9b6d-0f2e8c1a7d93');
    expect(summary.grantedScopes).toContain('https://api.banno.com/consumer/auth/accounts.readonly');
    expect(summary.accounts.map((account) => account.balance)).toEqual(['2841.17', '15210.55', '-1543.00']);
    expect(summary.total).toBe('16508.72');
    expect(summary.aggregationEvents[0]).toBe('TaskStarted');
    expect(summary.aggregationEvents.at(-1)).toBe('TaskEnded');
    expect(summary.transactionsRead).toBeGreaterThan(0);
    expect(summary.operationsServed.slice(0, 3)).toEqual(['getUser', 'listAccounts', 'startAggregation']);
    expect(summary.operationsServed).toContain('listTransactions');
  });

  it('runs an Admin API job with a private_key_jwt client-credentials token', async () => {
    const summary = await runAdminSession(quiet);
    expect(summary.partnerClients.length).toBeGreaterThan(0);
    expect(summary.usersFound).toBeGreaterThan(0);
    expect(summary.refusedBeforeNetwork).toMatch(/getUserEvents/);
    expect(summary.operationsServed).toEqual(['getPartnerClients', 'searchConsumerUsers']);
    expect(summary.tokenRequests).toBe(1);
  });
});

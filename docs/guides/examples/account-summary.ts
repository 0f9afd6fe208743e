import { type ConsumerApiClient, parseMoney, unwrap } from '@dtk/consumer-api';

export interface AccountSummary {
  readonly accounts: number;
  /** Sum of the accounts' available balances, in cents (exact: money stays a decimal string until here). */
  readonly availableCents: bigint;
}

/** The application code under test: one call to the Consumer API and some arithmetic on its answer. */
export async function accountSummary(client: ConsumerApiClient, userId: string): Promise<AccountSummary> {
  const { accounts } = await unwrap(client.GET('/users/{userId}/accounts', { params: { path: { userId } } }));
  const availableCents = accounts.reduce((sum, account) => sum + parseMoney(account.availableBalance ?? '0'), 0n);
  return { accounts: accounts.length, availableCents };
}

// What the example web apps' accounts pages must show, and what they do show. Both apps mark their accounts page
// the same way (`[data-account]` sections with `[data-field="name"]`, `[data-field="balance"][data-amount]` and
// `[data-transaction]` rows with a `[data-amount]` cell), so one check serves both.
import type { Sandbox } from '@dtk/sandbox';
import type { Page } from 'playwright-core';

export interface ShownAccount {
  id: string | null;
  name: string | null | undefined;
  /** The balance as the API gave it (the `data-amount` attribute). */
  balance: string | null | undefined;
  /** The balance as the page formats it. */
  balanceText: string | null | undefined;
  transactions: Array<{ id: string | null; amount: string | null | undefined }>;
}

/** The accounts as the page shows them, in page order. */
export function renderedAccounts(page: Page): Promise<ShownAccount[]> {
  return page.$$eval('[data-account]', (sections) =>
    sections.map((section) => ({
      id: section.getAttribute('data-account'),
      name: section.querySelector('[data-field="name"]')?.textContent,
      balance: section.querySelector('[data-field="balance"]')?.getAttribute('data-amount'),
      balanceText: section.querySelector('[data-field="balance"]')?.textContent,
      transactions: [...section.querySelectorAll('[data-transaction]')].map((row) => ({
        id: row.getAttribute('data-transaction'),
        amount: row.querySelector('[data-amount]')?.getAttribute('data-amount'),
      })),
    })),
  );
}

/**
 * What the sandbox's Consumer API holds for a user: each account with its balance and its `recent` newest
 * transactions, read directly with a token of the user's own, in the shape {@link renderedAccounts} compares with.
 */
export async function seededAccounts(
  sandbox: Sandbox,
  username: string,
  recent = 5,
): Promise<Array<Omit<ShownAccount, 'balanceText'>>> {
  const user = sandbox.users.find((candidate) => candidate.username === username);
  if (!user) throw new Error(`the sandbox has no user ${username}`);
  const { accessToken } = await sandbox.tokens.consumer({ username });
  const get = async <T>(path: string): Promise<T> => {
    const response = await fetch(`${sandbox.consumer.baseUrl}/users/${user.userId}${path}`, {
      headers: { authorization: `Bearer ${accessToken}` },
    });
    if (!response.ok) throw new Error(`GET ${path}: ${response.status}`);
    return (await response.json()) as T;
  };
  const { accounts } = await get<{ accounts: Array<{ id: string; name: string; balance?: string }> }>('/accounts');
  return Promise.all(
    accounts.map(async (account) => {
      const { transactions } = await get<{ transactions: Array<{ id: string; amount: string }> }>(
        `/accounts/${account.id}/transactions?offset=0&limit=${recent}`,
      );
      return {
        id: account.id,
        name: account.name,
        balance: account.balance,
        transactions: transactions.map(({ id, amount }) => ({ id, amount })),
      };
    }),
  );
}

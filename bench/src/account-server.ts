// The loopback server the client benchmark talks to, run in a child process (account-server-process.ts) so that its
// work is not counted in the clients' CPU time, and the response it serves.
import type { components } from '@dtk/consumer-api-types';
import { forkTypeScript } from './child-runs.js';

type AccountList = components['schemas']['AccountList'];

export const USER_ID = '5b8a7d2e-3c4f-4e1a-9b6d-0f2e8c1a7d93';
export const ACCOUNTS_PATH = `/users/${USER_ID}/accounts`;

const institution = { id: 'a5c1e4f2-7b3d-4c8e-9f1a-2d6b8e0c4f17' };
const fetchedDate = '2026-03-02T15:04:06.910Z';

/** A small `listAccounts` response (three accounts, ≈1 kB of JSON), shaped as the Consumer API spec says. */
export const ACCOUNT_LIST: AccountList = {
  accounts: [
    {
      id: '7f3c9a12-4b6e-4d2a-8c1f-5e9b0d3a6c21',
      name: 'Everyday Checking',
      balance: '2841.17',
      availableBalance: '2791.17',
      accountType: 'Deposit',
      accountSubType: 'Checking',
      routingNumber: '011000015',
      institution,
      hidden: false,
      contributesToAggregateTotals: true,
      sortIndex: 0,
      fetchedDate,
    },
    {
      id: 'c2e8f4a6-1d3b-4f5c-9a7e-8b0d2c4e6f13',
      name: 'High Yield Savings',
      balance: '15210.55',
      availableBalance: '15210.55',
      accountType: 'Deposit',
      accountSubType: 'Savings',
      routingNumber: '011000015',
      institution,
      hidden: false,
      contributesToAggregateTotals: true,
      sortIndex: 1,
      fetchedDate,
    },
    {
      id: 'e9b1d3f5-6a8c-4e2b-8d0f-1a3c5e7b9d24',
      name: 'Home Equity Line',
      balance: '-1543.00',
      availableBalance: '3457.00',
      accountType: 'Line of Credit',
      accountSubType: 'Home Equity',
      routingNumber: '011000015',
      institution,
      hidden: false,
      contributesToAggregateTotals: false,
      sortIndex: 2,
      fetchedDate,
    },
  ],
  inactiveAccounts: [],
};

/** Throws unless `body` is the fixture's account list, so a variant that gets something else cannot count. */
export function assertAccountList(body: AccountList | undefined): void {
  if (body?.accounts.length !== ACCOUNT_LIST.accounts.length) throw new Error('unexpected account list');
}

/** What the child sends once it listens. */
export interface ServerReady {
  readonly url: string;
}

export interface AccountServer {
  readonly url: string;
  close(): Promise<void>;
}

/** Starts the account server in a child process and resolves once it listens on 127.0.0.1. */
export function startAccountServer(): Promise<AccountServer> {
  const child = forkTypeScript(new URL('./account-server-process.ts', import.meta.url));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const close = async () => {
    // Disconnecting tells the child to close its server; it then has nothing left to run and exits.
    if (child.connected) child.disconnect();
    await exited;
  };
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`account server exited early (code ${code})`)));
    child.once('message', (message) => resolve({ url: (message as ServerReady).url, close }));
  });
}

// The Consumer API as a Node web app would use it: authorization code + PKCE login, ID token checked
// against the provider's keys, then typed calls through a token manager that refreshes on its own.
import {
  buildAuthorizationUrl,
  exchangeCodeAsPublicClient,
  handleCallback,
  MemoryTokenStore,
  publicClientRenewal,
  TokenManager,
} from '@dtk/auth';
import { verifyIdToken } from '@dtk/auth/jwks';
import {
  createConsumerApiClient,
  formatMoney,
  iterateTransactions,
  parseMoney,
  refreshUserData,
  unwrap,
} from '@dtk/consumer-api';
import { operationScopes } from '@dtk/consumer-api-types';
import type { Sandbox } from '@dtk/sandbox';

const OFFLINE_ACCESS = 'https://api.banno.com/consumer/auth/offline_access';

export interface ConsumerSummary {
  userId: string;
  email: string | undefined;
  grantedScopes: string[];
  accounts: Array<{ name: string; balance: string }>;
  total: string;
  aggregationEvents: string[];
  transactionsRead: number;
  operationsServed: string[];
}

export async function runConsumerSession(sandbox: Sandbox, log: (line: string) => void): Promise<ConsumerSummary> {
  const operationIds = ['getUser', 'listAccounts', 'startAggregation', 'getTaskEvents', 'listTransactions'] as const;
  // Every scope the spec names for these operations: where one requirement lists several (the accounts
  // scopes), OpenAPI needs them all, and the sandbox holds tokens to OpenAPI's meaning.
  const scopes = [
    ...new Set([
      'openid',
      'email',
      OFFLINE_ACCESS,
      ...operationIds.flatMap((operationId) => operationScopes[operationId]),
    ]),
  ];
  // The sandbox's public client: PKCE, no secret, a fixed loopback redirect URI (Banno compares them exactly).
  const { clientId, redirectUris } = sandbox.clients.consumerPublicApp;
  log(`OpenID provider  ${sandbox.consumer.issuer}`);
  log(`Consumer API     ${sandbox.consumer.baseUrl}`);

  // 1. Login: PKCE, state and nonce are generated; the browser step is played headlessly by the sandbox.
  const client = { issuer: sandbox.consumer.issuer, clientId, allowInsecureRequests: true }; // http only on loopback
  const request = await buildAuthorizationUrl({ ...client, redirectUri: redirectUris[0] ?? '', scopes });
  const redirect = await sandbox.consumer.login(request.url);
  const callback = handleCallback(redirect, request); // checks iss, then the one-time state
  const tokenSet = await exchangeCodeAsPublicClient({ ...client, callback, request }); // claims checked
  await verifyIdToken(tokenSet.idToken ?? '', { ...client, nonce: request.nonce }); // and its signature, against the JWKS
  const userId = tokenSet.idTokenClaims?.sub ?? '';
  log(`signed in        sub=${userId}, ${tokenSet.refreshToken ? 'with' : 'without'} a refresh token`);

  const tokens = new TokenManager({ store: new MemoryTokenStore(), renewal: publicClientRenewal(client) });
  await tokens.setTokenSet(tokenSet);
  const consumer = createConsumerApiClient({ baseUrl: sandbox.consumer.baseUrl, tokenManager: tokens });

  // 2. Typed calls.
  const user = await unwrap(consumer.GET('/users/{userId}', { params: { path: { userId } } }));
  const { accounts } = await unwrap(consumer.GET('/users/{userId}/accounts', { params: { path: { userId } } }));
  const total = accounts.reduce((sum, account) => sum + parseMoney(account.balance ?? '0'), 0n);
  log(`user             ${user.firstName} ${user.lastName} <${user.email}>`);
  for (const account of accounts) log(`account          ${account.name?.padEnd(28)} ${account.balance?.padStart(10)}`);
  log(`total            ${formatMoney(total)} (exact: parsed to cents as bigint)`);

  // 3. Refresh the user's data: PUT fetch, then long-poll the task's events until TaskEnded.
  const aggregation = refreshUserData(consumer, userId, { timeoutMs: 20_000 });
  const aggregationEvents: string[] = [];
  for await (const event of aggregation) aggregationEvents.push(event.type);
  log(`aggregation      ${aggregationEvents.join(' → ')}`);

  // 4. Page through the first account's transactions, 100 at a time.
  const firstAccount = accounts[0]?.id ?? '';
  let transactionsRead = 0;
  for await (const transaction of iterateTransactions(consumer, userId, firstAccount, { pageSize: 100 })) {
    if (transactionsRead < 3)
      log(
        `transaction      ${transaction.postedDate ?? ''} ${transaction.amount?.padStart(10)} ${transaction.memo ?? ''}`,
      );
    transactionsRead += 1;
  }
  log(`transactions     ${transactionsRead} read`);

  return {
    userId,
    email: user.email,
    grantedScopes: (await tokens.grantedScopes()) ?? [],
    accounts: accounts.map((account) => ({ name: account.name ?? '', balance: account.balance ?? '' })),
    total: formatMoney(total),
    aggregationEvents,
    transactionsRead,
    operationsServed: sandbox.apis['consumer-api']?.mock.served() ?? [],
  };
}

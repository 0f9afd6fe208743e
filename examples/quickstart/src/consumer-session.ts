// The Consumer API as a Node web app would use it: authorization code + PKCE login, ID token checked
// against the provider's keys, then typed calls through a token manager that refreshes on its own.
import { buildAuthorizationUrl, exchangeCodeAsPublicClient, handleCallback, MemoryTokenStore, publicClientRenewal, TokenManager } from '@dtk/auth';
import { verifyIdToken } from '@dtk/auth/jwks';
import {
  consumerApiScopesFor,
  createConsumerApiClient,
  formatMoney,
  iterateTransactions,
  parseMoney,
  refreshUserData,
  unwrap,
} from '@dtk/consumer-api';
import openapi from '@dtk/consumer-api-types/openapi.json' with { type: 'json' };
import { startOidcProvider } from '@dtk/testkit';
import { startMockApi, type OpenApiDocument } from './mock-api.js';

const CONSUMER_API_PATH = '/a/consumer/api/v0';
const CLIENT_ID = 'quickstart-web-app';
/** A fixed, registered loopback redirect: Banno compares redirect URIs exactly. */
const REDIRECT_URI = 'http://127.0.0.1:8765/callback';
/** The user id the Consumer spec's examples use; the demo user signs in with it as `sub`. */
const EXAMPLE_USER_ID = '5b8a7d2e-3c4f-4e1a-9b6d-0f2e8c1a7d93';
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

export async function runConsumerSession(log: (line: string) => void): Promise<ConsumerSummary> {
  const operationIds = ['getUser', 'listAccounts', 'startAggregation', 'getTaskEvents', 'listTransactions'] as const;
  const scopes = ['openid', 'email', OFFLINE_ACCESS, ...consumerApiScopesFor(operationIds)];
  const provider = await startOidcProvider({
    clients: [{ client_id: CLIENT_ID, token_endpoint_auth_method: 'none', redirect_uris: [REDIRECT_URI] }],
    scopes,
    accounts: { [EXAMPLE_USER_ID]: { email: 'jordan.rivera@example.com', email_verified: true, name: 'Jordan Rivera' } },
  });
  const api = await startMockApi(openapi as unknown as OpenApiDocument, CONSUMER_API_PATH, provider.resourceUrl);
  try {
    log(`OpenID provider  ${provider.issuer}`);
    log(`Consumer API     ${api.url}${CONSUMER_API_PATH}`);

    // 1. Login: PKCE, state and nonce are generated; the browser step is played headlessly.
    const client = { issuer: provider.issuer, clientId: CLIENT_ID, allowInsecureRequests: true }; // http only on loopback
    const request = await buildAuthorizationUrl({ ...client, redirectUri: REDIRECT_URI, scopes });
    const redirect = await provider.login(request.url);
    const callback = handleCallback(redirect, request); // checks iss, then the one-time state
    const tokenSet = await exchangeCodeAsPublicClient({ ...client, callback, request }); // claims checked
    await verifyIdToken(tokenSet.idToken ?? '', { ...client, nonce: request.nonce }); // and its signature, against the JWKS
    const userId = tokenSet.idTokenClaims?.sub ?? '';
    log(`signed in        sub=${userId}, ${tokenSet.refreshToken ? 'with' : 'without'} a refresh token`);

    const tokens = new TokenManager({ store: new MemoryTokenStore(), renewal: publicClientRenewal(client) });
    await tokens.setTokenSet(tokenSet);
    const consumer = createConsumerApiClient({ baseUrl: `${api.url}${CONSUMER_API_PATH}`, tokenManager: tokens });

    // 2. Typed calls.
    const user = await unwrap(consumer.GET('/users/{userId}', { params: { path: { userId } } }));
    const { accounts } = await unwrap(consumer.GET('/users/{userId}/accounts', { params: { path: { userId } } }));
    const total = accounts.reduce((sum, account) => sum + parseMoney(account.balance ?? '0'), 0n);
    log(`user             ${user.firstName} ${user.lastName} <${user.email}>`);
    for (const account of accounts) log(`account          ${account.name?.padEnd(28)} ${account.balance?.padStart(10)}`);
    log(`total            ${formatMoney(total)} (exact: parsed to cents as bigint)`);

    // 3. Refresh the user's data: PUT fetch, then long-poll the task's events until TaskEnded.
    const aggregation = refreshUserData(consumer, userId, { timeoutMs: 10_000 });
    const aggregationEvents: string[] = [];
    for await (const event of aggregation) aggregationEvents.push(event.type);
    log(`aggregation      ${aggregationEvents.join(' → ')}`);

    // 4. Page through the first account's transactions.
    const firstAccount = accounts[0]?.id ?? '';
    let transactionsRead = 0;
    for await (const transaction of iterateTransactions(consumer, userId, firstAccount, { pageSize: 100 })) {
      if (transactionsRead < 3) log(`transaction      ${transaction.postedDate ?? ''} ${transaction.amount?.padStart(10)} ${transaction.memo ?? ''}`);
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
      operationsServed: [...api.served],
    };
  } finally {
    await api.close();
    await provider.close();
  }
}

// Token refresh under load against the sandbox's real OpenID provider (oidc-provider, refresh-token rotation on):
// a user signs in with @dtk/auth (PKCE), then 10 expiry cycles of 100 concurrent Consumer API calls each. Every
// cycle the provider revokes every access token; on even cycles the client's clock also reaches the token's expiry
// (renewal before sending), on odd ones it does not (every call meets a 401 and asks for renewal at once). Either way
// the provider must see exactly one refresh per cycle and no invalid_grant, and every call must succeed.
import {
  buildAuthorizationUrl,
  exchangeCodeAsPublicClient,
  handleCallback,
  isReauthenticationRequiredError,
  MemoryTokenStore,
  publicClientRenewal,
  TokenManager,
  type TokenSet,
} from '@dtk/auth';
import { clientCredentials } from '@dtk/auth/confidential';
import { consumerApiScopesFor, createConsumerApiClient, unwrap } from '@dtk/consumer-api';
import { BANNO_OFFLINE_ACCESS_SCOPE, type Sandbox, startSandbox } from '@dtk/sandbox';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { capturingLogger, recordError } from './support/hygiene.js';
import { collectProviderSecrets } from './support/provider-secrets.js';
import { reportFigures, seconds } from './support/results.js';

const CYCLES = 10;
const CALLS_PER_CYCLE = 100;
const REDIRECT_URI = 'http://127.0.0.1:8765/callback';

let sandbox: Sandbox;

beforeAll(async () => {
  sandbox = await startSandbox({ users: 1 });
  collectProviderSecrets(sandbox.consumer.provider);
  collectProviderSecrets(sandbox.admin.provider);
});
afterAll(() => sandbox?.stop());

const http = () => ({
  issuer: sandbox.consumer.issuer,
  clientId: sandbox.clients.consumerPublicApp.clientId,
  allowInsecureRequests: true,
});

async function signIn(): Promise<TokenSet> {
  const user = sandbox.users[0];
  if (!user) throw new Error('the sandbox has no user');
  const request = await buildAuthorizationUrl({
    ...http(),
    redirectUri: REDIRECT_URI,
    scopes: ['openid', BANNO_OFFLINE_ACCESS_SCOPE, ...consumerApiScopesFor(['listAccounts'])],
  });
  const redirect = await sandbox.consumer.login(request.url, { username: user.username, password: user.password });
  return exchangeCodeAsPublicClient({ ...http(), callback: handleCallback(redirect, request), request });
}

const counts = () => ({
  refreshes: sandbox.consumer.provider.grantCounts().refresh_token ?? 0,
  invalidGrants: sandbox.consumer.provider.tokenErrors().invalid_grant ?? 0,
});

it(`${CYCLES} expiry cycles of ${CALLS_PER_CYCLE} concurrent calls: one refresh per cycle, no invalid_grant`, async () => {
  const started = performance.now();
  const store = new MemoryTokenStore();
  // The client's clock: real time, or the current token's expiry when a cycle says it has come.
  let expiredAt = 0;
  const manager = new TokenManager({
    store,
    renewal: publicClientRenewal(http()),
    refreshWindowMs: 0,
    now: () => Math.max(Date.now(), expiredAt),
  });
  await manager.setTokenSet(await signIn());
  const userId = sandbox.users[0]?.userId ?? '';
  const client = createConsumerApiClient({
    baseUrl: sandbox.consumer.baseUrl,
    tokenManager: manager,
    logger: capturingLogger(),
    retry: { baseDelayMs: 5, maxDelayMs: 50 },
  });

  const refreshesPerCycle: number[] = [];
  const failures: string[] = [];
  const before = counts();
  let rotated = 0;
  for (let cycle = 0; cycle < CYCLES; cycle++) {
    const current = await manager.getTokenSet();
    const cycleStart = counts();
    sandbox.consumer.provider.revokeAllAccessTokens();
    if (cycle % 2 === 0) expiredAt = current?.expiresAt ?? Date.now();
    const results = await Promise.allSettled(
      Array.from({ length: CALLS_PER_CYCLE }, () =>
        unwrap(client.GET('/users/{userId}/accounts', { params: { path: { userId } } })),
      ),
    );
    for (const result of results) {
      if (result.status === 'rejected') {
        recordError(result.reason);
        failures.push(`cycle ${cycle}: ${(result.reason as Error).name}`);
      }
    }
    refreshesPerCycle.push(counts().refreshes - cycleStart.refreshes);
    if ((await manager.getTokenSet())?.refreshToken !== current?.refreshToken) rotated += 1;
  }
  const after = counts();
  const loadMs = performance.now() - started;

  // A rotated-out refresh token, as a second device holding a stale copy would send it: a typed error, no leak.
  const stale = new TokenManager({ store: new MemoryTokenStore(), renewal: publicClientRenewal(http()) });
  const first = await signIn();
  await stale.setTokenSet(first);
  await manager.setTokenSet(first);
  await manager.refresh();
  const staleError = await stale.refresh().then(
    () => undefined,
    (error: unknown) => error,
  );
  recordError(staleError);

  // A machine client's assertion (private_key_jwt) crosses the Admin provider too.
  const adminJob = sandbox.clients.adminJob;
  const machine = clientCredentials({
    issuer: sandbox.admin.issuer,
    clientId: adminJob.clientId,
    privateKey: adminJob.privateKey,
    alg: adminJob.alg,
    scope: adminJob.scopes.slice(0, 1),
    allowInsecureRequests: true,
  });
  const machineToken = await machine.getAccessToken();

  reportFigures(2, 'token refresh under load', {
    'expiry cycles': CYCLES,
    'calls per cycle (concurrent)': CALLS_PER_CYCLE,
    'calls in all': CYCLES * CALLS_PER_CYCLE,
    'failed calls': failures.length,
    'refreshes per cycle (counted at the token endpoint)': refreshesPerCycle.join(' '),
    'refresh tokens rotated': rotated,
    'invalid_grant during the cycles': after.invalidGrants - before.invalidGrants,
    'stale refresh token afterwards': (staleError as Error | undefined)?.name ?? 'no error',
    duration: seconds(loadMs),
  });

  expect(failures).toEqual([]);
  expect(refreshesPerCycle).toEqual(Array.from({ length: CYCLES }, () => 1));
  expect(after.invalidGrants - before.invalidGrants).toBe(0);
  expect(rotated).toBe(CYCLES);
  expect(isReauthenticationRequiredError(staleError)).toBe(true);
  expect(machineToken.length).toBeGreaterThan(0);
});

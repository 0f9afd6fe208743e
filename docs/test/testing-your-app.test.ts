// Two ways to test code that calls our APIs: typed request handlers (msw with openapi-msw over the generated `paths`)
// for unit tests, and the sandbox (a real OpenID provider and a spec-driven mock API on loopback) end to end.
import { createConsumerApiClient, NotFoundError } from '@dtk/consumer-api';
import type { paths } from '@dtk/consumer-api-types';
import { type Sandbox, startSandbox } from '@dtk/sandbox';
import { setupServer } from 'msw/node';
import { createOpenApiHttp } from 'openapi-msw';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { accountSummary } from '../guides/examples/account-summary.js';

const baseUrl = 'https://digital.garden-fi.com/a/consumer/api/v0';
const userId = '5b8a7d2e-3c4f-4e1a-9b6d-0f2e8c1a7d93';

describe('unit tests with typed handlers', () => {
  // Paths, path parameters and response bodies are checked against the Consumer API's spec at compile time.
  const http = createOpenApiHttp<paths>({ baseUrl });
  const server = setupServer();
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());

  const client = createConsumerApiClient({ baseUrl, accessToken: 'test-token', retry: false });

  it('sums the available balances', async () => {
    server.use(
      http.get('/users/{userId}/accounts', ({ params, response }) => {
        // a status the spec does not declare for this operation goes through `response.untyped`
        if (params.userId !== userId) return response.untyped(new Response(null, { status: 404 }));
        return response(200).json({
          accounts: [
            { id: 'a1', name: 'Checking', accountType: 'Deposit', availableBalance: '1250.10' },
            { id: 'a2', name: 'Savings', accountType: 'Deposit', availableBalance: '36.05' },
          ],
        });
      }),
    );
    await expect(accountSummary(client, userId)).resolves.toEqual({ accounts: 2, availableCents: 128_615n });
  });

  it('lets a 404 through as a typed error', async () => {
    server.use(
      http.get('/users/{userId}/accounts', ({ response }) => response.untyped(new Response(null, { status: 404 }))),
    );
    await expect(accountSummary(client, userId)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('end to end against the sandbox', () => {
  let sandbox: Sandbox;
  beforeAll(async () => {
    sandbox = await startSandbox(); // loopback only; keys, secrets and users made now
  });
  afterAll(() => sandbox.stop());

  it('summarises a seeded user’s accounts with a real token', async () => {
    const [user] = sandbox.users;
    if (!user) throw new Error('the sandbox seeds users');
    const { accessToken } = await sandbox.tokens.consumer({ username: user.username });
    const client = createConsumerApiClient({ baseUrl: sandbox.consumer.baseUrl, accessToken });

    const summary = await accountSummary(client, user.userId);

    expect(summary.accounts).toBe(user.accounts.length);
    expect(typeof summary.availableCents).toBe('bigint');
  });
});

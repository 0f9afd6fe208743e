import {
  answerUnauthorizedCase,
  startTestServer,
  type TestServer,
  UNAUTHORIZED_CASES,
  type UnauthorizedCase,
} from '@dtk/testkit';
import createClient from 'openapi-fetch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  authMiddleware,
  MemoryTokenStore,
  ReauthenticationRequiredError,
  TokenManager,
  type TokenSet,
} from '../src/index.js';

// authMiddleware for plain openapi-fetch users, held to the same table of 401 cases as the runtime's request loop:
// a real TokenManager (compare-and-refresh, one renewal in flight) and a real API server on 127.0.0.1.

interface paths {
  '/resource': {
    get: {
      responses: {
        200: { content: { 'application/json': { ok: true } } };
        403: { content: { 'application/json': { error: string } } };
      };
    };
    post: {
      requestBody: { content: { 'application/json': Record<string, unknown> } };
      responses: {
        200: { content: { 'application/json': { ok: true } } };
        403: { content: { 'application/json': { error: string } } };
      };
    };
  };
}

/** What the server is doing for the case under test. */
interface Scenario {
  testCase: UnauthorizedCase;
  /** Sends seen per call id. */
  sends: Map<string, number>;
  /** Bodies that differed from the case's body on some send. */
  bodyMismatches: number;
  /** Run on the first send of every call, before the answer (to renew "elsewhere"). */
  beforeFirstAnswer?: () => Promise<void>;
}

let api: TestServer;
let scenario: Scenario | undefined;

beforeAll(async () => {
  api = await startTestServer(async (req, res) => {
    const current = scenario as Scenario;
    const callId = String(req.headers['x-call-id']);
    const send = current.sends.get(callId) ?? 0;
    current.sends.set(callId, send + 1);
    if (current.testCase.body !== undefined && req.body !== JSON.stringify(current.testCase.body))
      current.bodyMismatches += 1;
    if (send === 0) await current.beforeFirstAnswer?.();
    answerUnauthorizedCase(res, current.testCase, send, { ok: true });
  });
});
afterAll(() => api.close());

const session = (accessToken: string): TokenSet => ({
  accessToken,
  tokenType: 'Bearer',
  receivedAt: Date.now(),
  expiresAt: Date.now() + 600_000,
  refreshToken: 'rt',
});

describe('authMiddleware passes every case of the shared 401 table', () => {
  it.each(UNAUTHORIZED_CASES.map((testCase) => [testCase.name, testCase] as const))('%s', async (_name, testCase) => {
    const store = new MemoryTokenStore();
    await store.set('s', session('at-0'));
    let renewals = 0;
    const tokens = new TokenManager({
      store,
      key: 's',
      renewal: {
        async renew() {
          renewals += 1;
          await new Promise((resolve) => setTimeout(resolve, 20)); // long enough for concurrent 401s to meet
          if (testCase.renewal === 'fails')
            throw new ReauthenticationRequiredError('invalid_grant', 'the refresh token was revoked');
          return session(`at-renewed-${renewals}`);
        },
      },
    });
    scenario = { testCase, sends: new Map(), bodyMismatches: 0 };
    if (testCase.renewedElsewhere) scenario.beforeFirstAnswer = () => store.set('s', session('at-from-another-call'));

    const call = async (index: number) => {
      const client = createClient<paths>({
        baseUrl: api.url,
        headers: { 'x-call-id': `call-${index}` },
        fetch: (request: Request) => fetch(request),
      });
      client.use(authMiddleware(tokens));
      try {
        const result =
          testCase.method === 'POST'
            ? await client.POST('/resource', { body: testCase.body ?? {} })
            : await client.GET('/resource');
        if (result.response.status === 403) return 'forbidden';
        return result.response.status === 200 ? 'ok' : `status ${result.response.status}`;
      } catch (error) {
        return error instanceof ReauthenticationRequiredError ? 'reauthentication-required' : `threw ${String(error)}`;
      }
    };
    const before = api.requests.length;
    const outcomes = await Promise.all(Array.from({ length: testCase.concurrency }, (_, index) => call(index)));

    expect(outcomes).toEqual(Array(testCase.concurrency).fill(testCase.expected.outcome));
    expect(api.requests.length - before).toBe(testCase.expected.sends);
    expect(renewals).toBe(testCase.expected.renewals);
    expect(scenario.bodyMismatches).toBe(0);
    if (testCase.renewedElsewhere)
      expect(api.requests.at(-1)?.headers.authorization).toBe('Bearer at-from-another-call');
  });
});

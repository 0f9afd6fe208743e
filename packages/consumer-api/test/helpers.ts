import { startTestServer, type TestHandler, type TestServer } from '@dtk/testkit';
import { afterEach } from 'vitest';
import { type ConsumerApiClientOptions, createConsumerApiClient } from '../src/index.js';

export const USER_ID = '5b8a7d2e-3c4f-4e1a-9b6d-0f2e8c1a7d93';
export const ACCOUNT_ID = '7f3c9a12-4b6e-4d2a-8c1f-5e9b0d3a6c21';
export const ACCESS_TOKEN = 'test-access-token';

const servers: TestServer[] = [];
const cleanups: Array<() => void> = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) cleanup();
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

/** A loopback server closed after the test. */
export async function serve(handler: TestHandler): Promise<TestServer> {
  const server = await startTestServer(handler);
  servers.push(server);
  return server;
}

/** Runs `cleanup` after the test (timers a fake server set, for one). */
export function afterTest(cleanup: () => void): void {
  cleanups.push(cleanup);
}

/** A Consumer API client for `server` with a static token and millisecond backoff. */
export function clientFor(server: TestServer, options: Partial<ConsumerApiClientOptions> = {}) {
  return createConsumerApiClient({
    baseUrl: server.url,
    accessToken: ACCESS_TOKEN,
    retry: { baseDelayMs: 1, maxDelayMs: 4 },
    ...options,
  } as ConsumerApiClientOptions);
}

/** Path and query of a recorded request URL, query as a plain object. */
export function splitUrl(url: string): { path: string; query: Record<string, string> } {
  const parsed = new URL(url, 'http://127.0.0.1');
  return { path: parsed.pathname, query: Object.fromEntries(parsed.searchParams) };
}

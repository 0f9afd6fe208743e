import { afterEach } from 'vitest';
import { startTestServer, type TestHandler, type TestServer } from '@dtk/testkit';
import { createApiClient, type ApiClientOptions } from '../src/index.js';
import { type paths, routes, scopes } from './fixtures/banno-paths.js';

const servers: TestServer[] = [];

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

/** A loopback server closed after the test. */
export async function serve(handler: TestHandler): Promise<TestServer> {
  const server = await startTestServer(handler);
  servers.push(server);
  return server;
}

/** A client for the fixture API with millisecond backoff, so retry tests stay fast. */
export function clientFor(server: TestServer, options: Partial<ApiClientOptions> = {}) {
  return createApiClient<paths>({
    baseUrl: server.url,
    operations: { routes, scopes },
    retry: { baseDelayMs: 1, maxDelayMs: 4 },
    ...options,
  });
}

/** A handler that answers each request with the next of `responses` (the last one repeats). */
export function sequence(...responses: Array<(res: import('node:http').ServerResponse, req: import('node:http').IncomingMessage) => void>): TestHandler {
  let index = 0;
  return (req, res) => {
    const respond = responses[Math.min(index, responses.length - 1)]!;
    index += 1;
    respond(res, req);
  };
}

/** A handler step that never answers (until the server is closed). */
export const stall = () => {};

export const USER = 'u-123';

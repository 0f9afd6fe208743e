import type { IncomingMessage, ServerResponse } from 'node:http';
import { startTestServer, type TestHandler, type TestServer } from '@dtk/testkit';
import { afterEach } from 'vitest';
import { type Clock, systemClock } from '../src/call.js';
import { type ApiClientOptions, buildApiClient } from '../src/client.js';
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
export function clientFor(server: TestServer, options: Partial<ApiClientOptions> = {}, clock: Clock = systemClock) {
  return buildApiClient<paths>(
    {
      baseUrl: server.url,
      operations: { routes, scopes },
      retry: { baseDelayMs: 1, maxDelayMs: 4 },
      ...options,
    },
    clock,
  );
}

/** A clock whose sleeps return at once and are recorded, so real backoff values can be checked without waiting. */
export function recordingClock(random: number): Clock & { delays: number[] } {
  const delays: number[] = [];
  return {
    delays,
    now: () => performance.now(),
    random: () => random,
    async sleep(ms) {
      delays.push(ms);
    },
  };
}

type Step = (res: ServerResponse, req: IncomingMessage & { body: string }) => void;

/** A handler that answers each request with the next of `responses` (the last one repeats). */
export function sequence(...responses: Step[]): TestHandler {
  let index = 0;
  return (req, res) => {
    const respond = responses[Math.min(index, responses.length - 1)] as Step;
    index += 1;
    respond(res, req);
  };
}

/** A handler step that never answers (until the server is closed). */
export const stall = () => {};

export const USER = 'u-123';

/** Settles `promise` and returns what it rejected with (fails the test when it resolves). */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    (value) => {
      throw new Error(`expected a rejection, got ${JSON.stringify(value)?.slice(0, 200)}`);
    },
    (error: unknown) => error,
  );
}

// Smoke test of the wiring against a loopback server: the generated route and scope maps reach the runtime.

import type { TokenManagerLike } from '@dtk/auth';
import { operationRoutes, operationScopes } from '@dtk/template-api-types';
import { sendJson, startTestServer, type TestServer } from '@dtk/testkit';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError, createTemplateApiClient, MissingScopeError, unwrap } from '../src/index.js';

interface Route {
  method: string;
  path: string;
  requestContentType?: string;
}

const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function serve(...args: Parameters<typeof startTestServer>): Promise<TestServer> {
  const server = await startTestServer(...args);
  servers.push(server);
  return server;
}

// One operation of the spec, a GET when there is one, with every path parameter set to `p-<name>`.
const operations = Object.entries(operationRoutes as Record<string, Route>);
const [operationId, route] = operations.find(([, candidate]) => candidate.method === 'get') ?? operations[0]!;
const pathParams = Object.fromEntries([...route.path.matchAll(/\{([^}]+)\}/g)].map(([, name]) => [name, `p-${name}`]));
const expectedPath = route.path.replace(/\{([^}]+)\}/g, (_match, name: string) => `p-${name}`);
const scopes = (operationScopes as Record<string, readonly string[]>)[operationId] ?? [];

/** Calls the operation through the typed client (its exact types are the spec's; this test stays generic). */
function callIt(client: ReturnType<typeof createTemplateApiClient>) {
  const init = {
    params: { path: pathParams },
    ...(route.method === 'get' ? {} : { body: {} }),
    ...(route.requestContentType ? { headers: { 'Content-Type': route.requestContentType } } : {}),
  };
  return (
    client.request as (
      method: string,
      path: string,
      init: unknown,
    ) => Promise<{ data?: unknown; error?: unknown; response: Response }>
  )(route.method, route.path, init);
}

/** A token manager that always has `test-access-token`, granted `scopes` (undefined: not known). */
function fixedTokens(scopes?: string[]): TokenManagerLike {
  return {
    getAccessToken: async () => 'test-access-token',
    handleUnauthorized: async () => 'test-access-token',
    getTokenSet: async () => undefined,
    grantedScopes: async () => scopes,
  };
}

describe('createTemplateApiClient', () => {
  it(`sends ${operationId} to its route with the bearer token, and types the error by operation`, async () => {
    const server = await serve((_req, res) =>
      sendJson(res, 404, { errorCode: 404, messages: 'Not here.' }, { 'x-request-id': 'req-1' }),
    );
    const client = createTemplateApiClient({ baseUrl: server.url, tokenManager: fixedTokens(), retry: false });

    const error = await unwrap(callIt(client)).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 404,
      operationId,
      method: route.method.toUpperCase(),
      requestId: 'req-1',
      attempts: 1,
    });
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]?.url.split('?')[0]).toBe(expectedPath);
    expect(server.requests[0]?.headers.authorization).toBe('Bearer test-access-token');
  });

  it.skipIf(scopes.length === 0)(
    `fails ${operationId} before the network when the token has none of its scopes`,
    async () => {
      const server = await serve((_req, res) => sendJson(res, 200, {}));
      const client = createTemplateApiClient({ baseUrl: server.url, tokenManager: fixedTokens(['unrelated']) });

      const error = await callIt(client).catch((e: unknown) => e);

      expect(error).toBeInstanceOf(MissingScopeError);
      expect(error).toMatchObject({ operationId });
      expect(server.requests).toHaveLength(0);
    },
  );

  it('takes either client credentials or a token manager, and checks baseUrl', () => {
    expect(() =>
      createTemplateApiClient({ baseUrl: 'https://x.example', tokenManager: fixedTokens(), clientId: 'c' } as never),
    ).toThrow(/not both \(got clientId\)/);
    expect(() => createTemplateApiClient({ baseUrl: 'https://x.example', clientId: 'c' })).toThrow(
      /privateKey or clientSecret/,
    );
    expect(() => createTemplateApiClient({ baseUrl: 'digital.garden-fi.com', tokenManager: fixedTokens() })).toThrow(
      /^baseUrl must be an absolute https or http URL such as "https:\/\/digital.garden-fi.com"/,
    );
  });
});

// The clients the client-overhead benchmark compares, each making the same listAccounts call: raw fetch (the
// baseline), plain openapi-fetch, openapi-fetch with a timeout signal per request (what a deadline costs any client
// on the platform's fetch), and @dtk/runtime's client without and with a static token.
import { randomBytes } from 'node:crypto';
import type { components, paths } from '@dtk/consumer-api-types';
import { createApiClient } from '@dtk/runtime';
import createClient from 'openapi-fetch';
import { assertAccountList, USER_ID } from './account-server.js';
import type { Variant } from './rounds.js';

/** The variants' names the benchmark's sentences compare against. */
export const RAW_FETCH = 'raw `fetch` + `res.json()` (baseline)';
export const OPENAPI_FETCH = 'openapi-fetch 0.17.0 `createClient`';
export const OPENAPI_FETCH_WITH_TIMEOUT = 'openapi-fetch 0.17.0 + `AbortSignal.timeout(60_000)`';

export function variants(baseUrl: string): Variant[] {
  const params = { path: { userId: USER_ID } };
  const path = '/users/{userId}/accounts';
  const openapiFetch = createClient<paths>({ baseUrl });
  // Runtime defaults: 2 retries with backoff, 60 s per-attempt timeout; no logger.
  const runtime = createApiClient<paths>({ baseUrl });
  const runtimeWithToken = createApiClient<paths>({ baseUrl, accessToken: randomBytes(32).toString('base64url') });
  const rawUrl = `${baseUrl}/users/${encodeURIComponent(USER_ID)}/accounts`;
  return [
    {
      name: RAW_FETCH,
      run: async () => {
        const response = await fetch(rawUrl);
        if (!response.ok) throw new Error(`status ${response.status}`);
        assertAccountList((await response.json()) as components['schemas']['AccountList']);
      },
    },
    {
      name: OPENAPI_FETCH,
      run: async () => assertAccountList((await openapiFetch.GET(path, { params })).data),
    },
    {
      name: OPENAPI_FETCH_WITH_TIMEOUT,
      run: async () =>
        assertAccountList((await openapiFetch.GET(path, { params, signal: AbortSignal.timeout(60_000) })).data),
    },
    {
      name: '@dtk/runtime `createApiClient`',
      run: async () => assertAccountList((await runtime.GET(path, { params })).data),
    },
    {
      name: '@dtk/runtime + static `accessToken`',
      run: async () => assertAccountList((await runtimeWithToken.GET(path, { params })).data),
    },
  ];
}

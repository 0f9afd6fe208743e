// The clients the client-overhead benchmark compares, each making the same listAccounts call: raw fetch (the
// baseline), plain openapi-fetch, and @dtk/runtime's client without and with a static token.
import { randomBytes } from 'node:crypto';
import type { components, paths } from '@dtk/consumer-api-types';
import { createApiClient } from '@dtk/runtime';
import createClient from 'openapi-fetch';
import { assertAccountList, USER_ID } from './account-server.js';
import type { Variant } from './rounds.js';

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
      name: 'raw `fetch` + `res.json()` (baseline)',
      run: async () => {
        const response = await fetch(rawUrl);
        if (!response.ok) throw new Error(`status ${response.status}`);
        assertAccountList((await response.json()) as components['schemas']['AccountList']);
      },
    },
    {
      name: 'openapi-fetch 0.17.0 `createClient`',
      run: async () => assertAccountList((await openapiFetch.GET(path, { params })).data),
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

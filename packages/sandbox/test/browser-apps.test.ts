import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Sandbox, startSandbox } from '../src/index.js';
import { authorizationUrl } from './support/oauth.js';

const APP_ORIGIN = 'http://localhost:5173'; // an origin of a sandbox-public-app redirect URI
let sandbox: Sandbox;

beforeAll(async () => {
  sandbox = await startSandbox();
});
afterAll(() => sandbox.stop());

describe('a single-page app on another origin', () => {
  it('may call the APIs: preflights are answered and answers carry the CORS headers a client reads', async () => {
    const [user] = sandbox.users;
    const url = `${sandbox.consumer.baseUrl}/users/${user?.userId}/accounts`;
    const preflight = await fetch(url, {
      method: 'OPTIONS',
      headers: {
        origin: APP_ORIGIN,
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'authorization',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(APP_ORIGIN);
    expect(preflight.headers.get('access-control-allow-methods')).toBe('GET');
    expect(preflight.headers.get('access-control-allow-headers')).toBe('authorization');

    const unauthenticated = await fetch(url, { headers: { origin: APP_ORIGIN } });
    expect(unauthenticated.status).toBe(401);
    expect(unauthenticated.headers.get('access-control-allow-origin')).toBe(APP_ORIGIN);
    expect(unauthenticated.headers.get('access-control-expose-headers')).toContain('WWW-Authenticate');
  });

  it('may redeem its code at the token endpoint from the origin of its redirect URI, and no other', async () => {
    const client = { ...sandbox.clients.consumerPublicApp, redirectUris: [`${APP_ORIGIN}/callback`] };
    const { url, verifier } = authorizationUrl(`${sandbox.consumer.issuer}/auth`, client);
    const code = (await sandbox.consumer.login(url)).searchParams.get('code') ?? '';
    const fromApp = await fetch(sandbox.consumer.tokenUrl, {
      method: 'POST',
      headers: { origin: APP_ORIGIN, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        code,
        redirect_uri: client.redirectUris[0] ?? '',
        code_verifier: verifier,
        client_id: client.clientId,
      }),
    });
    expect(fromApp.status).toBe(200);
    expect(fromApp.headers.get('access-control-allow-origin')).toBe(APP_ORIGIN);

    const again = authorizationUrl(`${sandbox.consumer.issuer}/auth`, client);
    const other = await fetch(sandbox.consumer.tokenUrl, {
      method: 'POST',
      headers: { origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        code: (await sandbox.consumer.login(again.url)).searchParams.get('code') ?? '',
        redirect_uri: client.redirectUris[0] ?? '',
        code_verifier: again.verifier,
        client_id: client.clientId,
      }),
    });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });
});

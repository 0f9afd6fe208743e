import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_USER_SUB, type OidcTestProvider, startOidcProvider } from '@dtk/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildAuthorizationUrl,
  exchangeCodeAsPublicClient,
  handleCallback,
  publicClientRenewal,
  TokenManager,
} from '../../src/index.js';
import { verifyIdToken } from '../../src/jwks-entry.js';
import { FileTokenStore, startLoopbackListener } from '../../src/native/index.js';
import { freePort } from '../support/free-port.js';

let op: OidcTestProvider;
let redirectUri: string;
let dir: string;

beforeAll(async () => {
  redirectUri = `http://127.0.0.1:${await freePort()}/callback`;
  dir = await mkdtemp(join(tmpdir(), 'dtk-cli-'));
  op = await startOidcProvider({
    clients: [{ client_id: 'dtk-cli', redirect_uris: [redirectUri], token_endpoint_auth_method: 'none' }],
  });
});
afterAll(async () => {
  await op.close();
  await rm(dir, { recursive: true, force: true });
});

describe('CLI loopback login against oidc-provider', () => {
  it('listens on the registered loopback port, receives the browser redirect, and keeps the session in a 0600 file', async () => {
    const client = { issuer: op.issuer, clientId: 'dtk-cli', allowInsecureRequests: true };
    const path = join(dir, 'tokens.json');
    const tokens = new TokenManager({
      store: new FileTokenStore(path),
      key: 'dtk-cli',
      renewal: publicClientRenewal(client),
    });

    const request = await buildAuthorizationUrl({
      ...client,
      redirectUri,
      scopes: ['openid', 'https://api.banno.com/consumer/auth/offline_access'],
    });
    const listener = await startLoopbackListener(redirectUri, { state: request.state });
    // The "system browser": sign in at the provider, then follow its redirect to the loopback listener.
    const page = await fetch(await op.login(request.url));
    expect(page.status).toBe(200);
    const callback = handleCallback(await listener.callbackUrl, request);
    const tokenSet = await exchangeCodeAsPublicClient({ ...client, callback, request });
    // A CLI that wants the ID token's signature checked too verifies it against the provider's JWKS.
    await verifyIdToken(tokenSet.idToken ?? '', { ...client, nonce: request.nonce, accessToken: tokenSet.accessToken });
    await tokens.setTokenSet(tokenSet);

    expect((await tokens.getTokenSet())?.idTokenClaims?.sub).toBe(DEMO_USER_SUB);
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    const resource = await fetch(op.resourceUrl, {
      headers: { authorization: `Bearer ${await tokens.getAccessToken()}` },
    });
    expect(resource.status).toBe(200);

    // A later invocation of the CLI: a new manager over the same file refreshes the rotated token.
    const loggedIn = await tokens.getTokenSet();
    expect(loggedIn?.refreshToken).toEqual(expect.any(String));
    const later = new TokenManager({
      store: new FileTokenStore(path),
      key: 'dtk-cli',
      renewal: publicClientRenewal(client),
    });
    const refreshed = await later.refresh();
    expect(refreshed.refreshToken).not.toBe(loggedIn?.refreshToken);
    expect(refreshed.idTokenClaims?.sub).toBe(DEMO_USER_SUB);
    expect(await new FileTokenStore(path).get('dtk-cli')).toEqual(refreshed);
  });
});

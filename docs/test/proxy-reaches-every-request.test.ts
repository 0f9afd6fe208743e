// docs/guides/proxies.md says one `fetch` option reaches every request the packages make. Here the guide's
// `proxiedFetch` (undici's ProxyAgent) carries an Admin client's discovery, token request and API call to a
// forward proxy on loopback, which sees each of them.
import { createAdminApiClient, unwrap } from '@dtk/admin-api';
import {
  generateClientKeys,
  machineClient,
  type OidcTestProvider,
  type ProtectedApiServer,
  sendJson,
  startOidcProvider,
  startProtectedApiServer,
} from '@dtk/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { proxiedFetch } from '../guides/examples/proxied-fetch.js';
import { type ForwardProxy, startForwardProxy } from './support/forward-proxy.js';

const METADATA_PATH = '/a/mobile/api/v0/abilities/metadata';
let op: OidcTestProvider;
let api: ProtectedApiServer;
let proxy: ForwardProxy;
let keys: Awaited<ReturnType<typeof generateClientKeys>>;

beforeAll(async () => {
  keys = await generateClientKeys('PS256');
  op = await startOidcProvider({
    issuerPath: '/a/oidc-provider/api/v0',
    clients: [machineClient({ clientId: 'proxied-job', keys })],
  });
  api = await startProtectedApiServer(op, (_req, res) => sendJson(res, 200, { abilities: [] }));
  proxy = await startForwardProxy();
});
afterAll(async () => {
  await Promise.all([proxy.close(), api.close(), op.close()]);
});

function adminClient(fetch: typeof globalThis.fetch) {
  return createAdminApiClient({
    baseUrl: api.url,
    issuer: op.issuer, // discovered, so that discovery goes through the proxy too
    clientId: 'proxied-job',
    privateKey: keys.privateJwk,
    alg: 'PS256',
    allowInsecureRequests: true, // loopback http
    retry: false,
    fetch,
  });
}

describe('one fetch option with a ProxyAgent', () => {
  it('carries discovery, the token request and the API call through the proxy', async () => {
    proxy.seen.length = 0;
    const client = adminClient(proxiedFetch({ uri: proxy.url, proxyTunnel: false })); // each request visible
    await unwrap(client.GET(METADATA_PATH));
    expect(proxy.seen).toEqual([
      `GET ${op.issuer}/.well-known/openid-configuration`,
      `POST ${op.tokenEndpoint}`,
      `GET ${api.url}${METADATA_PATH}`,
    ]);
    expect(api.requests).toHaveLength(1);
  });

  it('tunnels to every origin with CONNECT, as it does for HTTPS', async () => {
    proxy.seen.length = 0;
    const client = adminClient(proxiedFetch(proxy.url));
    await unwrap(client.GET(METADATA_PATH));
    const hostOf = (url: string) => new URL(url).host;
    expect(new Set(proxy.seen)).toEqual(new Set([`CONNECT ${hostOf(op.issuer)}`, `CONNECT ${hostOf(api.url)}`]));
  });
});

import { sendJson, startTestServer, type TestServer } from '@dtk/testkit';
import { afterEach, describe, expect, it } from 'vitest';
import { discoverIssuer, ProviderResponseError } from '../src/index.js';

const PATH = '/a/consumer/api/v0/oidc';
let server: TestServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serveDiscovery(answer: (issuer: string) => { status: number; body: unknown; raw?: string }) {
  let issuer = '';
  server = await startTestServer((_req, res) => {
    const { status, body, raw } = answer(issuer);
    if (raw !== undefined) {
      res.writeHead(status, { 'content-type': 'text/html' }).end(raw);
      return;
    }
    sendJson(res, status, body);
  });
  issuer = `${server.url}${PATH}`;
  return issuer;
}

describe('discoverIssuer', () => {
  it("fetches Banno's {issuer}/.well-known/openid-configuration once and caches it", async () => {
    const issuer = await serveDiscovery((iss) => ({
      status: 200,
      body: { issuer: iss, token_endpoint: `${iss}/token` },
    }));
    const [a, b] = await Promise.all([
      discoverIssuer(issuer, { allowInsecureRequests: true }),
      discoverIssuer(issuer, { allowInsecureRequests: true }),
    ]);
    const c = await discoverIssuer(issuer, { allowInsecureRequests: true });
    expect(a.token_endpoint).toBe(`${issuer}/token`);
    expect(b).toBe(a);
    expect(c).toBe(a);
    expect(server?.requests.map((r) => r.url)).toEqual([`${PATH}/.well-known/openid-configuration`]);
  });

  it('refetches after the cache age', async () => {
    const issuer = await serveDiscovery((iss) => ({ status: 200, body: { issuer: iss } }));
    await discoverIssuer(issuer, { allowInsecureRequests: true, cacheMaxAgeMs: 0 });
    await discoverIssuer(issuer, { allowInsecureRequests: true, cacheMaxAgeMs: 0 });
    expect(server?.requests).toHaveLength(2);
  });

  it('rejects a document naming another issuer, and does not cache the failure', async () => {
    let good = false;
    const issuer = await serveDiscovery((iss) => ({
      status: 200,
      body: { issuer: good ? iss : 'https://evil.example.com' },
    }));
    const failure = await discoverIssuer(issuer, { allowInsecureRequests: true }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ProviderResponseError);
    expect(failure).toMatchObject({ details: { endpoint: 'discovery', reason: 'issuer_mismatch' } });
    good = true;
    await expect(discoverIssuer(issuer, { allowInsecureRequests: true })).resolves.toMatchObject({ issuer });
  });

  it('maps an HTML error page and a 500 to typed errors', async () => {
    const issuer = await serveDiscovery(() => ({ status: 502, body: undefined, raw: '<html>Bad gateway</html>' }));
    await expect(discoverIssuer(issuer, { allowInsecureRequests: true })).rejects.toMatchObject({
      name: 'ProviderResponseError',
      details: { endpoint: 'discovery', reason: 'unexpected_status', status: 502 },
    });
  });

  it('refuses plain HTTP unless allowed', async () => {
    const issuer = await serveDiscovery((iss) => ({ status: 200, body: { issuer: iss } }));
    await expect(discoverIssuer(`${issuer}/x`)).rejects.toThrow(/HTTPS|allowInsecureRequests/);
  });
});

import { createPrivateKey, type JsonWebKey, randomBytes } from 'node:crypto';
import {
  type ClientKeys,
  type ClientMetadata,
  generateClientKeys,
  type OidcTestProvider,
  startOidcProvider,
} from '@dtk/testkit';
import createClient from 'openapi-fetch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientCredentials, revokeTokenAsConfidentialClient as revokeToken } from '../../src/confidential/index.js';
import { authMiddleware } from '../../src/index.js';

interface paths {
  '/api/me': { get: { responses: { 200: { content: { 'application/json': { sub: string; client_id: string } } } } } };
}

const SECRET = randomBytes(24).toString('base64url');
const keys = new Map<'PS256' | 'ES256' | 'RS256', ClientKeys>();
let op: OidcTestProvider;

beforeAll(async () => {
  for (const alg of ['PS256', 'ES256', 'RS256'] as const) keys.set(alg, await generateClientKeys(alg));
  op = await startOidcProvider({
    issuerPath: '/a/oidc-provider/api/v0',
    clients: [
      ...[...keys].map(
        ([alg, clientKeys]): ClientMetadata => ({
          client_id: `service-${alg}`,
          token_endpoint_auth_method: 'private_key_jwt',
          jwks: { keys: [clientKeys.publicJwk] },
          grant_types: ['client_credentials'],
          response_types: [],
          redirect_uris: [],
        }),
      ),
      {
        client_id: 'service-secret',
        client_secret: SECRET,
        grant_types: ['client_credentials'],
        response_types: [],
        redirect_uris: [],
      },
    ],
  });
});
afterAll(() => op.close());

const keysFor = (alg: 'PS256' | 'ES256' | 'RS256') => keys.get(alg) as ClientKeys;

async function resourceAs(accessToken: string) {
  const response = await fetch(op.resourceUrl, { headers: { authorization: `Bearer ${accessToken}` } });
  return {
    status: response.status,
    body: (await response.json().catch(() => undefined)) as { client_id?: string } | undefined,
  };
}

describe('client credentials with private_key_jwt against oidc-provider (Banno rules)', () => {
  it.each(['PS256', 'ES256', 'RS256'] as const)('%s: gets a token the resource accepts, and reuses it', async (alg) => {
    const before = op.grantCounts().client_credentials ?? 0;
    const tokens = clientCredentials({
      tokenUrl: op.tokenEndpoint,
      clientId: `service-${alg}`,
      privateKey: keysFor(alg).privateJwk,
      alg,
      scope: 'openid',
      allowInsecureRequests: true,
    });
    const accessToken = await tokens.getAccessToken();
    expect(await resourceAs(accessToken)).toMatchObject({ status: 200, body: { client_id: `service-${alg}` } });
    await expect(tokens.getAccessToken()).resolves.toBe(accessToken);
    expect(op.grantCounts().client_credentials).toBe(before + 1);
  });

  it('PS256 is the default and a PEM key works; the token is discovered from the issuer too', async () => {
    const jwk = keysFor('PS256').privateJwk as JsonWebKey;
    const pem = createPrivateKey({ key: jwk, format: 'jwk' }).export({ type: 'pkcs8', format: 'pem' }).toString();
    const tokens = clientCredentials({
      issuer: op.issuer,
      clientId: 'service-PS256',
      privateKey: pem,
      kid: String(jwk.kid),
      allowInsecureRequests: true,
    });
    expect((await resourceAs(await tokens.getAccessToken())).status).toBe(200);
  });

  it('50 concurrent API calls share one token request', async () => {
    const before = op.grantCounts().client_credentials ?? 0;
    const tokens = clientCredentials({
      tokenUrl: op.tokenEndpoint,
      clientId: 'service-ES256',
      privateKey: keysFor('ES256').privateKey,
      alg: 'ES256',
      allowInsecureRequests: true,
    });
    const client = createClient<paths>({ baseUrl: op.origin, fetch: (input: Request) => fetch(input) });
    client.use(authMiddleware(tokens));
    const results = await Promise.all(Array.from({ length: 50 }, () => client.GET('/api/me')));
    expect(results.every((r) => r.data?.client_id === 'service-ES256')).toBe(true);
    expect(op.grantCounts().client_credentials).toBe(before + 1);
  });

  it('a revoked token is renewed on the 401 with a fresh client-credentials request', async () => {
    const tokens = clientCredentials({
      tokenUrl: op.tokenEndpoint,
      clientId: 'service-ES256',
      privateKey: keysFor('ES256').privateKey,
      alg: 'ES256',
      allowInsecureRequests: true,
    });
    const client = createClient<paths>({ baseUrl: op.origin, fetch: (input: Request) => fetch(input) });
    client.use(authMiddleware(tokens));
    const first = await tokens.getAccessToken();
    op.revokeAllAccessTokens();
    const { data } = await client.GET('/api/me');
    expect(data?.client_id).toBe('service-ES256');
    await expect(tokens.getAccessToken()).resolves.not.toBe(first);
  });

  it('an assertion signed with a key the client did not register is invalid_client', async () => {
    const tokens = clientCredentials({
      tokenUrl: op.tokenEndpoint,
      clientId: 'service-ES256',
      privateKey: keysFor('PS256').privateJwk,
      alg: 'PS256',
      allowInsecureRequests: true,
    });
    await expect(tokens.getAccessToken()).rejects.toMatchObject({
      name: 'OAuthError',
      details: { error: 'invalid_client', status: 401 },
    });
  });

  it('an exp in milliseconds is refused by a provider that reads it as RFC 7523 seconds', async () => {
    const tokens = clientCredentials({
      tokenUrl: op.tokenEndpoint,
      clientId: 'service-ES256',
      privateKey: keysFor('ES256').privateKey,
      alg: 'ES256',
      assertionExpiryUnit: 'milliseconds',
      allowInsecureRequests: true,
    });
    await expect(tokens.getAccessToken()).rejects.toMatchObject({
      name: 'OAuthError',
      details: { error: 'invalid_client' },
    });
  });

  it('a client secret works, and the token can be revoked', async () => {
    const tokens = clientCredentials({
      tokenUrl: op.tokenEndpoint,
      clientId: 'service-secret',
      clientSecret: SECRET,
      allowInsecureRequests: true,
    });
    const accessToken = await tokens.getAccessToken();
    expect((await resourceAs(accessToken)).status).toBe(200);
    await revokeToken({
      issuer: op.issuer,
      clientId: 'service-secret',
      clientSecret: SECRET,
      token: accessToken,
      allowInsecureRequests: true,
    });
    expect((await resourceAs(accessToken)).status).toBe(401);
  });
});

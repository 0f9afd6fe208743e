// docs/guides/private-key-jwt.md: a key made as the guide makes it, registered as its public JWK, gets a token;
// and the mistakes of its invalid_client checklist each end in `invalid_client`.
import { createAdminApiClient, unwrap } from '@dtk/admin-api';
import {
  type OidcTestProvider,
  type ProtectedApiServer,
  sendJson,
  startOidcProvider,
  startProtectedApiServer,
} from '@dtk/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ClientKey, createClientKey } from '../guides/examples/create-client-key.js';

const METADATA_PATH = '/a/mobile/api/v0/abilities/metadata';
let op: OidcTestProvider;
let api: ProtectedApiServer;
let ps256: ClientKey;
let es256: ClientKey;
let other: ClientKey;

beforeAll(async () => {
  [ps256, es256, other] = await Promise.all([createClientKey(), createClientKey('ES256'), createClientKey()]);
  const registered = (clientId: string, key: ClientKey) => ({
    client_id: clientId,
    token_endpoint_auth_method: 'private_key_jwt' as const,
    jwks: key.jwks, // what the guide says to register
    grant_types: ['client_credentials'],
    response_types: [],
    redirect_uris: [],
  });
  op = await startOidcProvider({
    issuerPath: '/a/oidc-provider/api/v0',
    clients: [registered('ps256-job', ps256), registered('es256-job', es256)],
  });
  api = await startProtectedApiServer(op, (_req, res) => sendJson(res, 200, {}));
});
afterAll(async () => {
  await Promise.all([api.close(), op.close()]);
});

function call(options: Partial<Parameters<typeof createAdminApiClient>[0]> & { clientId: string }) {
  const client = createAdminApiClient({
    baseUrl: api.url,
    tokenUrl: op.tokenEndpoint,
    allowInsecureRequests: true, // loopback http
    retry: false,
    ...options,
  } as Parameters<typeof createAdminApiClient>[0]);
  return unwrap(client.GET(METADATA_PATH));
}

describe('a key made as the guide makes it', () => {
  it('is a PKCS#8 PEM, a public JWK with its kid, and a JWKS', () => {
    expect(ps256.privateKeyPem).toMatch(/^-----BEGIN PRIVATE KEY-----/);
    expect(ps256.publicKeyPem).toMatch(/^-----BEGIN PUBLIC KEY-----/);
    expect(ps256.publicJwk).toMatchObject({ kty: 'RSA', alg: 'PS256', use: 'sig', kid: ps256.kid });
    expect(ps256.publicJwk).not.toHaveProperty('d'); // no private part
    expect(es256.publicJwk).toMatchObject({ kty: 'EC', crv: 'P-256', alg: 'ES256' });
  });

  it('gets a token once its public JWK is registered (PS256 and ES256)', async () => {
    await expect(call({ clientId: 'ps256-job', privateKey: ps256.privateKeyPem, kid: ps256.kid })).resolves.toEqual({});
    await expect(
      call({ clientId: 'es256-job', privateKey: es256.privateKeyPem, alg: 'ES256', kid: es256.kid }),
    ).resolves.toEqual({});
  });
});

describe('the invalid_client checklist', () => {
  const invalidClient = { name: 'OAuthError', details: { error: 'invalid_client' } };

  it('a private key that is not the registered one', async () => {
    await expect(call({ clientId: 'ps256-job', privateKey: other.privateKeyPem })).rejects.toMatchObject(invalidClient);
  });

  it('a kid that names no registered key', async () => {
    await expect(
      call({ clientId: 'ps256-job', privateKey: ps256.privateKeyPem, kid: other.kid }),
    ).rejects.toMatchObject(invalidClient);
  });

  it('an alg the registered key is not for', async () => {
    await expect(
      call({ clientId: 'ps256-job', privateKey: ps256.privateKeyPem, kid: ps256.kid, alg: 'RS256' }),
    ).rejects.toMatchObject(invalidClient);
  });

  it('an aud that is not the token URL the provider knows', async () => {
    await expect(
      call({ clientId: 'ps256-job', privateKey: ps256.privateKeyPem, audience: 'https://banno.com/elsewhere' }),
    ).rejects.toMatchObject(invalidClient);
  });
});

import { randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ClientKeys,
  type ClientMetadata,
  generateClientKeys,
  machineClient,
  type OidcTestProvider,
  type SigningAlg,
  startOidcProvider,
} from '../src/index.js';
import { callResource, postForm } from './oauth-client.js';

const ASSERTION_TYPE = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';

interface AssertionShape {
  audience?: string;
  expiresIn?: string;
  jti?: string;
}

function signAssertion(clientId: string, keys: ClientKeys, audience: string, shape: AssertionShape = {}) {
  const alg = String(keys.publicJwk.alg);
  return new SignJWT({})
    .setProtectedHeader({ alg, kid: String(keys.publicJwk.kid) })
    .setIssuer(clientId)
    .setSubject(clientId)
    .setAudience(shape.audience ?? audience)
    .setJti(shape.jti ?? randomUUID())
    .setIssuedAt()
    .setExpirationTime(shape.expiresIn ?? '60s')
    .sign(keys.privateKey);
}

const clientFor = (clientId: string, keys: ClientKeys): ClientMetadata => machineClient({ clientId, keys });

describe('generateClientKeys', () => {
  it('returns a signing key and matching JWKs without private parts in the public one', async () => {
    const keys = await generateClientKeys('ES256');
    expect(keys.privateKey.type).toBe('private');
    expect(keys.privateJwk).toMatchObject({ kty: 'EC', crv: 'P-256', alg: 'ES256', kid: keys.publicJwk.kid });
    expect(keys.privateJwk).toHaveProperty('d');
    expect(keys.publicJwk).toMatchObject({ kty: 'EC', alg: 'ES256', use: 'sig' });
    expect(keys.publicJwk).not.toHaveProperty('d');
    expect((await generateClientKeys('ES256')).publicJwk.kid).not.toBe(keys.publicJwk.kid);
  });
});

describe('client credentials with private_key_jwt (Banno rules)', () => {
  const keys = new Map<SigningAlg, ClientKeys>();
  let op: OidcTestProvider;

  beforeAll(async () => {
    for (const alg of ['PS256', 'ES256', 'ES384'] as const) keys.set(alg, await generateClientKeys(alg));
    op = await startOidcProvider({
      clients: [...keys].map(([alg, clientKeys]) => clientFor(`service-${alg}`, clientKeys)),
    });
  });
  afterAll(() => op.close());

  const keysFor = (alg: SigningAlg) => keys.get(alg) as ClientKeys;
  const requestToken = (clientAssertion: string) =>
    postForm(op.tokenEndpoint, {
      grant_type: 'client_credentials',
      client_assertion_type: ASSERTION_TYPE,
      client_assertion: clientAssertion,
      scope: 'openid',
    });

  it.each(['PS256', 'ES256'] as const)('issues a token for a %s assertion, usable at the resource', async (alg) => {
    const before = op.grantCounts().client_credentials ?? 0;
    const token = await requestToken(await signAssertion(`service-${alg}`, keysFor(alg), op.tokenEndpoint));
    expect(token.status).toBe(200);
    expect(token.body).toMatchObject({ token_type: 'Bearer', expires_in: 600, scope: 'openid' });
    expect(token.body).not.toHaveProperty('refresh_token');
    expect(op.grantCounts().client_credentials).toBe(before + 1);

    const resource = await callResource(op, token.body.access_token);
    expect(resource.status).toBe(200);
    expect(await resource.json()).toEqual({ sub: `service-${alg}`, scope: 'openid', client_id: `service-${alg}` });
  });

  it('introspects an issued token as active', async () => {
    const token = await requestToken(await signAssertion('service-ES256', keysFor('ES256'), op.tokenEndpoint));
    const introspection = await postForm(op.introspectionEndpoint, {
      token: String(token.body.access_token),
      client_assertion_type: ASSERTION_TYPE,
      client_assertion: await signAssertion('service-ES256', keysFor('ES256'), op.tokenEndpoint),
    });
    expect(introspection).toMatchObject({
      status: 200,
      body: { active: true, client_id: 'service-ES256', token_type: 'Bearer' },
    });
  });

  it('rejects replayed, mis-addressed, long-lived, ES384 and wrongly keyed assertions as invalid_client', async () => {
    const before = op.tokenErrors().invalid_client ?? 0;
    const details: unknown[] = [];
    op.provider.on('grant.error', (_ctx, error) => details.push(error.error_detail));
    const jti = randomUUID();
    const sign = (shape: AssertionShape, alg: SigningAlg = 'ES256') =>
      signAssertion(`service-${alg}`, keysFor(alg), op.tokenEndpoint, shape);

    expect((await requestToken(await sign({ jti }))).status).toBe(200);
    const rejected = [
      await requestToken(await sign({ jti })),
      await requestToken(await sign({ audience: op.issuer })),
      await requestToken(await sign({ expiresIn: '10m' })),
      await requestToken(await sign({}, 'ES384')),
      await requestToken(await signAssertion('service-ES256', keysFor('PS256'), op.tokenEndpoint)),
    ];
    for (const response of rejected) expect(response).toMatchObject({ status: 401, body: { error: 'invalid_client' } });
    expect(op.tokenErrors().invalid_client).toBe(before + rejected.length);
    expect(details).toEqual([
      'client assertion tokens must only be used once',
      'audience (aud) must be the token endpoint URL',
      'expiration (exp) must be at most 5 minutes ahead',
      'alg mismatch',
      'no applicable key found in the JSON Web Key Set',
    ]);
  });
});

describe('provider options', () => {
  it('accepts an issuer audience when strictClientAssertions is off, and stops answering after close()', async () => {
    const keys = await generateClientKeys('RS256');
    const op = await startOidcProvider({
      clients: [clientFor('service', keys)],
      strictClientAssertions: false,
      issuerPath: '/a/oidc-provider/api/v0',
      accessTokenTtlSeconds: 120,
    });
    try {
      expect(op.tokenEndpoint).toBe(`${op.origin}/a/oidc-provider/api/v0/token`);
      const token = await postForm(op.tokenEndpoint, {
        grant_type: 'client_credentials',
        client_assertion_type: ASSERTION_TYPE,
        client_assertion: await signAssertion('service', keys, op.issuer),
      });
      expect(token).toMatchObject({ status: 200, body: { expires_in: 120 } });
    } finally {
      await op.close();
    }
    await expect(fetch(op.discoveryUrl)).rejects.toThrow();
  });

  it('rejects options it cannot honour', async () => {
    await expect(startOidcProvider({ clients: [], issuerPath: 'no-slash' })).rejects.toThrow(TypeError);
    await expect(startOidcProvider({ clients: [], accounts: {} })).rejects.toThrow(/accounts/);
    await expect(startOidcProvider({ clients: [], accessTokenTtlSeconds: 0 })).rejects.toThrow(/accessTokenTtlSeconds/);
    // oidc-provider's own validation, run at start: a confidential client needs its secret.
    const noSecret = { client_id: 'no-secret', redirect_uris: ['http://127.0.0.1:1/cb'] };
    await expect(startOidcProvider({ clients: [noSecret] })).rejects.toThrow(
      /client "no-secret": client_secret is mandatory/,
    );
  });
});

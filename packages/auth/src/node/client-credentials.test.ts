import { generateKeyPairSync } from 'node:crypto';
import { sendJson } from '@dtk/testkit';
import { decodeProtectedHeader, exportJWK, exportPKCS8, generateKeyPair, jwtVerify, type CryptoKey } from 'jose';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakeIssuer, type FakeIssuer } from '../../test/support/fake-issuer.js';
import { clientCredentials } from './client-credentials.js';

let op: FakeIssuer;
let issued = 0;

beforeAll(async () => {
  op = await startFakeIssuer();
});
afterAll(() => op.close());
beforeEach(() => {
  op.server.requests.length = 0;
  op.onToken((_form, res) => {
    issued += 1;
    sendJson(res, 200, { access_token: `cc-${issued}`, token_type: 'Bearer', expires_in: 600, scope: 'openid' });
  });
});

function lastForm(): URLSearchParams {
  const form = op.tokenRequests().at(-1);
  if (!form) throw new Error('no token request');
  return form;
}

async function assertionOf(form: URLSearchParams, publicKey: CryptoKey, alg: string) {
  const assertion = form.get('client_assertion') ?? '';
  expect(form.get('client_assertion_type')).toBe('urn:ietf:params:oauth:client-assertion-type:jwt-bearer');
  expect(decodeProtectedHeader(assertion).alg).toBe(alg);
  const { payload } = await jwtVerify(assertion, publicKey, { algorithms: [alg], currentDate: new Date() });
  return payload;
}

describe('clientCredentials with private_key_jwt', () => {
  it.each(['PS256', 'ES256', 'RS256'] as const)('signs a Banno-shaped assertion with %s', async (alg) => {
    const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true });
    const tokens = clientCredentials({
      tokenUrl: op.tokenEndpoint,
      clientId: 'machine',
      privateKey: await exportPKCS8(privateKey),
      alg,
      scope: ['openid', 'https://jackhenry.com/consumer-user-search'],
      allowInsecureRequests: true,
    });
    await expect(tokens.getAccessToken()).resolves.toMatch(/^cc-/);
    const form = lastForm();
    expect(form.get('grant_type')).toBe('client_credentials');
    expect(form.get('scope')).toBe('openid https://jackhenry.com/consumer-user-search');
    expect(form.get('client_id')).toBe('machine');
    expect(form.has('client_secret')).toBe(false);
    const payload = await assertionOf(form, publicKey, alg);
    expect(payload).toMatchObject({ iss: 'machine', sub: 'machine', aud: op.tokenEndpoint });
    expect(typeof payload.jti).toBe('string');
    const lifetime = (payload.exp ?? 0) - (payload.iat ?? 0);
    expect(lifetime).toBeGreaterThan(0);
    expect(lifetime).toBeLessThanOrEqual(300);
  });

  it('defaults to PS256, reuses the token until its refresh window, and uses a fresh jti per assertion', async () => {
    const { privateKey, publicKey } = await generateKeyPair('PS256', { extractable: true });
    const tokens = clientCredentials({ tokenUrl: op.tokenEndpoint, clientId: 'machine', privateKey: await exportJWK(privateKey), allowInsecureRequests: true });
    const first = await tokens.getAccessToken();
    await expect(tokens.getAccessToken()).resolves.toBe(first);
    expect(op.tokenRequests()).toHaveLength(1);
    await tokens.refresh();
    const [a, b] = await Promise.all(op.tokenRequests().map((form) => assertionOf(form, publicKey, 'PS256')));
    expect(a?.jti).not.toBe(b?.jti);
    await expect(tokens.grantedScopes()).resolves.toEqual(['openid']);
  });

  it('asks again once the token is inside its refresh window', async () => {
    op.onToken((_form, res) => {
      issued += 1;
      sendJson(res, 200, { access_token: `cc-${issued}`, token_type: 'Bearer', expires_in: 20 });
    });
    const { privateKey } = await generateKeyPair('ES256');
    const tokens = clientCredentials({ tokenUrl: op.tokenEndpoint, clientId: 'machine', privateKey, alg: 'ES256', allowInsecureRequests: true });
    const first = await tokens.getAccessToken();
    await expect(tokens.getAccessToken()).resolves.not.toBe(first);
    expect(op.tokenRequests()).toHaveLength(2);
  });

  it('writes exp in milliseconds when asked (as Banno documents), capped at 300 s', async () => {
    const { privateKey, publicKey } = await generateKeyPair('ES256');
    const tokens = clientCredentials({
      tokenUrl: op.tokenEndpoint,
      clientId: 'machine',
      privateKey,
      alg: 'ES256',
      kid: 'key-2026',
      assertionExpiryUnit: 'milliseconds',
      assertionLifetimeSeconds: 300,
      allowInsecureRequests: true,
    });
    await tokens.getAccessToken();
    const assertion = lastForm().get('client_assertion') ?? '';
    expect(decodeProtectedHeader(assertion).kid).toBe('key-2026');
    // jose would read a millisecond exp as far in the future: verify the signature, then read the claims.
    const { payload } = await jwtVerify(assertion, publicKey);
    expect(payload.exp).toBe(((payload.iat ?? 0) + 300) * 1000);
  });

  it('accepts PKCS#1 PEM and KeyObject keys', async () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const pkcs1 = privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
    for (const key of [pkcs1, privateKey]) {
      const tokens = clientCredentials({ tokenUrl: op.tokenEndpoint, clientId: 'm', privateKey: key, alg: 'RS256', allowInsecureRequests: true });
      await expect(tokens.getAccessToken()).resolves.toMatch(/^cc-/);
    }
  });

  it('discovers the token endpoint from the issuer', async () => {
    const { privateKey } = await generateKeyPair('ES256');
    const tokens = clientCredentials({ issuer: op.issuer, clientId: 'm', privateKey, alg: 'ES256', allowInsecureRequests: true });
    await tokens.getAccessToken();
    const payload = JSON.parse(Buffer.from((lastForm().get('client_assertion') ?? '').split('.')[1] ?? '', 'base64url').toString()) as { aud: string };
    expect(payload.aud).toBe(op.tokenEndpoint);
  });

  it('rejects contradictory or unsafe options at once, and a wrong key type without leaking it', async () => {
    const { privateKey } = await generateKeyPair('ES256', { extractable: true });
    const pem = await exportPKCS8(privateKey);
    expect(() => clientCredentials({ tokenUrl: op.tokenEndpoint, clientId: 'm', privateKey: pem, clientSecret: 's' })).toThrow(TypeError);
    expect(() => clientCredentials({ tokenUrl: op.tokenEndpoint, clientId: 'm', privateKey: pem, assertionLifetimeSeconds: 301 })).toThrow(RangeError);
    expect(() => clientCredentials({ clientId: 'm', privateKey: pem })).toThrow(/tokenUrl or issuer/);
    expect(() => clientCredentials({ tokenUrl: op.tokenEndpoint, clientId: 'm' })).toThrow(/needs a privateKey or clientSecret/);
    expect(() => clientCredentials({ tokenUrl: op.tokenEndpoint, clientId: '', privateKey: pem })).toThrow(/clientId is required/);
    const wrongType = clientCredentials({ tokenUrl: op.tokenEndpoint, clientId: 'm', privateKey: pem, alg: 'PS256', allowInsecureRequests: true });
    const error = await wrongType.getAccessToken().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TypeError);
    expect(String(error)).not.toContain(pem.split('\n')[1]);
    expect(op.tokenRequests()).toHaveLength(0);
  });
});

describe('clientCredentials with a client secret', () => {
  it('uses client_secret_basic by default and client_secret_post on request', async () => {
    await clientCredentials({ tokenUrl: op.tokenEndpoint, clientId: 'm', clientSecret: 'pa55', allowInsecureRequests: true }).getAccessToken();
    const basic = op.server.requests.at(-1);
    expect(basic?.headers.authorization).toBe(`Basic ${Buffer.from('m:pa55').toString('base64')}`);
    expect(new URLSearchParams(basic?.body).has('client_secret')).toBe(false);

    await clientCredentials({ tokenUrl: op.tokenEndpoint, clientId: 'm', clientSecret: 'pa55', clientAuthMethod: 'client_secret_post', allowInsecureRequests: true }).getAccessToken();
    const post = op.server.requests.at(-1);
    expect(post?.headers.authorization).toBeUndefined();
    expect(new URLSearchParams(post?.body).get('client_secret')).toBe('pa55');
  });
});

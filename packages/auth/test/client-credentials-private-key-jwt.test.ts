import { generateKeyPairSync } from 'node:crypto';
import { sendJson } from '@dtk/testkit';
import { type CryptoKey, decodeProtectedHeader, exportJWK, exportPKCS8, generateKeyPair, jwtVerify } from 'jose';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { clientCredentials, PrivateKeyError } from '../src/confidential/index.js';
import { type FakeIssuer, startFakeIssuer } from './support/fake-issuer.js';

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
    const tokens = clientCredentials({
      tokenUrl: op.tokenEndpoint,
      clientId: 'machine',
      privateKey: await exportJWK(privateKey),
      allowInsecureRequests: true,
    });
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
    const tokens = clientCredentials({
      tokenUrl: op.tokenEndpoint,
      clientId: 'machine',
      privateKey,
      alg: 'ES256',
      allowInsecureRequests: true,
    });
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
      const tokens = clientCredentials({
        tokenUrl: op.tokenEndpoint,
        clientId: 'm',
        privateKey: key,
        alg: 'RS256',
        allowInsecureRequests: true,
      });
      await expect(tokens.getAccessToken()).resolves.toMatch(/^cc-/);
    }
  });

  it('discovers the token endpoint from the issuer', async () => {
    const { privateKey } = await generateKeyPair('ES256');
    const tokens = clientCredentials({
      issuer: op.issuer,
      clientId: 'm',
      privateKey,
      alg: 'ES256',
      allowInsecureRequests: true,
    });
    await tokens.getAccessToken();
    const payload = JSON.parse(
      Buffer.from((lastForm().get('client_assertion') ?? '').split('.')[1] ?? '', 'base64url').toString(),
    ) as { aud: string };
    expect(payload.aud).toBe(op.tokenEndpoint);
  });

  it('rejects contradictory or unsafe options at once, and a wrong key type without leaking it', async () => {
    const { privateKey } = await generateKeyPair('ES256', { extractable: true });
    const pem = await exportPKCS8(privateKey);
    expect(() =>
      clientCredentials({ tokenUrl: op.tokenEndpoint, clientId: 'm', privateKey: pem, clientSecret: 's' }),
    ).toThrow(TypeError);
    expect(() =>
      clientCredentials({ tokenUrl: op.tokenEndpoint, clientId: 'm', privateKey: pem, assertionLifetimeSeconds: 301 }),
    ).toThrow(RangeError);
    expect(() => clientCredentials({ clientId: 'm', privateKey: pem })).toThrow(/tokenUrl or issuer/);
    expect(() => clientCredentials({ tokenUrl: op.tokenEndpoint, clientId: 'm' })).toThrow(
      /needs a privateKey or clientSecret/,
    );
    expect(() => clientCredentials({ tokenUrl: op.tokenEndpoint, clientId: '', privateKey: pem })).toThrow(
      /clientId is required/,
    );
    // A key that does not fit the algorithm is refused when the client is set up, naming the problem.
    let error: unknown;
    try {
      clientCredentials({
        tokenUrl: op.tokenEndpoint,
        clientId: 'm',
        privateKey: pem,
        alg: 'PS256',
        allowInsecureRequests: true,
      });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(PrivateKeyError);
    expect(error).toMatchObject({ details: { reason: 'wrong_type', alg: 'PS256' } });
    expect(String(error)).toMatch(/EC key .* PS256 needs an RSA key/);
    expect(String(error)).not.toContain(pem.split('\n')[1]);
    expect(op.tokenRequests()).toHaveLength(0);
  });
});

describe('clientCredentials with a client secret', () => {
  it('uses client_secret_basic by default and client_secret_post on request', async () => {
    await clientCredentials({
      tokenUrl: op.tokenEndpoint,
      clientId: 'm',
      clientSecret: 'pa55',
      allowInsecureRequests: true,
    }).getAccessToken();
    const basic = op.server.requests.at(-1);
    expect(basic?.headers.authorization).toBe(`Basic ${Buffer.from('m:pa55').toString('base64')}`);
    expect(new URLSearchParams(basic?.body).has('client_secret')).toBe(false);

    await clientCredentials({
      tokenUrl: op.tokenEndpoint,
      clientId: 'm',
      clientSecret: 'pa55',
      clientAuthMethod: 'client_secret_post',
      allowInsecureRequests: true,
    }).getAccessToken();
    const post = op.server.requests.at(-1);
    expect(post?.headers.authorization).toBeUndefined();
    expect(new URLSearchParams(post?.body).get('client_secret')).toBe('pa55');
  });
});

describe('unusable private keys are refused when the client is set up, each with its own reason', () => {
  function refusal(privateKey: unknown, alg: 'PS256' | 'ES256' | 'RS256' = 'PS256'): PrivateKeyError {
    try {
      clientCredentials({
        tokenUrl: op.tokenEndpoint,
        clientId: 'm',
        privateKey: privateKey as string,
        alg,
        allowInsecureRequests: true,
      });
    } catch (error) {
      expect(error).toBeInstanceOf(PrivateKeyError);
      return error as PrivateKeyError;
    }
    throw new Error('expected clientCredentials to throw');
  }

  it('a weak (1024-bit) RSA key names the size, not the provider', () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 1024 });
    const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    for (const key of [pem, privateKey]) {
      const error = refusal(key);
      expect(error.details).toEqual({ reason: 'weak_key', alg: 'PS256' });
      expect(error.message).toMatch(/1024-bit RSA key; PS256 needs at least 2048 bits/);
    }
    expect(op.tokenRequests()).toHaveLength(0);
  });

  it('an encrypted PKCS#8 key, an empty string and a public JWK each get a clear reason', async () => {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const encrypted = privateKey
      .export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'run-time-passphrase' })
      .toString();
    const cases: Array<[unknown, string, RegExp]> = [
      [encrypted, 'encrypted', /encrypted \(passphrase-protected\); decrypt it first/],
      ['', 'empty', /empty string/],
      ['  \n', 'empty', /empty string/],
      [publicKey.export({ format: 'jwk' }), 'public_key', /public JWK \(it has no "d"\)/],
      [publicKey.export({ type: 'spki', format: 'pem' }).toString(), 'public_key', /public key or certificate/],
      [publicKey, 'public_key', /public KeyObject/],
      ['not a key at all', 'unreadable', /could not be read as a PEM private key/],
      [{ kty: 'oct', k: 'c2VjcmV0' }, 'wrong_type', /symmetric/],
    ];
    for (const [key, reason, message] of cases) {
      const error = refusal(key);
      expect(error.details.reason, reason).toBe(reason);
      expect(error.message).toMatch(message);
      expect(error.message).not.toMatch(/check the key type|OperationProcessingError|oauth/i);
      expect(error.message).not.toContain(encrypted.split('\n')[1]);
    }
    expect(op.tokenRequests()).toHaveLength(0);
  });

  it('an RSA key for ES256 is the wrong type', () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    expect(refusal(privateKey, 'ES256').details.reason).toBe('wrong_type');
  });
});

describe('the assertion audience', () => {
  it('defaults to the token URL and can be set apart from it', async () => {
    const { privateKey, publicKey } = await generateKeyPair('ES256');
    const audience = 'https://login.bank.example/a/oidc-provider/api/v0/token';
    const tokens = clientCredentials({
      tokenUrl: op.tokenEndpoint,
      clientId: 'm',
      privateKey,
      alg: 'ES256',
      audience,
      allowInsecureRequests: true,
    });
    await tokens.getAccessToken();
    expect(op.server.requests.at(-1)?.url).toBe(new URL(op.tokenEndpoint).pathname);
    expect((await assertionOf(lastForm(), publicKey, 'ES256')).aud).toBe(audience);
    expect(() =>
      clientCredentials({ tokenUrl: op.tokenEndpoint, clientId: 'm', privateKey, alg: 'ES256', audience: '' }),
    ).toThrow(/audience must be a non-empty string/);
  });
});

describe('an unreachable token endpoint', () => {
  it('is named in the error, redacted', async () => {
    const { createServer } = await import('node:net');
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    await new Promise<void>((resolve) => server.close(() => resolve()));
    const tokenUrl = `http://127.0.0.1:${port}/a/oidc-provider/api/v0/token?api_key=k-123456`;
    const tokens = clientCredentials({
      tokenUrl,
      clientId: 'm',
      clientSecret: 'pa55word',
      allowInsecureRequests: true,
    });
    const error = await tokens.getAccessToken().catch((e: unknown) => e);
    expect(error).toMatchObject({
      name: 'TokenResponseError',
      details: {
        reason: 'connection_failed',
        url: `http://127.0.0.1:${port}/a/oidc-provider/api/v0/token?api_key=[redacted]`,
      },
    });
    expect((error as Error).message).toContain(
      `could not reach the token endpoint at http://127.0.0.1:${port}/a/oidc-provider/api/v0/token`,
    );
    expect(JSON.stringify(error)).not.toContain('k-123456');
  });
});

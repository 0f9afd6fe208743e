import { createHash } from 'node:crypto';
import { inspect } from 'node:util';
import { sendJson } from '@dtk/testkit';
import { generateKeyPair, type JWTPayload } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  exchangeCodeAsConfidentialClient as exchangeCode,
  confidentialClientRenewal as refreshTokenRenewal,
} from '../src/confidential/index.js';
import {
  exchangeCodeAsPublicClient as exchangeCodePublic,
  handleCallback,
  IdTokenValidationError,
  MemoryTokenStore,
  publicClientRenewal,
  TokenManager,
  type TokenSet,
} from '../src/index.js';
import { verifyIdToken } from '../src/jwks-entry.js';
import { CLIENT_ID, type FakeIssuer, startFakeIssuer, unsignedJwt } from './support/fake-issuer.js';

const SECRET = 'client-secret-value-that-must-never-be-logged';
const CODE = 'authorization-code-value-that-must-never-be-logged';
const VERIFIER = 'code-verifier-value-that-must-never-be-logged-0123456789';
const NONCE = 'nonce-0123456789';
const ACCESS_TOKEN = 'access-token-value-that-must-never-be-logged';

let op: FakeIssuer;
beforeAll(async () => {
  op = await startFakeIssuer();
});
afterAll(() => op.close());

function atHash(accessToken: string): string {
  return createHash('sha256').update(accessToken).digest().subarray(0, 16).toString('base64url');
}

function answerWith(idToken: string): void {
  op.onToken((_form, res) =>
    sendJson(res, 200, {
      access_token: ACCESS_TOKEN,
      token_type: 'Bearer',
      expires_in: 600,
      id_token: idToken,
      refresh_token: 'rt-new',
    }),
  );
}

function pendingLogin() {
  const expected = { issuer: op.issuer, issParameterSupported: true, clientId: CLIENT_ID, state: 'st' };
  const callback = handleCallback(
    `http://127.0.0.1:8765/cb?${new URLSearchParams({ code: CODE, state: 'st', iss: op.issuer })}`,
    expected,
  );
  return {
    callback,
    request: {
      issuer: op.issuer,
      redirectUri: 'http://127.0.0.1:8765/cb',
      codeVerifier: VERIFIER,
      nonce: NONCE,
      scopes: ['openid'],
    },
  };
}

async function exchangeFailure(options: { requireAtHash?: boolean } = {}): Promise<IdTokenValidationError> {
  const error = await exchangeCode({
    issuer: op.issuer,
    clientId: CLIENT_ID,
    clientSecret: SECRET,
    allowInsecureRequests: true,
    ...options,
    ...pendingLogin(),
  }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(IdTokenValidationError);
  for (const text of [String(error), (error as Error).message, inspect(error), JSON.stringify(error)]) {
    for (const secret of [SECRET, CODE, VERIFIER, ACCESS_TOKEN]) expect(text).not.toContain(secret);
    expect(text).not.toMatch(/eyJ[\w-]+\./);
  }
  return error as IdTokenValidationError;
}

const now = () => Math.floor(Date.now() / 1000);

describe('ID token checks on the code exchange (Node entry: JWKS signature + claims)', () => {
  it('accepts a valid token and returns its claims', async () => {
    answerWith(await op.signIdToken({ nonce: NONCE, at_hash: atHash(ACCESS_TOKEN) }));
    const tokens = await exchangeCode({
      issuer: op.issuer,
      clientId: CLIENT_ID,
      clientSecret: SECRET,
      allowInsecureRequests: true,
      ...pendingLogin(),
    });
    expect(tokens.idTokenClaims).toMatchObject({ sub: 'user-1', iss: op.issuer, nonce: NONCE });
    expect(tokens).toMatchObject({ accessToken: ACCESS_TOKEN, refreshToken: 'rt-new', scope: 'openid' });
  });

  it('rejects a tampered signature', async () => {
    const token = await op.signIdToken({ nonce: NONCE });
    const [header, payload] = token.split('.');
    const forgedPayload = Buffer.from(
      JSON.stringify({ ...(JSON.parse(Buffer.from(payload ?? '', 'base64url').toString()) as object), sub: 'admin' }),
    ).toString('base64url');
    answerWith(`${header}.${forgedPayload}.${token.split('.')[2]}`);
    expect((await exchangeFailure()).details.reason).toBe('invalid_signature');
  });

  it('rejects a token signed by a key that is not in the JWKS', async () => {
    const { privateKey } = await generateKeyPair('ES256');
    answerWith(await op.signIdToken({ nonce: NONCE }, { key: privateKey }));
    expect((await exchangeFailure()).details.reason).toBe('invalid_signature');
    answerWith(await op.signIdToken({ nonce: NONCE }, { key: privateKey, kid: 'unknown' }));
    expect((await exchangeFailure()).details.reason).toBe('no_matching_key');
  });

  it('rejects alg "none" even though the provider advertises it', async () => {
    answerWith(
      unsignedJwt({ iss: op.issuer, aud: CLIENT_ID, sub: 'user-1', iat: now(), exp: now() + 300, nonce: NONCE }),
    );
    expect((await exchangeFailure()).details.reason).toBe('unexpected_alg');
  });

  it.each<[string, JWTPayload, string]>([
    ['a wrong iss', { iss: 'https://evil.example.com' }, 'issuer_mismatch'],
    ['a wrong aud', { aud: 'another-client' }, 'audience_mismatch'],
    ['several audiences without azp', { aud: [CLIENT_ID, 'other'] }, 'audience_mismatch'],
    ['an azp naming another client', { aud: [CLIENT_ID, 'other'], azp: 'other' }, 'azp_mismatch'],
    ['an expired token', { iat: now() - 600, exp: now() - 120 }, 'expired'],
    ['an iat in the future beyond tolerance', { iat: now() + 120, exp: now() + 600 }, 'issued_in_future'],
    ['a wrong nonce', { nonce: 'another-nonce' }, 'nonce_mismatch'],
    ['a missing nonce', { nonce: undefined }, 'missing_claim'],
    ['a mismatched at_hash', { at_hash: atHash('another-access-token') }, 'at_hash_mismatch'],
  ])('rejects %s', async (_name, claims, reason) => {
    answerWith(await op.signIdToken({ nonce: NONCE, ...claims }));
    expect((await exchangeFailure()).details.reason).toBe(reason);
  });

  it('accepts an iat slightly ahead (within the 30 s tolerance)', async () => {
    answerWith(await op.signIdToken({ nonce: NONCE, iat: now() + 10 }));
    await expect(
      exchangeCode({
        issuer: op.issuer,
        clientId: CLIENT_ID,
        clientSecret: SECRET,
        allowInsecureRequests: true,
        ...pendingLogin(),
      }),
    ).resolves.toMatchObject({ accessToken: ACCESS_TOKEN });
  });

  it('rejects a missing at_hash when it is required', async () => {
    answerWith(await op.signIdToken({ nonce: NONCE }));
    expect((await exchangeFailure({ requireAtHash: true })).details.reason).toBe('at_hash_missing');
  });

  it('the universal (public-client) exchange applies the claim checks too', async () => {
    const cases: Array<[JWTPayload, string]> = [
      [{ iss: 'https://evil.example.com' }, 'issuer_mismatch'],
      [{ nonce: 'x' }, 'nonce_mismatch'],
      [{ iat: now() + 120 }, 'issued_in_future'],
      [{ at_hash: atHash('x') }, 'at_hash_mismatch'],
    ];
    for (const [claims, reason] of cases) {
      answerWith(await op.signIdToken({ nonce: NONCE, ...claims }));
      const error = await exchangeCodePublic({
        issuer: op.issuer,
        clientId: CLIENT_ID,
        allowInsecureRequests: true,
        ...pendingLogin(),
      }).catch((e: unknown) => e);
      expect(error).toMatchObject({ name: 'IdTokenValidationError', details: { reason } });
    }
    answerWith(
      unsignedJwt({ iss: op.issuer, aud: CLIENT_ID, sub: 'user-1', iat: now(), exp: now() + 300, nonce: NONCE }),
    );
    await expect(
      exchangeCodePublic({ issuer: op.issuer, clientId: CLIENT_ID, allowInsecureRequests: true, ...pendingLogin() }),
    ).rejects.toMatchObject({
      details: { reason: 'unexpected_alg' },
    });
  });

  it('checks auth_time against max_age and requires an ID token when openid was asked for, in both entries', async () => {
    const withMaxAge = () => {
      const login = pendingLogin();
      return { ...login, request: { ...login.request, maxAge: 300 } };
    };
    const base = { issuer: op.issuer, clientId: CLIENT_ID, allowInsecureRequests: true };
    const confidential = { ...base, clientSecret: SECRET };
    for (const exchange of [
      () => exchangeCodePublic({ ...base, ...withMaxAge() }),
      () => exchangeCode({ ...confidential, ...withMaxAge() }),
    ]) {
      answerWith(await op.signIdToken({ nonce: NONCE, auth_time: now() - 600 }));
      await expect(exchange()).rejects.toMatchObject({
        name: 'IdTokenValidationError',
        details: { reason: 'auth_time_too_old' },
      });
      answerWith(await op.signIdToken({ nonce: NONCE }));
      await expect(exchange()).rejects.toMatchObject({
        name: 'IdTokenValidationError',
        details: { reason: 'missing_claim' },
      });
      answerWith(await op.signIdToken({ nonce: NONCE, auth_time: now() - 60 }));
      await expect(exchange()).resolves.toMatchObject({ idTokenClaims: { sub: 'user-1' } });
      op.onToken((_form, res) =>
        sendJson(res, 200, { access_token: ACCESS_TOKEN, token_type: 'Bearer', expires_in: 600 }),
      );
      await expect(exchange()).rejects.toMatchObject({ name: 'TokenResponseError', details: { reason: 'malformed' } });
    }
  });

  it('verifyIdToken checks a token on its own', async () => {
    const token = await op.signIdToken({ nonce: NONCE, at_hash: atHash(ACCESS_TOKEN) });
    const options = {
      issuer: op.issuer,
      clientId: CLIENT_ID,
      nonce: NONCE,
      accessToken: ACCESS_TOKEN,
      allowInsecureRequests: true,
    };
    await expect(verifyIdToken(token, options)).resolves.toMatchObject({ sub: 'user-1' });
    await expect(
      verifyIdToken(token, { ...options, previous: { sub: 'user-2', iss: op.issuer } }),
    ).rejects.toMatchObject({ details: { reason: 'subject_changed' } });
    await expect(verifyIdToken(token, { ...options, algorithms: ['RS256'] })).rejects.toMatchObject({
      details: { reason: 'unexpected_alg' },
    });
    await expect(verifyIdToken(token, { ...options, nonce: 'other' })).rejects.toMatchObject({
      details: { reason: 'nonce_mismatch' },
    });
    await expect(verifyIdToken(token, { ...options, maxAge: 60 })).rejects.toMatchObject({
      details: { reason: 'missing_claim' },
    });
    await expect(verifyIdToken(token, { ...options, algorithms: ['none', 'HS256'] })).rejects.toThrow(TypeError);
  });
});

describe('the ID token key set over plain HTTP', () => {
  it('is never fetched without allowInsecureRequests', async () => {
    const token = await op.signIdToken({ nonce: NONCE });
    const metadata = {
      issuer: op.issuer,
      jwks_uri: `${op.issuer}/jwks`,
      id_token_signing_alg_values_supported: ['ES256'],
    };
    const before = op.server.requests.filter((r) => r.url.endsWith('/jwks')).length;
    await expect(verifyIdToken(token, { issuer: metadata, clientId: CLIENT_ID, nonce: NONCE })).rejects.toThrow(
      /jwks_uri must use https:.*allowInsecureRequests/,
    );
    expect(op.server.requests.filter((r) => r.url.endsWith('/jwks'))).toHaveLength(before);
    await expect(
      verifyIdToken(token, { issuer: metadata, clientId: CLIENT_ID, nonce: NONCE, allowInsecureRequests: true }),
    ).resolves.toMatchObject({ sub: 'user-1' });
  });
});

describe('ID token checks on refresh keep the stored session', () => {
  async function refreshWith(idToken: string) {
    answerWith(idToken);
    const store = new MemoryTokenStore();
    const stored: TokenSet = {
      accessToken: 'at-old',
      tokenType: 'Bearer',
      receivedAt: Date.now(),
      expiresAt: Date.now() + 600_000,
      refreshToken: 'rt-old',
      idTokenClaims: { iss: op.issuer, sub: 'user-1', aud: CLIENT_ID, iat: now(), exp: now() + 300 },
    };
    await store.set('s', stored);
    const manager = new TokenManager({
      store,
      key: 's',
      renewal: refreshTokenRenewal({
        issuer: op.issuer,
        clientId: CLIENT_ID,
        clientSecret: SECRET,
        allowInsecureRequests: true,
      }),
    });
    const error = await manager.refresh().catch((e: unknown) => e);
    expect(await store.get('s')).toEqual(stored);
    await expect(manager.getAccessToken()).resolves.toBe('at-old');
    return error;
  }

  it('rejects a refreshed ID token for another subject (OIDC Core §12.2)', async () => {
    expect(await refreshWith(await op.signIdToken({ sub: 'user-2' }))).toMatchObject({
      name: 'IdTokenValidationError',
      details: { reason: 'subject_changed' },
    });
  });

  it('rejects a refreshed ID token with a bad signature', async () => {
    const { privateKey } = await generateKeyPair('ES256');
    expect(await refreshWith(await op.signIdToken({}, { key: privateKey }))).toMatchObject({
      details: { reason: 'invalid_signature' },
    });
  });

  it('keeps the original ID token when the refresh response has none', async () => {
    op.onToken((_form, res) => sendJson(res, 200, { access_token: 'at-2', token_type: 'Bearer', expires_in: 600 }));
    const store = new MemoryTokenStore();
    await store.set('s', {
      accessToken: 'at-1',
      tokenType: 'Bearer',
      receivedAt: 0,
      expiresAt: 1,
      refreshToken: 'rt-1',
      idToken: 'original',
      scope: 'openid',
    });
    const manager = new TokenManager({
      store,
      key: 's',
      renewal: publicClientRenewal({ issuer: op.issuer, clientId: CLIENT_ID, allowInsecureRequests: true }),
    });
    await expect(manager.getAccessToken()).resolves.toBe('at-2');
    expect(await store.get('s')).toMatchObject({
      accessToken: 'at-2',
      refreshToken: 'rt-1',
      idToken: 'original',
      scope: 'openid',
    });
  });
});

import { inspect } from 'node:util';
import { sendJson } from '@dtk/testkit';
import { exportPKCS8, generateKeyPair } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  clientCredentials,
  confidentialClientRenewal,
  exchangeCodeAsConfidentialClient,
} from '../src/confidential/index.js';
import {
  exchangeCodeAsPublicClient,
  handleCallback,
  isReauthenticationRequiredError,
  MemoryTokenStore,
  OAuthError,
  publicClientRenewal,
  ReauthenticationRequiredError,
  TokenManager,
  TokenResponseError,
  type TokenSet,
} from '../src/index.js';
import { CLIENT_ID, type FakeIssuer, startFakeIssuer, type TokenHandler } from './support/fake-issuer.js';

const SECRET = 'client-secret-value-that-must-never-be-logged';
const REFRESH_TOKEN = 'refresh-token-value-that-must-never-be-logged';
const ACCESS_TOKEN = 'access-token-value-that-must-never-be-logged';
const CODE = 'authorization-code-value-that-must-never-be-logged';
const VERIFIER = 'code-verifier-value-that-must-never-be-logged-0123456789';

let op: FakeIssuer;
let pem: string;
beforeAll(async () => {
  op = await startFakeIssuer();
  pem = await exportPKCS8((await generateKeyPair('PS256', { extractable: true })).privateKey);
});
afterAll(() => op.close());

/** Every rendering of `error` is free of secrets, tokens, codes, verifiers, assertions and keys. */
function expectNothingLeaked(error: unknown, extra: string[] = []): void {
  const texts = [String(error), (error as Error).message, inspect(error), inspect({ error }), JSON.stringify(error)];
  for (const text of texts) {
    for (const secret of [SECRET, REFRESH_TOKEN, ACCESS_TOKEN, CODE, VERIFIER, ...extra])
      expect(text).not.toContain(secret);
    expect(text).not.toMatch(/eyJ[\w-]+\.[\w-]+/);
  }
}

const validSession = (): TokenSet => ({
  accessToken: ACCESS_TOKEN,
  tokenType: 'Bearer',
  receivedAt: Date.now(),
  expiresAt: Date.now() + 600_000,
  refreshToken: REFRESH_TOKEN,
});

/** Forces a refresh against `handler` and returns the error; the stored session must survive it. */
async function refreshFailure(handler: TokenHandler, timeoutMs?: number): Promise<unknown> {
  op.onToken(handler);
  const store = new MemoryTokenStore();
  const session = validSession();
  await store.set('s', session);
  const manager = new TokenManager({
    store,
    key: 's',
    renewal: confidentialClientRenewal({
      issuer: op.issuer,
      clientId: CLIENT_ID,
      clientSecret: SECRET,
      allowInsecureRequests: true,
      ...(timeoutMs && { timeoutMs }),
    }),
  });
  const error = await manager.refresh().catch((e: unknown) => e);
  expectNothingLeaked(error);
  // Only a dead grant loses something: its refresh token. The still-valid access token stays in use.
  const deadGrant = isReauthenticationRequiredError(error);
  const { refreshToken: _dead, ...withoutRefreshToken } = session;
  expect(await store.get('s')).toEqual(deadGrant ? withoutRefreshToken : session);
  await expect(manager.getAccessToken()).resolves.toBe(ACCESS_TOKEN);
  return error;
}

const html =
  (status: number): TokenHandler =>
  (_form, res) => {
    res.writeHead(status, { 'content-type': 'text/html' }).end(`<html><body>Error ${REFRESH_TOKEN}</body></html>`);
  };

describe('token endpoint failures during refresh: typed, redacted, session kept', () => {
  it('400 invalid_grant → ReauthenticationRequiredError caused by an OAuthError', async () => {
    const error = await refreshFailure((_f, res) =>
      sendJson(res, 400, { error: 'invalid_grant', error_description: `refresh token ${REFRESH_TOKEN} is invalid` }),
    );
    expect(error).toBeInstanceOf(ReauthenticationRequiredError);
    const cause = (error as Error).cause;
    expect(cause).toBeInstanceOf(OAuthError);
    expect(cause).toMatchObject({ details: { error: 'invalid_grant', status: 400 } });
    expectNothingLeaked(cause);
  });

  it('401 invalid_client with a WWW-Authenticate challenge → OAuthError', async () => {
    const error = await refreshFailure((_f, res) =>
      sendJson(
        res,
        401,
        { error: 'invalid_client', error_description: 'client authentication failed' },
        { 'www-authenticate': 'Basic realm="oidc"' },
      ),
    );
    expect(error).toBeInstanceOf(OAuthError);
    expect(error).toMatchObject({
      details: { error: 'invalid_client', error_description: 'client authentication failed', status: 401 },
    });
  });

  it('401 invalid_client without a challenge → OAuthError', async () => {
    const error = await refreshFailure((_f, res) => sendJson(res, 401, { error: 'invalid_client' }));
    expect(error).toMatchObject({ name: 'OAuthError', details: { error: 'invalid_client', status: 401 } });
  });

  it('500 → TokenResponseError unexpected_status', async () => {
    const error = await refreshFailure((_f, res) => sendJson(res, 500, { message: 'boom' }));
    expect(error).toBeInstanceOf(TokenResponseError);
    expect(error).toMatchObject({ details: { reason: 'unexpected_status', status: 500 } });
  });

  it('an HTML body with 200 → TokenResponseError not_json', async () => {
    expect(await refreshFailure(html(200))).toMatchObject({
      name: 'TokenResponseError',
      details: { reason: 'not_json' },
    });
  });

  it('an HTML error page with 400 → TokenResponseError not_json', async () => {
    expect(await refreshFailure(html(400))).toMatchObject({
      name: 'TokenResponseError',
      details: { reason: 'not_json', status: 400 },
    });
  });

  it('malformed JSON → TokenResponseError not_json', async () => {
    const error = await refreshFailure((_f, res) => {
      res.writeHead(200, { 'content-type': 'application/json' }).end(`{"access_token":"${ACCESS_TOKEN}",`);
    });
    expect(error).toMatchObject({ name: 'TokenResponseError', details: { reason: 'not_json' } });
  });

  it.each([
    ['a JSON array', []],
    ['no access_token', { token_type: 'Bearer' }],
    ['no token_type', { access_token: ACCESS_TOKEN }],
    ['an unknown token_type', { access_token: ACCESS_TOKEN, token_type: 'mac' }],
    ['a non-numeric expires_in', { access_token: ACCESS_TOKEN, token_type: 'Bearer', expires_in: 'soon' }],
  ])('%s → TokenResponseError malformed', async (_name, body) => {
    expect(await refreshFailure((_f, res) => sendJson(res, 200, body))).toMatchObject({
      name: 'TokenResponseError',
      details: { reason: 'malformed' },
    });
  });

  it('a connection reset → TokenResponseError connection_failed', async () => {
    const error = await refreshFailure((_f, res) => res.socket?.destroy());
    expect(error).toMatchObject({ name: 'TokenResponseError', details: { reason: 'connection_failed' } });
  });

  it('no answer → TokenResponseError timeout', async () => {
    const error = await refreshFailure(() => undefined, 200);
    expect(error).toMatchObject({ name: 'TokenResponseError', details: { reason: 'timeout' } });
  });
});

describe('token endpoint failures elsewhere', () => {
  it('code exchange: invalid_grant is an OAuthError without the code, verifier or secret', async () => {
    op.onToken((_f, res) =>
      sendJson(res, 400, { error: 'invalid_grant', error_description: 'authorization code expired' }),
    );
    const expected = { issuer: op.issuer, issParameterSupported: true, clientId: CLIENT_ID, state: 'st' };
    const callback = handleCallback(
      `http://127.0.0.1:1/cb?${new URLSearchParams({ code: CODE, state: 'st', iss: op.issuer })}`,
      expected,
    );
    const error = await exchangeCodeAsConfidentialClient({
      issuer: op.issuer,
      clientId: CLIENT_ID,
      clientSecret: SECRET,
      clientAuthMethod: 'client_secret_post',
      allowInsecureRequests: true,
      callback,
      request: {
        issuer: op.issuer,
        redirectUri: 'http://127.0.0.1:1/cb',
        codeVerifier: VERIFIER,
        nonce: 'n',
        scopes: ['openid'],
      },
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'OAuthError', details: { error: 'invalid_grant', status: 400 } });
    expectNothingLeaked(error);
    const sent = op.tokenRequests().at(-1);
    expect(sent?.get('code')).toBe(CODE);
    expect(sent?.get('code_verifier')).toBe(VERIFIER);
  });

  it('code exchange: a pending request without its verifier or redirect URI is refused before the network', async () => {
    const expected = { issuer: op.issuer, issParameterSupported: true, clientId: CLIENT_ID, state: 'st' };
    const request = {
      issuer: op.issuer,
      redirectUri: 'http://127.0.0.1:1/cb',
      codeVerifier: VERIFIER,
      nonce: 'n',
      scopes: ['openid'],
    };
    const sentBefore = op.tokenRequests().length;
    for (const broken of [
      { ...request, codeVerifier: '' },
      { ...request, redirectUri: undefined as unknown as string },
    ]) {
      const callback = handleCallback(
        `http://127.0.0.1:1/cb?${new URLSearchParams({ code: CODE, state: 'st', iss: op.issuer })}`,
        { ...expected },
      );
      await expect(
        exchangeCodeAsPublicClient({
          issuer: op.issuer,
          clientId: CLIENT_ID,
          allowInsecureRequests: true,
          callback,
          request: broken,
        }),
      ).rejects.toThrow(TypeError);
    }
    expect(op.tokenRequests()).toHaveLength(sentBefore);
  });

  it('client credentials: connection reset and 500 are typed and leak no assertion or key', async () => {
    const tokens = clientCredentials({
      tokenUrl: op.tokenEndpoint,
      clientId: 'machine',
      privateKey: pem,
      allowInsecureRequests: true,
    });
    const keyLine = pem.split('\n')[1] ?? '';
    op.onToken((_f, res) => res.socket?.destroy());
    const reset = await tokens.getAccessToken().catch((e: unknown) => e);
    expect(reset).toMatchObject({ name: 'TokenResponseError', details: { reason: 'connection_failed' } });
    expectNothingLeaked(reset, [keyLine]);
    op.onToken((_f, res) =>
      sendJson(res, 400, {
        error: 'invalid_client',
        error_description: `bad assertion ${op.tokenRequests().at(-1)?.get('client_assertion')}`,
      }),
    );
    const rejected = await tokens.getAccessToken().catch((e: unknown) => e);
    expect(rejected).toMatchObject({ name: 'OAuthError', details: { error: 'invalid_client' } });
    expectNothingLeaked(rejected, [keyLine]);
  });
});

describe('echoed credentials: the exact values a grant sent never survive in an error', () => {
  const echoes: Array<[string, string]> = [
    ['a short refresh token', 'rt-1'],
    ['a hex refresh token', 'deadbeefcafe0123'],
    ['a UUID refresh token', '3fa85f64-5717-4562-b3fc-2c963f66afa6'],
    ['a single-case refresh token', 'lowercaseonlyrefreshtoken'],
  ];

  it.each(echoes)(
    '%s echoed in error_description, in the cause chain of ReauthenticationRequiredError',
    async (_name, refreshToken) => {
      op.onToken((_f, res) =>
        sendJson(res, 400, { error: 'invalid_grant', error_description: `refresh token ${refreshToken} revoked` }),
      );
      const store = new MemoryTokenStore();
      await store.set('s', { ...validSession(), refreshToken, expiresAt: Date.now() - 1 });
      const manager = new TokenManager({
        store,
        key: 's',
        renewal: publicClientRenewal({ issuer: op.issuer, clientId: CLIENT_ID, allowInsecureRequests: true }),
      });
      const error = await manager.getAccessToken().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ReauthenticationRequiredError);
      const cause = (error as Error).cause as OAuthError;
      expect(cause).toBeInstanceOf(OAuthError);
      for (const rendered of [error, cause]) expectNothingLeaked(rendered, [refreshToken]);
      expect(cause.details.error_description).toBe('refresh token [redacted] revoked');
    },
  );

  it.each([
    ['quoted in prose', `client ${SECRET.slice(0, 12)}x is not allowed`, 'x'],
    ['as client_secret: x (colon, unquoted)', 'client_secret: x-short rejected', 'x-short'],
  ])('a client secret %s', async (_name, description, secretSuffix) => {
    const secret = secretSuffix === 'x' ? `${SECRET.slice(0, 12)}x` : secretSuffix;
    op.onToken((_f, res) => sendJson(res, 401, { error: 'invalid_client', error_description: description }));
    const store = new MemoryTokenStore();
    await store.set('s', { ...validSession(), expiresAt: Date.now() - 1 });
    const renewal = confidentialClientRenewal({
      issuer: op.issuer,
      clientId: CLIENT_ID,
      clientSecret: secret,
      clientAuthMethod: 'client_secret_post',
      allowInsecureRequests: true,
    });
    const error = await new TokenManager({ store, key: 's', renewal }).getAccessToken().catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'OAuthError', details: { error: 'invalid_client' } });
    expectNothingLeaked(error, [secret]);
  });

  it('the client secret in Basic credentials and a code and verifier echoed by the provider', async () => {
    const secret = 'abc123';
    const code = 'c0de';
    const verifier = 'v'.repeat(43);
    op.onToken((form, res, headers) =>
      sendJson(res, 400, {
        error: 'invalid_grant',
        error_description: `${String(headers.authorization)} ${form.get('code')} ${form.get('code_verifier')} ${secret}`,
      }),
    );
    const expected = { issuer: op.issuer, issParameterSupported: true, clientId: CLIENT_ID, state: 'st' };
    const callback = handleCallback(
      `http://127.0.0.1:1/cb?${new URLSearchParams({ code, state: 'st', iss: op.issuer })}`,
      expected,
    );
    const error = await exchangeCodeAsConfidentialClient({
      issuer: op.issuer,
      clientId: CLIENT_ID,
      clientSecret: secret,
      allowInsecureRequests: true,
      callback,
      request: {
        issuer: op.issuer,
        redirectUri: 'http://127.0.0.1:1/cb',
        codeVerifier: verifier,
        nonce: 'n',
        scopes: ['openid'],
      },
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'OAuthError', details: { error: 'invalid_grant' } });
    expectNothingLeaked(error, [secret, code, verifier, Buffer.from(`${CLIENT_ID}:${secret}`).toString('base64')]);
  });
});

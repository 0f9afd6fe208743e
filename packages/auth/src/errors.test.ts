import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ERR_DTK_AUTH_PRIVATE_KEY, isPrivateKeyError, PrivateKeyError } from './confidential/private-key-error.js';
import {
  AuthError,
  AuthorizationResponseError,
  ERR_DTK_AUTH,
  ERR_DTK_AUTH_AUTHORIZATION_RESPONSE,
  ERR_DTK_AUTH_ID_TOKEN_INVALID,
  ERR_DTK_AUTH_OAUTH,
  ERR_DTK_AUTH_PROVIDER_RESPONSE,
  ERR_DTK_AUTH_REAUTHENTICATION_REQUIRED,
  ERR_DTK_AUTH_TOKEN_RESPONSE,
  ERR_DTK_AUTH_TOKEN_STORE,
  IdTokenValidationError,
  isAuthError,
  isAuthorizationResponseError,
  isIdTokenValidationError,
  isOAuthError,
  isProviderResponseError,
  isReauthenticationRequiredError,
  isTokenResponseError,
  isTokenStoreError,
  OAuthError,
  ProviderResponseError,
  ReauthenticationRequiredError,
  TokenResponseError,
  TokenStoreError,
} from './errors.js';

const JWT = 'eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJ1c2VyIn0.c2lnbmF0dXJlc2lnbmF0dXJl';
const OPAQUE = 'Zm9vYmFyYmF6cXV4cXV1eGNvcmdlZ3JhdWx0Z2FycGx5d2FsZG8';
const PEM = '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----';

/** Every way an error reaches a log. */
function renderings(error: Error): string[] {
  return [
    error.message,
    String(error),
    error.toString(),
    inspect(error),
    inspect({ wrapped: error }),
    JSON.stringify(error),
  ];
}

describe('redaction of what an error is given (the rules live in @dtk/core)', () => {
  it.each([
    ['a JWT', `token ${JWT} expired`, JWT],
    ['a bearer header', `Authorization: Bearer ${OPAQUE.slice(0, 20)}`, OPAQUE.slice(0, 20)],
    ['a basic header', 'Authorization: Basic dXNlcjpzM2NyZXQ=', 'dXNlcjpzM2NyZXQ='],
    ['a form secret', 'client_id=app&client_secret=s3cr3t&code=abc123', 's3cr3t'],
    ['a form code', 'client_id=app&client_secret=s3cr3t&code=abc123', 'abc123'],
    ['a code verifier', 'code_verifier=shortverifier', 'shortverifier'],
    ['a client assertion', 'client_assertion=xyz.abc.def', 'xyz.abc.def'],
    ['a JSON refresh token', '{"refresh_token":"rt-1234","scope":"openid"}', 'rt-1234'],
    ['a PEM key', `key: ${PEM}`, 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASC'],
    ['an opaque token', `the token ${OPAQUE} is unknown`, OPAQUE],
  ])('removes %s', (_name, text, secret) => {
    const error = new OAuthError({ error: 'invalid_request', error_description: text });
    for (const rendering of renderings(error)) expect(rendering).not.toContain(secret);
    expect(error.message).toContain('[redacted]');
  });

  it('keeps ordinary text', () => {
    const text = 'grant request is invalid (HTTP 400) at http://127.0.0.1:4000/a/consumer/api/v0/oidc/token';
    expect(new OAuthError({ error: 'invalid_grant', error_description: text }).message).toBe(`invalid_grant: ${text}`);
  });
});

describe('errors', () => {
  it('OAuthError carries the RFC 6749 fields and redacts what the server echoed', () => {
    const error = new OAuthError({
      error: 'invalid_grant',
      error_description: `refresh token ${OPAQUE} was revoked; assertion ${JWT}`,
      error_uri: 'https://docs.example.com/errors',
      status: 400,
    });
    expect(error).toMatchObject({
      name: 'OAuthError',
      details: { error: 'invalid_grant', status: 400, error_uri: 'https://docs.example.com/errors' },
    });
    for (const text of renderings(error)) {
      expect(text).toContain('invalid_grant');
      expect(text).not.toContain(OPAQUE);
      expect(text).not.toContain(JWT);
    }
    expect(inspect(error)).toContain('"status":400');
    expect(inspect(error)).toMatch(/\n\s+at /);
  });

  it('flattens newlines so a server cannot forge log lines', () => {
    const error = new OAuthError({ error: 'invalid_request', error_description: 'bad\nERROR forged line' });
    expect(error.message).toBe('invalid_request: bad ERROR forged line');
  });

  it('every error class redacts its message, toString and inspect output', () => {
    const leak = `code=${OPAQUE} ${JWT}`;
    const errors: Error[] = [
      new ReauthenticationRequiredError('invalid_grant', leak, { cause: new Error(`cause with ${JWT}`) }),
      new IdTokenValidationError('invalid_signature', leak),
      new AuthorizationResponseError('error_response', leak, { error: 'access_denied', error_description: leak }),
      new ProviderResponseError({ endpoint: 'discovery', reason: 'not_json', status: 502 }, leak),
      new TokenResponseError({ reason: 'connection_failed' }, leak),
      new TokenStoreError('io', leak, { cause: new Error(leak) }),
      new PrivateKeyError('unreadable', 'PS256', leak),
    ];
    for (const error of errors) {
      for (const text of renderings(error)) {
        expect(text).not.toContain(OPAQUE);
        expect(text).not.toContain(JWT);
      }
    }
  });

  it('names the class even when bundlers rename it, and keeps instanceof', () => {
    const error = new TokenResponseError({ reason: 'not_json' }, 'html');
    expect(error.name).toBe('TokenResponseError');
    expect(error).toBeInstanceOf(ProviderResponseError);
    expect(error).toBeInstanceOf(AuthError);
    expect(error.details.endpoint).toBe('token');
    expect(new ProviderResponseError({ endpoint: 'userinfo', reason: 'timeout' }, 'x').name).toBe(
      'ProviderResponseError',
    );
  });

  it('strips terminal escapes, OSC-8 links, bidi controls and NUL from server text, and caps its length', () => {
    const hostile = `bad\u001b[31m red\u001b]8;;https://evil.example\u0007click\u001b]8;;\u0007 \u202eevil\u0000 ${'x'.repeat(1_000_000)}`;
    const error = new OAuthError({ error: 'invalid_request', error_description: hostile });
    for (const text of [...renderings(error), String(error.details.error_description)]) {
      // biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for the control characters
      expect(text).not.toMatch(/[\u0000\u001b\u0007\u202e]/);
      expect(text).not.toContain('evil.example');
    }
    expect(error.message.length).toBeLessThanOrEqual(2_001);
    expect(String(error.details.error_description).length).toBeLessThanOrEqual(1_001);
  });
});

describe('codes and guards', () => {
  const samples = () => ({
    AuthError: new AuthError('x', {}),
    OAuthError: new OAuthError({ error: 'invalid_grant' }),
    ReauthenticationRequiredError: new ReauthenticationRequiredError('no_token', 'x'),
    IdTokenValidationError: new IdTokenValidationError('expired', 'x'),
    AuthorizationResponseError: new AuthorizationResponseError('state_mismatch', 'x'),
    ProviderResponseError: new ProviderResponseError({ endpoint: 'discovery', reason: 'timeout' }, 'x'),
    TokenResponseError: new TokenResponseError({ reason: 'timeout' }, 'x'),
    TokenStoreError: new TokenStoreError('corrupt', 'x'),
    PrivateKeyError: new PrivateKeyError('weak_key', 'PS256', 'x'),
  });

  it('every class has its own stable code, exported as a constant', () => {
    const codes = Object.fromEntries(Object.entries(samples()).map(([name, error]) => [name, error.code]));
    expect(codes).toEqual({
      AuthError: ERR_DTK_AUTH,
      OAuthError: ERR_DTK_AUTH_OAUTH,
      ReauthenticationRequiredError: ERR_DTK_AUTH_REAUTHENTICATION_REQUIRED,
      IdTokenValidationError: ERR_DTK_AUTH_ID_TOKEN_INVALID,
      AuthorizationResponseError: ERR_DTK_AUTH_AUTHORIZATION_RESPONSE,
      ProviderResponseError: ERR_DTK_AUTH_PROVIDER_RESPONSE,
      TokenResponseError: ERR_DTK_AUTH_TOKEN_RESPONSE,
      TokenStoreError: ERR_DTK_AUTH_TOKEN_STORE,
      PrivateKeyError: ERR_DTK_AUTH_PRIVATE_KEY,
    });
    expect(new Set(Object.values(codes)).size).toBe(9);
    for (const code of Object.values(codes)) expect(code).toMatch(/^ERR_DTK_AUTH/);
  });

  it('each guard accepts its class and subclasses only', () => {
    const all = samples();
    const guards = {
      isAuthError: Object.keys(all),
      isOAuthError: ['OAuthError'],
      isReauthenticationRequiredError: ['ReauthenticationRequiredError'],
      isIdTokenValidationError: ['IdTokenValidationError'],
      isAuthorizationResponseError: ['AuthorizationResponseError'],
      isProviderResponseError: ['ProviderResponseError', 'TokenResponseError'],
      isTokenResponseError: ['TokenResponseError'],
      isTokenStoreError: ['TokenStoreError'],
      isPrivateKeyError: ['PrivateKeyError'],
    };
    const functions = {
      isAuthError,
      isOAuthError,
      isReauthenticationRequiredError,
      isIdTokenValidationError,
      isAuthorizationResponseError,
      isProviderResponseError,
      isTokenResponseError,
      isTokenStoreError,
      isPrivateKeyError,
    };
    for (const [guard, accepted] of Object.entries(guards)) {
      for (const [name, error] of Object.entries(all)) {
        expect(functions[guard as keyof typeof functions](error), `${guard}(${name})`).toBe(accepted.includes(name));
      }
      expect(functions[guard as keyof typeof functions](new Error('x'))).toBe(false);
      expect(functions[guard as keyof typeof functions]({ code: ERR_DTK_AUTH_OAUTH })).toBe(false);
    }
  });
});

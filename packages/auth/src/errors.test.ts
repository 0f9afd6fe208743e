import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  AuthorizationResponseError,
  IdTokenValidationError,
  OAuthError,
  ProviderResponseError,
  ReauthenticationRequiredError,
  TokenResponseError,
} from './errors.js';

const JWT = 'eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJ1c2VyIn0.c2lnbmF0dXJlc2lnbmF0dXJl';
const OPAQUE = 'Zm9vYmFyYmF6cXV4cXV1eGNvcmdlZ3JhdWx0Z2FycGx5d2FsZG8';
const PEM = '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----';

/** Every way an error reaches a log. */
function renderings(error: Error): string[] {
  return [error.message, String(error), error.toString(), inspect(error), inspect({ wrapped: error }), JSON.stringify(error)];
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
    expect(error).toMatchObject({ name: 'OAuthError', error: 'invalid_grant', status: 400, error_uri: 'https://docs.example.com/errors' });
    for (const text of renderings(error)) {
      expect(text).toContain('invalid_grant');
      expect(text).not.toContain(OPAQUE);
      expect(text).not.toContain(JWT);
    }
    expect(inspect(error)).toContain('status: 400');
    expect(inspect(error)).toMatch(/\n\s+at /);
  });

  it('flattens newlines so a server cannot forge log lines', () => {
    const error = new OAuthError({ error: 'invalid_request', error_description: 'bad\nERROR forged line' });
    expect(error.message).toBe('invalid_request: bad ERROR forged line');
  });

  it('every error class redacts its message, toString and inspect output', () => {
    const leak = `code=${OPAQUE} ${JWT}`;
    const errors: Error[] = [
      new ReauthenticationRequiredError('invalid_grant', leak, new Error(`cause with ${JWT}`)),
      new IdTokenValidationError('invalid_signature', leak),
      new AuthorizationResponseError('error_response', leak, { error: 'access_denied', error_description: leak }),
      new ProviderResponseError('discovery', 'not_json', leak, 502),
      new TokenResponseError('connection_failed', leak),
    ];
    for (const error of errors) {
      for (const text of renderings(error)) {
        expect(text).not.toContain(OPAQUE);
        expect(text).not.toContain(JWT);
      }
    }
  });

  it('names the class even when bundlers rename it, and keeps instanceof', () => {
    const error = new TokenResponseError('not_json', 'html');
    expect(error.name).toBe('TokenResponseError');
    expect(error).toBeInstanceOf(ProviderResponseError);
    expect(error.endpoint).toBe('token');
    expect(new ProviderResponseError('userinfo', 'timeout', 'x').name).toBe('ProviderResponseError');
  });
});

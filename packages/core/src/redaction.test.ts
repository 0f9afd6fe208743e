import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cleanText,
  isSecret,
  isSecretName,
  REDACTED,
  redactHeaders,
  redactPath,
  redactText,
  redactUrl,
  redactValue,
  SecretSet,
  safeMessage,
} from './redaction.js';

// The one set of test vectors for every redaction in the workspace (auth and runtime use these functions).
const JWT = 'eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJ1c2VyIn0.c2lnbmF0dXJlc2lnbmF0dXJl';
const OPAQUE = 'Zm9vYmFyYmF6cXV4cXV1eGNvcmdlZ3JhdWx0Z2FycGx5d2FsZG8';
const RANDOM = 'k9Xq2LmR7vTz4WpB8nYc3HdF6sJg';
const PEM = '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----';

describe('isSecretName', () => {
  it.each([
    'access_token',
    'refresh_token',
    'id_token',
    'client_secret',
    'code',
    'code_verifier',
    'client_assertion',
    'password',
    'api_key',
    'apiKey',
    'X-Api-Key',
    'x-api-key',
    'Authorization',
    'proxy-authorization',
    'Cookie',
    'set-cookie',
    'accesstoken',
    'accessToken',
    'apitoken',
    'clientsecret',
    'privatekey',
    'private_key',
    'X-Amz-Signature',
    'x-csrf-token',
    'session',
    'x-session-id',
    'authorization_code',
    'device_code',
    'DPoP',
    'x-auth',
    'passphrase',
    'credentials',
  ])('%s is secret', (name) => {
    expect(isSecretName(name)).toBe(true);
  });

  it.each([
    'limit',
    'offset',
    'userId',
    'accountId',
    'content-type',
    'x-request-id',
    'errorCode',
    'statusCode',
    'scope',
    'token_type',
    'expires_in',
    'idempotency-key',
    'kid',
    'session_state',
    'code_challenge',
    'code_challenge_method',
  ])('%s is not', (name) => {
    expect(isSecretName(name)).toBe(false);
  });

  it('treats a bare code as an error code in JSON and as an authorization code in a URL', () => {
    expect(isSecretName('code')).toBe(true);
    expect(isSecretName('code', 'json')).toBe(false);
    expect(isSecret('x-custom', 'Bearer xyz')).toBe(true);
    expect(isSecret('x-custom', JWT)).toBe(true);
  });
});

describe('redactText', () => {
  it.each([
    ['a JWT', `token ${JWT} expired`, JWT],
    ['a JWT ending a sentence', `token ${JWT}.`, JWT],
    ['a bearer header', `Authorization: Bearer ${OPAQUE.slice(0, 20)}`, OPAQUE.slice(0, 20)],
    ['a basic header', 'Authorization: Basic dXNlcjpzM2NyZXQ=', 'dXNlcjpzM2NyZXQ='],
    ['a form secret', 'client_id=app&client_secret=s3cr3t&code=abc123', 's3cr3t'],
    ['a form code', 'client_id=app&client_secret=s3cr3t&code=abc123', 'abc123'],
    ['a code verifier', 'code_verifier=shortverifier', 'shortverifier'],
    ['a client assertion', 'client_assertion=xyz.abc.def', 'xyz.abc.def'],
    ['a JSON refresh token', '{"refresh_token":"rt-1234","scope":"openid"}', 'rt-1234'],
    ['a JSON secret with spaces', '{"client_secret": "two words"}', 'two words'],
    ['a colon pair, unquoted', 'client_secret: hunter22 rejected', 'hunter22'],
    ['a camelCase name', 'accessToken=abcdef', 'abcdef'],
    ['a concatenated name', 'clientsecret=abcdef', 'abcdef'],
    ['a PEM key', `key: ${PEM}`, 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASC'],
    ['a PEM key cut short', '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqh', 'MIIEvQIBADANBgkqh'],
    ['an opaque token', `the token ${OPAQUE} is unknown`, OPAQUE],
    ['a random run', `unknown handle ${RANDOM}.`, RANDOM],
    ['a pair inside the value of an ordinary pair', 'invalid_request: code_verifier=shortverifier', 'shortverifier'],
    [
      'a pair after several ordinary ones',
      'error: invalid_client, reason: client_assertion=xyz.abc.def',
      'xyz.abc.def',
    ],
  ])('removes %s', (_name, text, secret) => {
    const redacted = redactText(text);
    expect(redacted).not.toContain(secret);
    expect(redacted).toContain(REDACTED);
  });

  it('keeps what people need to read: ids, codes, paths, media types, URLs, ordinary words', () => {
    const kept = [
      'User 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found.',
      'NOT_FOUND: The requested resource was not found.',
      'PATCH /a/consumer/api/v0/users/{userId} needs application/merge-patch+json',
      'request 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 failed',
      'invalid_client: client authentication failed',
      'invalid_grant: grant request is invalid (HTTP 400) at http://127.0.0.1:4000/a/consumer/api/v0/oidc/token',
      '{"errorCode": 404, "messages": "Not found", "code": "NOT_FOUND"}',
      'limit=500&offset=0&since=2026-01-01',
    ];
    for (const text of kept) expect(redactText(text)).toBe(text);
  });

  it('removes exact known secrets that no pattern recognises: short, hex, UUID, single-case', () => {
    const secrets = new SecretSet(['deadbeefcafe', '3fa85f64-5717-4562-b3fc-2c963f66afa6', 'lowercasetoken', 'a b+c']);
    const text =
      'got deadbeefcafe, 3fa85f64-5717-4562-b3fc-2c963f66afa6, LOWERCASETOKEN lowercasetoken, a%20b%2Bc and a+b%2Bc';
    const redacted = redactText(text, secrets);
    expect(redacted).toBe(`got ${REDACTED}, ${REDACTED}, LOWERCASETOKEN ${REDACTED}, ${REDACTED} and ${REDACTED}`);
  });

  it('ignores exact secrets too short to search for', () => {
    expect(redactText('a b c', new SecretSet(['a', 'ab']))).toBe('a b c');
  });

  it('never lets the value of a secret-named pair through', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          'access_token',
          'client_secret',
          'code',
          'password',
          'code_verifier',
          'client_assertion',
          'apitoken',
        ),
        fc.constantFrom('=', ': ', '":"', ' = '),
        fc.stringMatching(/^[\w.~+/-]{1,40}$/),
        (name, separator, value) => {
          fc.pre(!(name === 'code' && separator.startsWith('"'))); // a JSON "code" is an error code (kept)
          return redactText(`${name}${separator}${value}`) === `${name}${separator}${REDACTED}`;
        },
      ),
    );
  });

  it('never lets an exact secret through, wherever it sits', () => {
    fc.assert(
      fc.property(fc.string(), fc.string({ minLength: 4 }), fc.string(), (before, secret, after) => {
        return !redactText(`${before}${secret}${after}`, new SecretSet([secret])).includes(secret);
      }),
    );
  });
});

describe('redactUrl and redactPath', () => {
  it('redacts userinfo, fragments and secret-looking query values', () => {
    expect(redactUrl('https://user:pass@api.example/a/b?access_token=abc&limit=10&code_verifier=v#frag')).toBe(
      `https://${REDACTED}@api.example/a/b?access_token=${REDACTED}&limit=10&code_verifier=${REDACTED}`,
    );
    expect(redactUrl('https://api.example/x?apiKey=1&X-Amz-Signature=2&offset=0&client_secret=3')).toBe(
      `https://api.example/x?apiKey=${REDACTED}&X-Amz-Signature=${REDACTED}&offset=0&client_secret=${REDACTED}`,
    );
  });

  it('redacts JWT-shaped values whatever their name, and known secrets in the path', () => {
    expect(redactUrl(`https://api.example/x?q=${JWT}`)).toBe(`https://api.example/x?q=${REDACTED}`);
    expect(redactPath('https://api.example/keys/abcd1234/x', new SecretSet(['abcd1234']))).toBe(`/keys/${REDACTED}/x`);
  });

  it('keeps ordinary Banno parameters', () => {
    const url = 'https://api.example/users/u/accounts/a/transactions?offset=0&limit=500&since=2026-01-01T00%3A00%3A00Z';
    expect(redactUrl(url)).toBe(url);
  });

  it('never echoes an unparseable URL', () => {
    expect(redactUrl('not a url token=abc')).toBe('[unparseable url]');
  });

  it('never lets a secret query value through', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          'access_token',
          'id_token',
          'refresh_token',
          'client_secret',
          'code',
          'password',
          'api_key',
          'apitoken',
        ),
        fc.string({ minLength: 1 }),
        (name, value) =>
          new URL(redactUrl(`https://api.example/x?${name}=${encodeURIComponent(value)}`)).searchParams.get(name) ===
          REDACTED,
      ),
    );
  });
});

describe('redactHeaders', () => {
  it('redacts secret-named headers, credential values under any name, and known secrets in the others', () => {
    const headers = new Headers({
      Authorization: 'Bearer abc',
      Cookie: 'sid=1',
      'X-Api-Key': 'k',
      accesstoken: 'tok',
      'X-Forwarded-Credential': 'Bearer hidden',
      'X-Echo': 'you sent s3cr3t-value',
      'Content-Type': 'application/json',
    });
    expect(redactHeaders(headers, new SecretSet(['s3cr3t-value']))).toEqual({
      authorization: REDACTED,
      cookie: REDACTED,
      'x-api-key': REDACTED,
      accesstoken: REDACTED,
      'x-forwarded-credential': REDACTED,
      'x-echo': `you sent ${REDACTED}`,
      'content-type': 'application/json',
    });
  });

  it('takes plain objects and entry lists too', () => {
    expect(redactHeaders({ 'X-Api-Token': 't', Accept: '*/*' })).toEqual({ 'x-api-token': REDACTED, accept: '*/*' });
    expect(redactHeaders([['privateKey', 'x']])).toEqual({ privatekey: REDACTED });
  });
});

describe('redactValue', () => {
  it('redacts secret-named fields and strings deeply, keeping error codes', () => {
    const body = {
      errorCode: 401,
      code: 'EXPIRED',
      messages: `token ${JWT} expired`,
      nested: [{ access_token: 'abc' }],
      ok: true,
    };
    expect(redactValue(body)).toEqual({
      errorCode: 401,
      code: 'EXPIRED',
      messages: `token ${REDACTED} expired`,
      nested: [{ access_token: REDACTED }],
      ok: true,
    });
  });

  it('removes exact secrets echoed anywhere in a body', () => {
    expect(redactValue({ echo: ['you sent deadbeef1234'] }, new SecretSet(['deadbeef1234']))).toEqual({
      echo: [`you sent ${REDACTED}`],
    });
  });

  it('removes exact secrets and credentials used as keys, as a server keying validation errors by value does', () => {
    const body = { errors: { 'Bearer deadbeef1234': 'invalid', deadbeef1234: 'unknown', [`jwt ${JWT}`]: 'bad' } };
    const printed = JSON.stringify(redactValue(body, new SecretSet(['deadbeef1234'])));
    expect(printed).not.toContain('deadbeef1234');
    expect(printed).not.toContain(JWT);
    expect(printed).toContain('invalid');
  });

  it('bounds depth and size', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 20; i++) deep = { deep };
    expect(JSON.stringify(redactValue(deep))).toContain('[truncated]');
    expect((redactValue(Array.from({ length: 5000 }, () => 1)) as unknown[]).length).toBeLessThanOrEqual(1000);
  });
});

describe('cleanText and safeMessage', () => {
  it('removes terminal escapes, OSC-8 links, bidi controls and NUL, and collapses whitespace', () => {
    const hostile =
      'a\u001b[31mred\u001b[0m \u001b]8;;https://evil.example\u0007link\u001b]8;;\u0007 \u202eevil\u202c\u0000end\r\nnext';
    expect(cleanText(hostile)).toBe('ared link evil end next');
  });

  it('cuts at maxLength with an ellipsis', () => {
    expect(cleanText('x'.repeat(20), 10)).toBe(`${'x'.repeat(10)}…`);
    expect(safeMessage('y'.repeat(5000), { maxLength: 100 })).toHaveLength(101);
  });

  it('recognises a secret the cut would halve', () => {
    expect(safeMessage(`${'.'.repeat(15)} ${RANDOM}`, { maxLength: 20 })).toBe(`${'.'.repeat(15)} [red…`);
  });

  it('removes a known secret that runs past what is scanned for patterns, however it is shaped', () => {
    // A long single-case hex key, which no shape rule catches, echoed where the cut to 2 × maxLength falls.
    const key = Array.from({ length: 160 }, (_, i) => '0123456789abcdef'[(i * 7 + 3) % 16]).join('');
    const message = safeMessage(`bad key ${key} rejected`, { maxLength: 60, secrets: [key] });
    expect(message).toBe(`bad key ${REDACTED} rejected`);
    const withoutKnowingIt = safeMessage(`bad key ${key} rejected`, { maxLength: 60 });
    expect(withoutKnowingIt.startsWith(`bad key ${key.slice(0, 20)}`)).toBe(true);
  });

  it('removes exact secrets and patterns together', () => {
    expect(safeMessage('refresh token abcd-1234 rejected; client_secret: x9', { secrets: ['abcd-1234'] })).toBe(
      `refresh token ${REDACTED} rejected; client_secret: ${REDACTED}`,
    );
  });
});

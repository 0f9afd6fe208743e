import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSecret, redactedExcerpt, redactHeaders, redactPath, redactText, redactUrl } from './redact.js';

describe('redactUrl', () => {
  it('redacts userinfo, fragments and secret-looking query values', () => {
    expect(redactUrl('https://user:pass@api.example/a/b?access_token=abc&limit=10&code_verifier=v#frag')).toBe(
      'https://redacted@api.example/a/b?access_token=[redacted]&limit=10&code_verifier=[redacted]',
    );
    expect(redactUrl('https://api.example/x?apiKey=1&X-Amz-Signature=2&offset=0&client_secret=3')).toBe(
      'https://api.example/x?apiKey=[redacted]&X-Amz-Signature=[redacted]&offset=0&client_secret=[redacted]',
    );
  });

  it('redacts JWT-shaped values whatever their name', () => {
    expect(redactUrl('https://api.example/x?q=eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.sig')).toBe('https://api.example/x?q=[redacted]');
  });

  it('keeps ordinary Banno parameters', () => {
    const url = 'https://api.example/users/u/accounts/a/transactions?offset=0&limit=500&since=2026-01-01T00%3A00%3A00Z';
    expect(redactUrl(url)).toBe(url);
    expect(redactPath(url)).toBe('/users/u/accounts/a/transactions?offset=0&limit=500&since=2026-01-01T00%3A00%3A00Z');
  });

  it('never echoes an unparseable URL', () => {
    expect(redactUrl('not a url token=abc')).toBe('[unparseable url]');
  });

  it('never lets a secret query value through', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('access_token', 'id_token', 'refresh_token', 'client_secret', 'code', 'password', 'api_key'),
        fc.string({ minLength: 1 }),
        (name, value) => {
          const redacted = new URL(redactUrl(`https://api.example/x?${name}=${encodeURIComponent(value)}`));
          return redacted.searchParams.get(name) === '[redacted]';
        },
      ),
    );
  });
});

describe('redactHeaders', () => {
  it('redacts Authorization, cookies and key headers, and bearer values under any name', () => {
    const headers = new Headers({
      Authorization: 'Bearer abc',
      Cookie: 'sid=1',
      'X-Api-Key': 'k',
      'X-Forwarded-Credential': 'Bearer hidden',
      'Content-Type': 'application/json',
    });
    expect(redactHeaders(headers)).toEqual({
      authorization: '[redacted]',
      cookie: '[redacted]',
      'x-api-key': '[redacted]',
      'x-forwarded-credential': '[redacted]',
      'content-type': 'application/json',
    });
    expect(isSecret('X-Custom', 'bearer xyz')).toBe(true);
    expect(isSecret('limit', '10')).toBe(false);
  });
});

describe('redactText', () => {
  const opaque = 'k9Xq2LmR7vTz4WpB8nYc3HdF6sJg';
  const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1In0.c2lnbmF0dXJl';

  it('redacts secret-named pairs in forms and JSON, JWTs, bearer credentials and random-looking runs', () => {
    expect(redactText('access_token=abc&expires_in=600')).toBe('access_token=[redacted]&expires_in=600');
    expect(redactText('{"refresh_token": "r1", "scope": "openid"}')).toBe('{"refresh_token": "[redacted]", "scope": "openid"}');
    expect(redactText(`invalid_grant: grant ${jwt} expired`)).toBe('invalid_grant: grant [redacted] expired');
    expect(redactText('Authorization: Bearer abc.def')).toBe('Authorization: [redacted]');
    expect(redactText(`unknown handle ${opaque}.`)).toBe('unknown handle [redacted]');
  });

  it('keeps what people need to read: ids, codes, paths, media types, ordinary words', () => {
    const kept = [
      'User 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found.',
      'NOT_FOUND: The requested resource was not found.',
      'PATCH /a/consumer/api/v0/users/{userId} needs application/merge-patch+json',
      'request 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 failed',
      'invalid_client: client authentication failed',
    ];
    for (const text of kept) expect(redactText(text)).toBe(text);
  });

  it('never lets the value of a secret-named pair through', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('access_token', 'client_secret', 'code', 'password', 'code_verifier', 'client_assertion'),
        fc.constantFrom('=', ': ', '":"'),
        fc.stringMatching(/^[\w.~+/-]{1,40}$/),
        (name, separator, value) => redactText(`${name}${separator}${value}`) === `${name}${separator}[redacted]`,
      ),
    );
  });
});

describe('redactedExcerpt', () => {
  it('collapses whitespace and control characters and cuts with an ellipsis', () => {
    expect(redactedExcerpt('a\n\tb\u0000c', 10)).toBe('a b c');
    expect(redactedExcerpt('x'.repeat(20), 10)).toBe(`${'x'.repeat(10)}…`);
  });

  it('recognises a secret the cut would halve', () => {
    const token = 'k9Xq2LmR7vTz4WpB8nYc3HdF6sJg';
    expect(redactedExcerpt(`${'.'.repeat(15)} ${token}`, 20)).toBe(`${'.'.repeat(15)} [red…`);
  });
});

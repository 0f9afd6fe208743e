import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSecret, redactHeaders, redactPath, redactUrl } from './redact.js';

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

import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { TokenResponseError } from './errors.js';
import { isBearerToken, normalizeTokenResponse, scopesOf } from './token-set.js';

const receivedAt = Date.UTC(2026, 0, 1, 12, 0, 0);

async function jwtWithExp(exp: number): Promise<string> {
  return new SignJWT({ exp }).setProtectedHeader({ alg: 'HS256' }).sign(new Uint8Array(32));
}

describe('normalizeTokenResponse', () => {
  it('counts expires_in from receipt', () => {
    const tokens = normalizeTokenResponse({ access_token: 'a', token_type: 'Bearer', expires_in: 600 }, { receivedAt });
    expect(tokens).toEqual({ accessToken: 'a', tokenType: 'Bearer', receivedAt, expiresAt: receivedAt + 600_000 });
  });

  it('accepts expires_in as a numeric string', () => {
    expect(normalizeTokenResponse({ access_token: 'a', expires_in: '300' }, { receivedAt }).expiresAt).toBe(
      receivedAt + 300_000,
    );
  });

  it('prefers expires_in over expires_at (immune to server clock skew)', () => {
    const body = { access_token: 'a', expires_in: 60, expires_at: '2030-01-01T00:00:00Z' };
    expect(normalizeTokenResponse(body, { receivedAt }).expiresAt).toBe(receivedAt + 60_000);
  });

  it.each([
    ['an ISO 8601 date (Banno quickstart)', '2026-01-01T12:10:00.000Z', Date.UTC(2026, 0, 1, 12, 10)],
    ['an ISO date with offset', '2026-01-01T13:10:00+01:00', Date.UTC(2026, 0, 1, 12, 10)],
    ['epoch seconds', Date.UTC(2026, 0, 1, 12, 10) / 1000, Date.UTC(2026, 0, 1, 12, 10)],
    ['epoch seconds as a string', String(Date.UTC(2026, 0, 1, 12, 10) / 1000), Date.UTC(2026, 0, 1, 12, 10)],
    ['epoch milliseconds', Date.UTC(2026, 0, 1, 12, 10), Date.UTC(2026, 0, 1, 12, 10)],
  ])('reads expires_at given as %s', (_name, expiresAt, expected) => {
    expect(normalizeTokenResponse({ access_token: 'a', expires_at: expiresAt }, { receivedAt }).expiresAt).toBe(
      expected,
    );
  });

  it("falls back to the access token's exp claim", async () => {
    const exp = Math.floor(receivedAt / 1000) + 900;
    const tokens = normalizeTokenResponse(
      { access_token: await jwtWithExp(exp), token_type: 'Bearer' },
      { receivedAt },
    );
    expect(tokens.expiresAt).toBe(exp * 1000);
  });

  it('falls through an unreadable expires_at to the JWT exp, then to unknown', async () => {
    const exp = Math.floor(receivedAt / 1000) + 900;
    expect(
      normalizeTokenResponse({ access_token: await jwtWithExp(exp), expires_at: 'soon' }, { receivedAt }).expiresAt,
    ).toBe(exp * 1000);
    expect(
      normalizeTokenResponse({ access_token: 'opaque', expires_at: 'soon' }, { receivedAt }).expiresAt,
    ).toBeUndefined();
    expect(
      normalizeTokenResponse({ access_token: 'opaque', expires_in: -5 }, { receivedAt }).expiresAt,
    ).toBeUndefined();
  });

  it('keeps refresh token, ID token and scope', () => {
    const tokens = normalizeTokenResponse(
      { access_token: 'a', token_type: 'bearer', refresh_token: 'r', id_token: 'i', scope: 'openid accounts' },
      { receivedAt },
    );
    expect(tokens).toMatchObject({ refreshToken: 'r', idToken: 'i', scope: 'openid accounts', tokenType: 'bearer' });
    expect(scopesOf(tokens)).toEqual(['openid', 'accounts']);
    expect(scopesOf({ ...tokens, scope: undefined })).toBeUndefined();
  });

  it.each([
    ['null', null],
    ['an array', [1]],
    ['no access_token', { token_type: 'Bearer' }],
    ['a numeric access_token', { access_token: 42 }],
    ['a numeric refresh_token', { access_token: 'a', refresh_token: 7 }],
  ])('rejects %s with a TokenResponseError', (_name, body) => {
    expect(() => normalizeTokenResponse(body, { receivedAt })).toThrow(TokenResponseError);
  });
});

describe('received tokens are checked against their syntax (RFC 6750 §2.1, RFC 6749 Appendix A)', () => {
  const TOKEN = 'at-secret-value-0123';
  it.each([
    ['a NUL', `${TOKEN}\u0000x`],
    ['a CR LF', `${TOKEN}\r\nX-Injected: 1`],
    ['a space', `${TOKEN} more`],
    ['a non-ASCII character', `${TOKEN}é`],
    ['a quote', `${TOKEN}"`],
  ])('an access token with %s is refused with a fixed message that does not quote it', (_name, accessToken) => {
    let error: unknown;
    try {
      normalizeTokenResponse({ access_token: accessToken, token_type: 'Bearer' }, { receivedAt });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(TokenResponseError);
    expect((error as Error).message).toBe(
      'token response "access_token" has characters that RFC 6750 §2.1 does not allow in a bearer-token',
    );
    expect(JSON.stringify(error)).not.toContain(TOKEN);
  });

  it('a refresh token with a control character is refused; the b64token alphabet and padding are accepted', () => {
    expect(() => normalizeTokenResponse({ access_token: 'a', refresh_token: 'r\nx' }, { receivedAt })).toThrow(
      /refresh_token" must be visible ASCII/,
    );
    expect(
      normalizeTokenResponse({ access_token: 'aZ09-._~+/==', token_type: 'Bearer' }, { receivedAt }).accessToken,
    ).toBe('aZ09-._~+/==');
    expect(isBearerToken('a=b')).toBe(false);
    expect(isBearerToken('x'.repeat(20_000))).toBe(false);
  });
});

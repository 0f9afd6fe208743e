import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  computeCodeChallenge,
  createPkcePair,
  isValidCodeVerifier,
  validateRedirectUri,
} from './authorization-request.js';

const octet = fc.integer({ min: 0, max: 255 });
const path = fc.constantFrom('/', '/callback', '/auth/cb?x=1', '');
const port = fc.option(fc.integer({ min: 1, max: 65535 }), { nil: undefined });
const withPort = (host: string, p: number | undefined) => (p === undefined ? host : `${host}:${p}`);

/** IPv4 addresses outside 127/8, 10/8, 172.16/12 and 192.168/16. */
const publicIpv4 = fc
  .tuple(octet, octet, octet, octet)
  .filter(([a, b]) => a !== 127 && a !== 10 && !(a === 172 && b >= 16 && b <= 31) && !(a === 192 && b === 168))
  .map((o) => o.join('.'));

const privateIpv4 = fc.oneof(
  fc.tuple(octet, octet, octet).map(([b, c, d]) => `127.${b}.${c}.${d}`),
  fc.tuple(octet, octet, octet).map(([b, c, d]) => `10.${b}.${c}.${d}`),
  fc.tuple(fc.integer({ min: 16, max: 31 }), octet, octet).map(([b, c, d]) => `172.${b}.${c}.${d}`),
  fc.tuple(octet, octet).map(([c, d]) => `192.168.${c}.${d}`),
);

const label = fc.stringMatching(/^[a-z][a-z0-9-]{0,10}[a-z0-9]$/);
const dnsName = fc.array(label, { minLength: 1, maxLength: 3 }).map((l) => `${l.join('.')}.com`);

describe('validateRedirectUri', () => {
  it.each([
    ['https://app.example.com/callback', true],
    ['http://localhost:8080/cb', true],
    ['http://LOCALHOST/cb', true],
    ['http://myhost.local/cb', true],
    ['http://127.0.0.1:8765/callback', true],
    ['http://172.16.0.1/cb', true],
    ['http://172.31.255.255/cb', true],
    ['http://192.168.1.10/cb', true],
    ['http://10.1.2.3/cb', true],
    ['http://172.15.0.1/cb', false],
    ['http://172.32.0.1/cb', false],
    ['http://192.169.0.1/cb', false],
    ['http://example.com/cb', false],
    ['http://local/cb', false],
    ['http://[::1]:8080/cb', false],
    ['com.example.app:/callback', false],
  ])('%s → ok=%s', (uri, ok) => {
    expect(validateRedirectUri(uri).ok).toBe(ok);
  });

  it('names the rule that failed', () => {
    expect(validateRedirectUri('/relative/path')).toEqual({ ok: false, reason: 'invalid_url' });
    expect(validateRedirectUri('not a url')).toEqual({ ok: false, reason: 'invalid_url' });
    expect(validateRedirectUri('https://app.example.com/cb#frag')).toEqual({
      ok: false,
      reason: 'fragment_not_allowed',
    });
    expect(validateRedirectUri('https://app.example.com/cb#')).toEqual({ ok: false, reason: 'fragment_not_allowed' });
    expect(validateRedirectUri('http://example.com/cb')).toEqual({ ok: false, reason: 'https_required' });
  });

  it('property: HTTPS is accepted for any host', () => {
    fc.assert(
      fc.property(fc.oneof(dnsName, publicIpv4, privateIpv4), port, path, (host, p, rest) => {
        expect(validateRedirectUri(`https://${withPort(host, p)}${rest}`)).toEqual({ ok: true });
      }),
    );
  });

  it('property: plain HTTP is accepted exactly for localhost, *.local and the private IPv4 ranges', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          privateIpv4,
          label.map((l) => `${l}.local`),
          fc.constant('localhost'),
        ),
        port,
        path,
        (host, p, rest) => {
          expect(validateRedirectUri(`http://${withPort(host, p)}${rest}`)).toEqual({ ok: true });
        },
      ),
    );
    fc.assert(
      fc.property(fc.oneof(publicIpv4, dnsName), port, path, (host, p, rest) => {
        expect(validateRedirectUri(`http://${withPort(host, p)}${rest}`)).toEqual({
          ok: false,
          reason: 'https_required',
        });
      }),
    );
  });

  it('property: a fragment is always rejected, whatever else holds', () => {
    fc.assert(
      fc.property(
        fc.oneof(dnsName, privateIpv4),
        fc.constantFrom('http', 'https'),
        fc.string(),
        (host, scheme, fragment) => {
          const result = validateRedirectUri(`${scheme}://${host}/cb#${fragment}`);
          expect(result.ok).toBe(false);
        },
      ),
    );
  });

  // fast-check's webPath generator is slow on a loaded machine: a plain predicate and a roomy timeout.
  it('property: relative references are rejected', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(fc.webPath(), (relative) => {
        const result = validateRedirectUri(relative);
        return !result.ok && result.reason === 'invalid_url';
      }),
    );
  });
});

const UNRESERVED = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~';
const verifierArbitrary = fc
  .array(fc.constantFrom(...UNRESERVED), { minLength: 43, maxLength: 128 })
  .map((chars) => chars.join(''));

describe('PKCE (RFC 7636)', () => {
  it('matches the Appendix B test vector', async () => {
    await expect(computeCodeChallenge('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).resolves.toBe(
      'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
    );
  });

  it('creates a well-formed, fresh verifier every time', async () => {
    const pairs = await Promise.all(Array.from({ length: 50 }, () => createPkcePair()));
    for (const pair of pairs) {
      expect(isValidCodeVerifier(pair.codeVerifier)).toBe(true);
      expect(pair.codeChallengeMethod).toBe('S256');
      expect(pair.codeChallenge).toBe(await computeCodeChallenge(pair.codeVerifier));
    }
    expect(new Set(pairs.map((p) => p.codeVerifier)).size).toBe(pairs.length);
  });

  it('property: any valid verifier gives a 43-character unpadded base64url challenge, deterministically', async () => {
    await fc.assert(
      fc.asyncProperty(verifierArbitrary, async (verifier) => {
        const challenge = await computeCodeChallenge(verifier);
        expect(challenge).toMatch(/^[A-Za-z0-9_-]{43}$/);
        expect(await computeCodeChallenge(verifier)).toBe(challenge);
      }),
    );
  });

  it('property: verifiers shorter than 43, longer than 128 or with other characters are refused', async () => {
    const tooShort = fc.array(fc.constantFrom(...UNRESERVED), { maxLength: 42 }).map((c) => c.join(''));
    const tooLong = fc.array(fc.constantFrom(...UNRESERVED), { minLength: 129, maxLength: 300 }).map((c) => c.join(''));
    const badChar = fc
      .tuple(verifierArbitrary, fc.constantFrom('+', '/', '=', ' ', '%', 'é', '\n'), fc.nat())
      .map(([v, c, i]) => {
        const at = i % v.length;
        return v.slice(0, at) + c + v.slice(at + 1);
      });
    await fc.assert(
      fc.asyncProperty(fc.oneof(tooShort, tooLong, badChar), async (verifier) => {
        expect(isValidCodeVerifier(verifier)).toBe(false);
        await expect(computeCodeChallenge(verifier)).rejects.toThrow(TypeError);
      }),
    );
  });
});

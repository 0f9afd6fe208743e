import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeCodeChallenge, createPkcePair, isValidCodeVerifier } from './pkce.js';

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

// Property tests with hostile input for the sign-in side of @dtk/auth: PKCE, Banno's redirect-URI rules and the
// callback parser. Each property is checked against an oracle of its own (node:crypto, node:net's BlockList, the
// URL standard), never against the code under test.
import { createHash } from 'node:crypto';
import { BlockList, isIPv4 } from 'node:net';
import { inspect } from 'node:util';
import {
  computeCodeChallenge,
  createPkcePair,
  handleCallback,
  isAuthError,
  isValidCodeVerifier,
  validateRedirectUri,
} from '@dtk/auth';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recordError, seeSecret } from './support/hygiene.js';
import { reportFigures } from './support/results.js';

const RUNS = 2_000;
const UNRESERVED = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~'.split('');
const runs: Record<string, number> = {};
const counted = (name: string, parameters: fc.Parameters<unknown> = {}) => {
  runs[name] = parameters.numRuns ?? RUNS;
  return { numRuns: RUNS, ...parameters };
};

const verifierChar = fc.constantFrom(...UNRESERVED);
const validVerifier = fc.string({ unit: verifierChar, minLength: 43, maxLength: 128 });
const hostileText = fc.string({ unit: 'grapheme', maxLength: 200 });
/**
 * An error as `console.log` prints it, less its stack frames: they name files and functions (fast-check's
 * `propertyExecution` once matched a generated code "property"), not anything the error carries.
 */
const printedWithoutFrames = (error: unknown) =>
  inspect(error)
    .split('\n')
    .filter((line) => !/^\s+at /.test(line))
    .join('\n');
const base64url = (bytes: Buffer) => bytes.toString('base64url');

describe('PKCE (RFC 7636)', () => {
  it('accepts exactly 43–128 unreserved characters, and the challenge is base64url(SHA-256)', async () => {
    await fc.assert(
      fc.asyncProperty(validVerifier, async (verifier) => {
        expect(isValidCodeVerifier(verifier)).toBe(true);
        expect(await computeCodeChallenge(verifier)).toBe(base64url(createHash('sha256').update(verifier).digest()));
      }),
      counted('PKCE: valid verifiers'),
    );
  });

  it('refuses everything else with a TypeError that does not quote the verifier', async () => {
    const outside = fc.oneof(
      fc.string({ unit: verifierChar, maxLength: 42 }),
      fc.string({ unit: verifierChar, minLength: 129, maxLength: 400 }),
      fc
        .tuple(validVerifier, fc.string({ unit: 'binary', minLength: 1, maxLength: 4 }), fc.nat())
        .map(([verifier, intruder, at]) => {
          const position = at % (verifier.length + 1);
          return verifier.slice(0, position) + intruder + verifier.slice(position);
        })
        .filter((text) => !/^[A-Za-z0-9\-._~]*$/.test(text)),
    );
    await fc.assert(
      fc.asyncProperty(outside, async (verifier) => {
        const accepted = /^[A-Za-z0-9\-._~]{43,128}$/.test(verifier);
        expect(isValidCodeVerifier(verifier)).toBe(accepted);
        if (accepted) return;
        const error = await computeCodeChallenge(verifier).then(
          () => undefined,
          (rejection: unknown) => rejection,
        );
        expect(error).toBeInstanceOf(TypeError);
        if (verifier.length >= 8) expect((error as Error).message).not.toContain(verifier);
      }),
      counted('PKCE: hostile verifiers'),
    );
  });

  it('fresh pairs are valid, S256, and never repeat', async () => {
    const seen = new Set<string>();
    for (let round = 0; round < 500; round++) {
      const pair = await createPkcePair();
      expect(isValidCodeVerifier(pair.codeVerifier)).toBe(true);
      expect(pair.codeChallenge).toBe(base64url(createHash('sha256').update(pair.codeVerifier).digest()));
      expect(pair.codeChallengeMethod).toBe('S256');
      seen.add(pair.codeVerifier);
    }
    runs['PKCE: fresh pairs'] = 500;
    expect(seen.size).toBe(500);
  });
});

// Banno's plain-HTTP list, as an independent oracle.
const plainHttpRanges = new BlockList();
for (const [network, prefix] of [
  ['127.0.0.0', 8],
  ['10.0.0.0', 8],
  ['172.16.0.0', 12],
  ['192.168.0.0', 16],
] as const) {
  plainHttpRanges.addSubnet(network, prefix, 'ipv4');
}
const plainHttpAllowed = (hostname: string) =>
  hostname === 'localhost' ||
  hostname.endsWith('.local') ||
  (isIPv4(hostname) && plainHttpRanges.check(hostname, 'ipv4'));

const ipv4 = fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255), fc.nat(255)).map((octets) => octets.join('.'));
const label = fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,10}[a-z0-9])?$/);
const host = fc.oneof(
  ipv4,
  fc.constantFrom('localhost', 'LOCALHOST', 'localhost.', '127.1', '0x7f.1', '[::1]', '[::ffff:127.0.0.1]', 'local'),
  fc
    .tuple(label, fc.constantFrom('.local', '.localhost', '.com', '.local.evil.com', '.127.0.0.1.nip.io'))
    .map((p) => p.join('')),
  fc
    .tuple(
      fc.constantFrom('localhost', '127.0.0.1', '10.0.0.1'),
      fc.constantFrom('.evil.com', '@evil.com', ':80@evil.com'),
    )
    .map((p) => p.join('')),
);
const redirectUri = fc
  .tuple(
    fc.constantFrom('http://', 'https://', 'HTTP://', 'javascript:', 'data:', 'file://', 'http:/', '//', ''),
    fc.option(fc.constantFrom('user@', 'user:pass@', '127.0.0.1@', 'localhost:8080@'), { nil: '' }),
    host,
    fc.option(
      fc.integer({ min: 0, max: 70_000 }).map((port) => `:${port}`),
      { nil: '' },
    ),
    fc.constantFrom('/cb', '/', '', '/auth/cb?x=1', '/cb#', '/cb#frag', '/%2e%2e/cb', '\\cb'),
  )
  .map((parts) => parts.join(''));

describe('redirect-URI rules (RFC 6749 §3.1.2 and Banno)', () => {
  it('accepts only absolute URIs without a fragment, HTTPS or plain HTTP to the allowed hosts; never throws', () => {
    fc.assert(
      fc.property(fc.oneof(redirectUri, hostileText), (uri) => {
        const check = validateRedirectUri(uri);
        let url: URL | undefined;
        try {
          url = new URL(uri);
        } catch {
          url = undefined;
        }
        const allowed =
          url !== undefined &&
          ((url.protocol === 'https:' && url.hostname !== '') ||
            (url.protocol === 'http:' && plainHttpAllowed(url.hostname)));
        const expected =
          url === undefined
            ? { ok: false, reason: 'invalid_url' }
            : uri.includes('#')
              ? { ok: false, reason: 'fragment_not_allowed' }
              : allowed
                ? { ok: true }
                : { ok: false, reason: 'https_required' };
        expect(check).toEqual(expected);
      }),
      counted('redirect URIs'),
    );
  });
});

describe('callback parsing', () => {
  const issuer = 'https://digital.garden-fi.com/a/consumer/api/v0/oidc';
  const parameterValue = fc.oneof(hostileText, fc.string({ unit: 'binary', maxLength: 80 }));
  const callbackQuery = fc.record(
    {
      code: fc.oneof(fc.string({ unit: verifierChar, minLength: 12, maxLength: 60 }), parameterValue),
      state: fc.oneof(fc.constant('<expected>'), parameterValue),
      iss: fc.oneof(fc.constant(issuer), parameterValue),
      error: parameterValue,
      error_description: parameterValue,
      response: parameterValue,
    },
    { requiredKeys: [] },
  );

  it('returns a callback only for the expected state and issuer; anything else is a typed error without the code', () => {
    let accepted = 0;
    fc.assert(
      fc.property(callbackQuery, fc.string({ unit: verifierChar, minLength: 16, maxLength: 43 }), (query, state) => {
        const url = new URL('http://127.0.0.1:8765/callback');
        for (const [name, value] of Object.entries(query)) {
          url.searchParams.set(name, value === '<expected>' ? state : value);
        }
        const code = url.searchParams.get('code') ?? '';
        seeSecret(
          'authorization code (property test)',
          code.length >= 12 && /^[\w.~-]+$/.test(code) ? code : undefined,
        );
        const expected = { state, issuer, clientId: 'app', issParameterSupported: true };
        try {
          const callback = handleCallback(url, expected);
          accepted += 1;
          expect(callback.state).toBe(state);
          expect(url.searchParams.get('state')).toBe(state);
          expect(callback.iss).toBe(issuer);
          expect(callback.code).toBe(code);
          // An empty `error=` is no error (oauth4webapi reads it so); any other value must have been refused.
          expect(url.searchParams.get('error') ?? '').toBe('');
        } catch (error) {
          recordError(error);
          expect(isAuthError(error), String(error)).toBe(true);
          if (code.length >= 8) {
            for (const view of [(error as Error).message, JSON.stringify(error), printedWithoutFrames(error)]) {
              expect(view).not.toContain(code);
            }
          }
        }
      }),
      counted('callbacks'),
    );
    expect(accepted).toBeGreaterThan(0);
  });

  it('a relative callback URL is a TypeError with a fixed message', () => {
    fc.assert(
      fc.property(fc.string({ unit: verifierChar, minLength: 12, maxLength: 40 }), (code) => {
        const error = (() => {
          try {
            handleCallback(`/callback?code=${code}&state=s`, { state: 's', issuer, clientId: 'app' });
          } catch (caught) {
            return caught;
          }
        })();
        expect(error).toBeInstanceOf(TypeError);
        expect(printedWithoutFrames(error)).not.toContain(code);
      }),
      counted('relative callbacks', { numRuns: 300 }),
    );
  });
});

it('reports its figures', () => {
  reportFigures(4, 'property tests: PKCE, redirect URIs, callbacks', { 'generated cases': runs });
});

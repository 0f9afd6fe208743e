// @dtk/auth's crypto against the primitive under it: a PKCE pair against one SHA-256 digest, and
// ID-token verification against one jose.jwtVerify with a local key. Skipped when @dtk/auth is not built.
import type * as AuthUniversal from '@dtk/auth';
import type * as AuthJwks from '@dtk/auth/jwks';

type AuthNode = typeof AuthUniversal & typeof AuthJwks;

import { sendJson, startTestServer } from '@dtk/testkit';
import { createRemoteJWKSet, exportJWK, generateKeyPair, jwtVerify, SignJWT } from 'jose';
import type { Benchmark, BenchSection } from './report.js';
import {
  measureVariants,
  type RoundOptions,
  summarize,
  summaryTable,
  unlessSmoke,
  type Variant,
  type VariantSummary,
} from './rounds.js';

const ROUNDS: RoundOptions = unlessSmoke(
  { concurrency: 1, rounds: 10, roundMs: 200, warmupMs: 300 },
  { rounds: 1, roundMs: 5, warmupMs: 0 },
);
const JWKS_PATH = '/oidc/jwks';
const CLIENT_ID = 'bench-client';
const NONCE = 'bench-nonce';
const SUBJECT = '5b8a7d2e-3c4f-4e1a-9b6d-0f2e8c1a7d93';

async function loadAuth(): Promise<AuthNode | undefined> {
  try {
    return { ...(await import('@dtk/auth')), ...(await import('@dtk/auth/jwks')) };
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ERR_MODULE_NOT_FOUND') return undefined;
    throw error;
  }
}

function pkceVariants(auth: AuthNode): Variant[] {
  const verifier = 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk'; // RFC 7636 Appendix B
  const verifierBytes = new TextEncoder().encode(verifier);
  return [
    {
      name: '`crypto.subtle.digest("SHA-256")` (baseline)',
      run: async () => {
        if ((await crypto.subtle.digest('SHA-256', verifierBytes)).byteLength !== 32) throw new Error('bad digest');
      },
    },
    {
      name: '`computeCodeChallenge(verifier)`',
      run: async () => {
        if ((await auth.computeCodeChallenge(verifier)).length !== 43) throw new Error('bad challenge');
      },
    },
    {
      name: '`createPkcePair()`',
      run: async () => {
        if ((await auth.createPkcePair()).codeChallenge.length !== 43) throw new Error('bad pair');
      },
    },
  ];
}

/** An RS256 key generated for this run, and an ID token signed with it as the issuer would. */
async function signedIdToken(issuer: string) {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  const publicJwk = { ...(await exportJWK(publicKey)), kid: 'bench-key', alg: 'RS256', use: 'sig' };
  const idToken = await new SignJWT({ nonce: NONCE })
    .setProtectedHeader({ alg: 'RS256', kid: publicJwk.kid })
    .setIssuer(issuer)
    .setSubject(SUBJECT)
    .setAudience(CLIENT_ID)
    .setIssuedAt()
    .setExpirationTime('1h')
    .sign(privateKey);
  return { publicKey, publicJwk, idToken };
}

async function idTokenVariants(
  auth: AuthNode,
  issuerOrigin: string,
  publicKey: CryptoKey,
  idToken: string,
): Promise<Variant[]> {
  const issuer = `${issuerOrigin}/oidc`;
  const jwksUri = new URL(JWKS_PATH, issuerOrigin);
  const expected = { issuer, audience: CLIENT_ID, algorithms: ['RS256'] };
  const remoteKeys = createRemoteJWKSet(jwksUri);
  const options: AuthJwks.VerifyIdTokenOptions = {
    issuer: { issuer, jwks_uri: jwksUri.href },
    clientId: CLIENT_ID,
    nonce: NONCE,
    // The key set is served over plain HTTP on 127.0.0.1.
    allowInsecureRequests: true,
  };
  const checkSubject = (sub: unknown) => {
    if (sub !== SUBJECT) throw new Error('unexpected subject');
  };
  return [
    {
      name: '`jose.jwtVerify` with the local public key (baseline)',
      run: async () => checkSubject((await jwtVerify(idToken, publicKey, expected)).payload.sub),
    },
    {
      name: '`jose.jwtVerify` with `createRemoteJWKSet` (cached)',
      run: async () => checkSubject((await jwtVerify(idToken, remoteKeys, expected)).payload.sub),
    },
    {
      name: '`verifyIdToken` (`@dtk/auth/jwks`, JWKS cached)',
      run: async () => checkSubject((await auth.verifyIdToken(idToken, options)).sub),
    },
  ];
}

const table = (summaries: readonly VariantSummary[]): string =>
  summaryTable(summaries, {
    headers: ['operation', 'ops/s', 'spread', 'p50', 'p99', 'p50 vs. baseline', 'CPU/op', 'CPU vs. baseline'],
    ratio: 'p50Ratio',
  });

export const authCrypto: Benchmark = {
  id: 'auth-crypto',
  description: 'auth crypto: PKCE pair vs. one SHA-256 digest, ID-token verification vs. one jose.jwtVerify',
  async run(): Promise<BenchSection> {
    const auth = await loadAuth();
    if (!auth) return { id: this.id, body: 'Skipped: `@dtk/auth` is not built (`pnpm --filter @dtk/auth build`).' };

    let jwks: unknown;
    const server = await startTestServer((req, res) => {
      if (req.url === JWKS_PATH) sendJson(res, 200, jwks);
      else sendJson(res, 404, { error: 'not_found' });
    });
    try {
      const { publicKey, publicJwk, idToken } = await signedIdToken(`${server.url}/oidc`);
      jwks = { keys: [publicJwk] };
      const pkce = summarize(await measureVariants(pkceVariants(auth), ROUNDS));
      const verification = summarize(
        await measureVariants(await idTokenVariants(auth, server.url, publicKey, idToken), ROUNDS),
      );
      const body = [
        `One operation at a time; ${ROUNDS.rounds} interleaved rounds of ${ROUNDS.roundMs} ms after ${ROUNDS.warmupMs} ms of warm-up. ` +
          `The key set is fetched from a loopback server once (${server.requests.length} request${server.requests.length === 1 ? '' : 's'} in this run) and then served from cache.`,
        '',
        '**PKCE (S256)**',
        '',
        table(pkce),
        '',
        '**ID token (RS256, 2048-bit key)**',
        '',
        table(verification),
      ].join('\n');
      return { id: this.id, body };
    } finally {
      await server.close();
    }
  },
};

import type { ServerResponse } from 'node:http';
import { sendJson, startTestServer, type TestServer } from '@dtk/testkit';
import { type CryptoKey, exportJWK, generateKeyPair, type JWK, type JWTPayload, SignJWT } from 'jose';

/** Banno's consumer issuer path. */
export const ISSUER_PATH = '/a/consumer/api/v0/oidc';
export const CLIENT_ID = 'test-client';

export type TokenHandler = (
  form: URLSearchParams,
  res: ServerResponse,
  headers: Record<string, string | string[] | undefined>,
) => void;

/**
 * A loopback OpenID Provider under the test's control: a discovery document,
 * a JWKS of keys generated at run time, and a token endpoint whose answer each
 * test sets with `onToken`.
 */
export interface FakeIssuer {
  readonly issuer: string;
  readonly server: TestServer;
  readonly tokenEndpoint: string;
  /** The private key the JWKS publishes (ES256, kid `k1`). */
  readonly signingKey: CryptoKey;
  onToken(handler: TokenHandler): void;
  /** Token requests received, as parsed forms. */
  tokenRequests(): URLSearchParams[];
  /** Signs an ID token for this issuer and client with sensible defaults that `claims` overrides. */
  signIdToken(claims?: JWTPayload, options?: { key?: CryptoKey; kid?: string; alg?: string }): Promise<string>;
  close(): Promise<void>;
}

export async function startFakeIssuer(options: { algs?: string[] } = {}): Promise<FakeIssuer> {
  const { privateKey, publicKey } = await generateKeyPair('ES256');
  const publicJwk: JWK = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'ES256', use: 'sig' };
  let tokenHandler: TokenHandler = (_form, res) => sendJson(res, 500, { error: 'server_error' });
  let issuer = '';
  const server = await startTestServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path === `${ISSUER_PATH}/.well-known/openid-configuration`) {
      return sendJson(res, 200, {
        issuer,
        authorization_endpoint: `${issuer}/auth`,
        token_endpoint: `${issuer}/token`,
        userinfo_endpoint: `${issuer}/me`,
        revocation_endpoint: `${issuer}/token/revocation`,
        jwks_uri: `${issuer}/jwks`,
        id_token_signing_alg_values_supported: options.algs ?? ['ES256', 'none'],
        code_challenge_methods_supported: ['S256'],
        authorization_response_iss_parameter_supported: true,
      });
    }
    if (path === `${ISSUER_PATH}/jwks`) return sendJson(res, 200, { keys: [publicJwk] });
    if (path === `${ISSUER_PATH}/token` && req.method === 'POST') {
      return tokenHandler(new URLSearchParams(req.body), res, req.headers);
    }
    sendJson(res, 404, { error: 'not_found' });
  });
  issuer = `${server.url}${ISSUER_PATH}`;
  return {
    issuer,
    server,
    tokenEndpoint: `${issuer}/token`,
    signingKey: privateKey,
    onToken(handler) {
      tokenHandler = handler;
    },
    tokenRequests: () =>
      server.requests
        .filter((r) => r.url.startsWith(`${ISSUER_PATH}/token`) && r.method === 'POST')
        .map((r) => new URLSearchParams(r.body)),
    async signIdToken(claims = {}, signOptions = {}) {
      const now = Math.floor(Date.now() / 1000);
      return new SignJWT({ iss: issuer, aud: CLIENT_ID, sub: 'user-1', iat: now, exp: now + 300, ...claims })
        .setProtectedHeader({ alg: signOptions.alg ?? 'ES256', kid: signOptions.kid ?? 'k1' })
        .sign(signOptions.key ?? privateKey);
    },
    close: () => server.close(),
  };
}

/** An unsigned (`alg: none`) JWT with the given claims. */
export function unsignedJwt(claims: JWTPayload): string {
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${encode({ alg: 'none' })}.${encode(claims)}.`;
}

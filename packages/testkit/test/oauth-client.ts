// A deliberately bare OAuth client (plain fetch, hand-built requests) for proving the harness.
import { createHash, randomBytes } from 'node:crypto';
import { expect } from 'vitest';
import type { OidcTestProvider } from '../src/index.js';

export const REDIRECT_URI = 'http://127.0.0.1:8765/callback';

export interface JsonResponse {
  status: number;
  body: Record<string, unknown>;
}

export function createPkce(): { verifier: string; challenge: string } {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

export async function postForm(
  url: string,
  fields: Record<string, string>,
  authorization?: string,
): Promise<JsonResponse> {
  const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded' };
  if (authorization) headers.authorization = authorization;
  const response = await fetch(url, { method: 'POST', headers, body: new URLSearchParams(fields) });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
}

export function callResource(op: OidcTestProvider, accessToken?: unknown): Promise<Response> {
  return fetch(op.resourceUrl, accessToken ? { headers: { authorization: `Bearer ${String(accessToken)}` } } : {});
}

/** A confidential authorization-code client authenticating with client_secret_basic. */
export function codeClient(op: OidcTestProvider, clientId: string, clientSecret: string) {
  const basic = `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}`;
  const client = {
    /** The authorization URL with PKCE, built by hand; `params` override or add parameters. */
    authorizationUrl(params: Record<string, string> = {}): { url: URL; verifier: string } {
      const { verifier, challenge } = createPkce();
      const url = new URL(op.authorizationEndpoint);
      const fields = {
        client_id: clientId,
        response_type: 'code',
        redirect_uri: REDIRECT_URI,
        scope: 'openid',
        code_challenge: challenge,
        code_challenge_method: 'S256',
        ...params,
      };
      for (const [name, value] of Object.entries(fields)) url.searchParams.set(name, value);
      return { url, verifier };
    },
    exchangeCode: (code: string, verifier: string) =>
      postForm(
        op.tokenEndpoint,
        { grant_type: 'authorization_code', code, redirect_uri: REDIRECT_URI, code_verifier: verifier },
        basic,
      ),
    refresh: (refreshToken: unknown) =>
      postForm(op.tokenEndpoint, { grant_type: 'refresh_token', refresh_token: String(refreshToken) }, basic),
    revoke: (token: unknown, hint: string) =>
      postForm(op.revocationEndpoint, { token: String(token), token_type_hint: hint }, basic),
    /** Authorization request, headless login as `sub`, and code exchange; returns the token response. */
    async signIn(params: Record<string, string> = {}, sub?: string): Promise<JsonResponse> {
      const state = randomBytes(8).toString('hex');
      const { url, verifier } = client.authorizationUrl({ state, ...params });
      const redirect = await op.login(url, sub === undefined ? {} : { sub });
      expect(redirect.searchParams.get('state')).toBe(state);
      const code = redirect.searchParams.get('code');
      expect(code, redirect.search).toBeTruthy();
      return client.exchangeCode(code ?? '', verifier);
    },
  };
  return client;
}

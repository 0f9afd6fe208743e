// A deliberately bare OAuth client (fetch and jose, requests built by hand) for driving the sandbox:
// its tests may not use @dtk/auth, which sits below the sandbox in the package graph.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import { expect } from 'vitest';
import type { CodeClient, MachineClient, Sandbox } from '../../src/index.js';

export interface JsonResponse {
  status: number;
  headers: Headers;
  body: Record<string, unknown>;
}

export async function postForm(
  url: string,
  fields: Record<string, string>,
  headers: Record<string, string> = {},
): Promise<JsonResponse> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(fields),
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body: text ? (JSON.parse(text) as Record<string, unknown>) : {},
  };
}

export function createPkce(): { verifier: string; challenge: string } {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

/** The client authentication a code client sends at the token endpoint. */
export function clientAuth(client: CodeClient): { fields: Record<string, string>; headers: Record<string, string> } {
  if (client.tokenEndpointAuthMethod === 'client_secret_basic') {
    return {
      fields: {},
      headers: {
        authorization: `Basic ${Buffer.from(`${client.clientId}:${client.clientSecret}`).toString('base64')}`,
      },
    };
  }
  if (client.tokenEndpointAuthMethod === 'client_secret_post')
    return { fields: { client_id: client.clientId, client_secret: client.clientSecret ?? '' }, headers: {} };
  return { fields: { client_id: client.clientId }, headers: {} };
}

export function authorizationUrl(
  authorizationEndpoint: string,
  client: CodeClient,
  params: Record<string, string> = {},
): { url: URL; verifier: string; state: string } {
  const { verifier, challenge } = createPkce();
  const state = randomBytes(8).toString('hex');
  const url = new URL(authorizationEndpoint);
  const fields = {
    client_id: client.clientId,
    response_type: 'code',
    redirect_uri: client.redirectUris[0] ?? '',
    scope: 'openid',
    state,
    code_challenge: challenge,
    code_challenge_method: 'S256',
    ...params,
  };
  for (const [name, value] of Object.entries(fields)) url.searchParams.set(name, value);
  return { url, verifier, state };
}

export async function exchangeCode(
  tokenUrl: string,
  client: CodeClient,
  code: string,
  verifier: string,
): Promise<JsonResponse> {
  const auth = clientAuth(client);
  return postForm(
    tokenUrl,
    {
      grant_type: 'authorization_code',
      code,
      redirect_uri: client.redirectUris[0] ?? '',
      code_verifier: verifier,
      ...auth.fields,
    },
    auth.headers,
  );
}

export async function refresh(tokenUrl: string, client: CodeClient, refreshToken: unknown): Promise<JsonResponse> {
  const auth = clientAuth(client);
  return postForm(
    tokenUrl,
    { grant_type: 'refresh_token', refresh_token: String(refreshToken), ...auth.fields },
    auth.headers,
  );
}

/** Signs a user in at the Consumer provider headlessly and exchanges the code; returns the token response. */
export async function signInConsumer(sandbox: Sandbox, scope: string, username?: string): Promise<JsonResponse> {
  const client = sandbox.clients.consumerWebApp;
  const { url, verifier, state } = authorizationUrl(`${sandbox.consumer.issuer}/auth`, client, { scope });
  const user = sandbox.users.find((candidate) => candidate.username === username) ?? sandbox.users[0];
  const redirect = await sandbox.consumer.login(url, user && { username: user.username, password: user.password });
  expect(redirect.searchParams.get('state')).toBe(state);
  const code = redirect.searchParams.get('code');
  expect(code, redirect.search).toBeTruthy();
  const token = await exchangeCode(sandbox.consumer.tokenUrl, client, code ?? '', verifier);
  expect(token.status, JSON.stringify(token.body)).toBe(200);
  return token;
}

/** A `private_key_jwt` client assertion as Banno wants it (aud = the token URL, short-lived). */
export function clientAssertion(client: MachineClient, audience: string, expiresIn = '60s'): Promise<string> {
  return new SignJWT({})
    .setProtectedHeader({ alg: client.alg, kid: String(client.publicJwk.kid) })
    .setIssuer(client.clientId)
    .setSubject(client.clientId)
    .setAudience(audience)
    .setJti(randomUUID())
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(client.privateKey);
}

/** A client-credentials token response for a machine client. */
export async function clientCredentials(tokenUrl: string, client: MachineClient, scope: string): Promise<JsonResponse> {
  return postForm(tokenUrl, {
    grant_type: 'client_credentials',
    scope,
    client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
    client_assertion: await clientAssertion(client, tokenUrl),
  });
}

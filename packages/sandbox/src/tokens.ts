// Tokens for a test in one call: a signed-in user's (authorization code + PKCE, the browser step
// played headlessly) or a machine client's (client credentials with a private_key_jwt assertion),
// obtained from the sandbox's providers exactly as a client would.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import type { CodeClient, MachineClient } from './clients.js';
import { SandboxTokenError } from './errors.js';
import type { LoginCredentials, OpenIdProvider } from './provider/openid-provider.js';

/** A token response, its fields renamed to camelCase. */
export interface SandboxTokens {
  accessToken: string;
  /** Granted scopes. */
  scope: string;
  expiresIn: number;
  /** With offline access (`https://api.banno.com/consumer/auth/offline_access`). */
  refreshToken: string | undefined;
  /** For a signed-in user. */
  idToken: string | undefined;
}

const scopeText = (scope: string | readonly string[]) => (typeof scope === 'string' ? scope : scope.join(' '));

async function tokenRequest(
  provider: OpenIdProvider,
  fields: Record<string, string>,
  headers: Record<string, string> = {},
): Promise<SandboxTokens> {
  const response = await fetch(provider.tokenEndpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json', ...headers },
    body: new URLSearchParams(fields),
  });
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (!response.ok || typeof body.access_token !== 'string') {
    throw new SandboxTokenError(
      `the token request failed with ${response.status} ${String(body.error ?? '')}${body.error_description ? `: ${String(body.error_description)}` : ''}`,
      { status: response.status, error: typeof body.error === 'string' ? body.error : undefined },
    );
  }
  return {
    accessToken: body.access_token,
    scope: typeof body.scope === 'string' ? body.scope : '',
    expiresIn: Number(body.expires_in),
    refreshToken: typeof body.refresh_token === 'string' ? body.refresh_token : undefined,
    idToken: typeof body.id_token === 'string' ? body.id_token : undefined,
  };
}

/** Signs a user in with a confidential code client and exchanges the code. */
export async function userTokens(
  provider: OpenIdProvider,
  client: CodeClient,
  scope: string | readonly string[],
  credentials?: Partial<LoginCredentials>,
): Promise<SandboxTokens> {
  const verifier = randomBytes(32).toString('base64url');
  const redirectUri = client.redirectUris[0] ?? '';
  const url = new URL(provider.authorizationEndpoint);
  const state = randomBytes(8).toString('hex');
  const query = {
    client_id: client.clientId,
    response_type: 'code',
    redirect_uri: redirectUri,
    scope: scopeText(scope),
    state,
    code_challenge: createHash('sha256').update(verifier).digest('base64url'),
    code_challenge_method: 'S256',
  };
  for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
  const redirect = await provider.login(url, credentials);
  const code = redirect.searchParams.get('code');
  if (!code || redirect.searchParams.get('state') !== state) {
    throw new SandboxTokenError(
      `sign-in failed: ${redirect.searchParams.get('error') ?? 'no code'} ${redirect.searchParams.get('error_description') ?? ''}`.trim(),
      { status: undefined, error: redirect.searchParams.get('error') ?? undefined },
    );
  }
  const fields: Record<string, string> = {
    grant_type: 'authorization_code',
    code,
    redirect_uri: redirectUri,
    code_verifier: verifier,
  };
  const headers: Record<string, string> = {};
  if (client.tokenEndpointAuthMethod === 'client_secret_basic') {
    headers.authorization = `Basic ${Buffer.from(`${encodeURIComponent(client.clientId)}:${encodeURIComponent(client.clientSecret ?? '')}`).toString('base64')}`;
  } else {
    fields.client_id = client.clientId;
    if (client.tokenEndpointAuthMethod === 'client_secret_post') fields.client_secret = client.clientSecret ?? '';
  }
  return tokenRequest(provider, fields, headers);
}

/** Client credentials with a `private_key_jwt` assertion as Banno wants it (aud = the token URL, a minute long). */
export async function machineTokens(
  provider: OpenIdProvider,
  client: MachineClient,
  scope: string | readonly string[],
): Promise<SandboxTokens> {
  const assertion = await new SignJWT({})
    .setProtectedHeader({ alg: client.alg, kid: String(client.publicJwk.kid) })
    .setIssuer(client.clientId)
    .setSubject(client.clientId)
    .setAudience(provider.tokenEndpoint)
    .setJti(randomUUID())
    .setIssuedAt()
    .setExpirationTime('60s')
    .sign(client.privateKey);
  return tokenRequest(provider, {
    grant_type: 'client_credentials',
    scope: scopeText(scope),
    client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
    client_assertion: assertion,
  });
}

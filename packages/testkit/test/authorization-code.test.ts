import { randomBytes } from 'node:crypto';
import { createRemoteJWKSet, decodeProtectedHeader, jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AuthorizationFlowError,
  BANNO_OFFLINE_ACCESS_SCOPE,
  DEFAULT_ACCOUNTS,
  DEMO_USER_SUB,
  type OidcTestProvider,
  startOidcProvider,
} from '../src/index.js';
import { callResource, codeClient, REDIRECT_URI } from './oauth-client.js';

const CLIENT_ID = 'consumer-app';
const clientSecret = randomBytes(24).toString('base64url');
const clients = [{ client_id: CLIENT_ID, client_secret: clientSecret, redirect_uris: [REDIRECT_URI] }];
const ACCOUNTS_SCOPE = 'https://api.banno.com/consumer/auth/accounts.readonly';
const INSTITUTION_CLAIM = 'https://api.banno.com/consumer/claim/institution_id';
const SECOND_USER_SUB = 'second-user';

let op: OidcTestProvider;
let client: ReturnType<typeof codeClient>;

beforeAll(async () => {
  op = await startOidcProvider({
    clients,
    scopes: [ACCOUNTS_SCOPE],
    accounts: { ...DEFAULT_ACCOUNTS, [SECOND_USER_SUB]: { name: 'Second User' } },
  });
  client = codeClient(op, CLIENT_ID, clientSecret);
});
afterAll(() => op.close());

const verifyIdToken = (idToken: unknown) => jwtVerify(String(idToken), createRemoteJWKSet(new URL(op.jwksUri)));

describe('discovery', () => {
  it('publishes a Banno-like document under the issuer path', async () => {
    expect(op.issuer).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/a\/consumer\/api\/v0\/oidc$/);
    const response = await fetch(op.discoveryUrl);
    expect(response.status).toBe(200);
    const doc = (await response.json()) as Record<string, unknown>;
    expect(doc).toMatchObject({
      issuer: op.issuer,
      authorization_endpoint: `${op.issuer}/auth`,
      token_endpoint: `${op.issuer}/token`,
      userinfo_endpoint: `${op.issuer}/me`,
      jwks_uri: `${op.issuer}/jwks`,
      revocation_endpoint: `${op.issuer}/token/revocation`,
      introspection_endpoint: `${op.issuer}/token/introspection`,
      code_challenge_methods_supported: ['S256'],
      response_types_supported: ['code'],
      authorization_response_iss_parameter_supported: true,
      claims_parameter_supported: true,
    });
    expect(doc.id_token_signing_alg_values_supported).toEqual(expect.arrayContaining(['ES256', 'PS256', 'RS256']));
    expect(doc.grant_types_supported).toEqual(
      expect.arrayContaining(['authorization_code', 'refresh_token', 'client_credentials']),
    );
    expect(doc.token_endpoint_auth_methods_supported).toEqual(
      expect.arrayContaining(['client_secret_basic', 'client_secret_post', 'private_key_jwt']),
    );
    expect(doc.scopes_supported).toEqual(
      expect.arrayContaining(['openid', 'offline_access', BANNO_OFFLINE_ACCESS_SCOPE, ACCOUNTS_SCOPE]),
    );
    expect(doc.acr_values_supported).toContain('https://api.banno.com/consumer/security-level/high');
    expect(doc.claims_supported).toContain(INSTITUTION_CLAIM);
  });

  it('serves public signing keys only', async () => {
    const { keys } = (await (await fetch(op.jwksUri)).json()) as { keys: Record<string, unknown>[] };
    expect(keys.map((key) => key.kty).sort()).toEqual(['EC', 'RSA']);
    for (const key of keys) expect(key).not.toHaveProperty('d');
  });
});

describe('authorization code with PKCE', () => {
  it('signs in, returns code, state and iss, and exchanges the code for an ES256 ID token', async () => {
    const nonce = randomBytes(8).toString('hex');
    const { url, verifier } = client.authorizationUrl({
      scope: `openid ${ACCOUNTS_SCOPE}`,
      state: 'state-1',
      nonce,
      acr_values: 'https://api.banno.com/consumer/security-level/standard',
    });
    const redirect = await op.login(url);
    expect(`${redirect.origin}${redirect.pathname}`).toBe(REDIRECT_URI);
    expect(redirect.searchParams.get('iss')).toBe(op.issuer);
    expect(redirect.searchParams.get('state')).toBe('state-1');

    const token = await client.exchangeCode(redirect.searchParams.get('code') ?? '', verifier);
    expect(token.status).toBe(200);
    expect(token.body).toMatchObject({ token_type: 'Bearer', expires_in: 600, scope: `openid ${ACCOUNTS_SCOPE}` });
    expect(token.body).not.toHaveProperty('refresh_token');

    expect(decodeProtectedHeader(String(token.body.id_token)).alg).toBe('ES256');
    const { payload } = await jwtVerify(String(token.body.id_token), createRemoteJWKSet(new URL(op.jwksUri)), {
      issuer: op.issuer,
      audience: CLIENT_ID,
    });
    expect(payload).toMatchObject({ sub: DEMO_USER_SUB, nonce });
    expect(op.grantCounts().authorization_code).toBeGreaterThanOrEqual(1);
  });

  it('rejects a code exchange with the wrong verifier', async () => {
    const { url } = client.authorizationUrl();
    const redirect = await op.login(url);
    const before = op.tokenErrors().invalid_grant ?? 0;
    const otherVerifier = client.authorizationUrl().verifier;
    const token = await client.exchangeCode(redirect.searchParams.get('code') ?? '', otherVerifier);
    expect(token).toMatchObject({ status: 400, body: { error: 'invalid_grant' } });
    expect(op.tokenErrors().invalid_grant).toBe(before + 1);
  });

  it('requires PKCE: a request without code_challenge is redirected back with invalid_request', async () => {
    const { url } = client.authorizationUrl({ state: 'no-pkce' });
    url.searchParams.delete('code_challenge');
    url.searchParams.delete('code_challenge_method');
    const redirect = await op.login(url);
    expect(redirect.searchParams.get('error')).toBe('invalid_request');
    expect(redirect.searchParams.get('state')).toBe('no-pkce');
    expect(redirect.searchParams.has('code')).toBe(false);
  });

  it('answers an unregistered redirect_uri with an error instead of a redirect', async () => {
    const { url } = client.authorizationUrl({ redirect_uri: 'http://127.0.0.1:9/elsewhere' });
    const failure = op.login(url);
    await expect(failure).rejects.toThrow(AuthorizationFlowError);
    await expect(failure).rejects.toThrow(/HTTP 400 invalid_redirect_uri/);
  });

  it('puts claims asked for with the claims parameter into the ID token', async () => {
    const token = await client.signIn({
      claims: JSON.stringify({ id_token: { [INSTITUTION_CLAIM]: null, email: null } }),
    });
    const { payload } = await verifyIdToken(token.body.id_token);
    expect(payload[INSTITUTION_CLAIM]).toBe('8f7a2b9c-1d3e-4f5a-8b6c-7d8e9f0a1b2c');
    expect(payload.email).toBe('demo.user@example.com');
  });

  it('serves userinfo for the access token', async () => {
    const token = await client.signIn({ scope: 'openid profile' });
    const response = await fetch(op.userinfoEndpoint, {
      headers: { authorization: `Bearer ${String(token.body.access_token)}` },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ sub: DEMO_USER_SUB, name: 'Demo User' });
  });

  it('deny() aborts the interaction and redirects with access_denied', async () => {
    const redirect = await op.deny(client.authorizationUrl({ state: 'denied' }).url);
    expect(redirect.searchParams.get('error')).toBe('access_denied');
    expect(redirect.searchParams.get('state')).toBe('denied');
    expect(redirect.searchParams.get('iss')).toBe(op.issuer);
    expect(redirect.searchParams.has('code')).toBe(false);
  });

  it('signs in as the account named by sub', async () => {
    const token = await client.signIn({}, SECOND_USER_SUB);
    expect((await verifyIdToken(token.body.id_token)).payload.sub).toBe(SECOND_USER_SUB);
  });

  it('refuses to log in as an account it does not know, or at a URL outside the provider', async () => {
    await expect(op.login(op.authorizationEndpoint, { sub: 'nobody' })).rejects.toThrow(/unknown account "nobody"/);
    await expect(op.login(`${op.origin}/elsewhere`)).rejects.toThrow(TypeError);
  });
});

describe('refresh tokens', () => {
  it('issues a refresh token for offline_access with prompt=consent and rotates it on every refresh', async () => {
    const first = await client.signIn({ scope: 'openid offline_access', prompt: 'consent' });
    expect(first.status).toBe(200);
    expect(typeof first.body.refresh_token).toBe('string');

    const refreshesBefore = op.grantCounts().refresh_token ?? 0;
    const refreshed = await client.refresh(first.body.refresh_token);
    expect(refreshed.status).toBe(200);
    expect(refreshed.body.refresh_token).not.toBe(first.body.refresh_token);
    expect(refreshed.body.access_token).not.toBe(first.body.access_token);
    expect((await verifyIdToken(refreshed.body.id_token)).payload.sub).toBe(DEMO_USER_SUB);
    expect(op.grantCounts().refresh_token).toBe(refreshesBefore + 1);

    // Replaying the rotated-out token fails and, as a stolen-token defence, revokes the whole grant.
    const errorsBefore = op.tokenErrors().invalid_grant ?? 0;
    expect(await client.refresh(first.body.refresh_token)).toMatchObject({
      status: 400,
      body: { error: 'invalid_grant' },
    });
    expect(await client.refresh(refreshed.body.refresh_token)).toMatchObject({
      status: 400,
      body: { error: 'invalid_grant' },
    });
    expect(op.tokenErrors().invalid_grant).toBe(errorsBefore + 2);
    expect(op.grantCounts().refresh_token).toBe(refreshesBefore + 1);
  });

  it("issues a refresh token for Banno's offline_access scope URI", async () => {
    const token = await client.signIn({ scope: `openid ${BANNO_OFFLINE_ACCESS_SCOPE}` });
    expect(token.status).toBe(200);
    expect(typeof token.body.refresh_token).toBe('string');
    expect(String(token.body.scope).split(' ')).toContain(BANNO_OFFLINE_ACCESS_SCOPE);
  });

  it('issues no refresh token without offline access, nor for offline_access without prompt=consent', async () => {
    expect((await client.signIn({ scope: 'openid' })).body).not.toHaveProperty('refresh_token');
    const withoutConsentPrompt = await client.signIn({ scope: 'openid offline_access' });
    expect(withoutConsentPrompt.status).toBe(200);
    expect(withoutConsentPrompt.body).not.toHaveProperty('refresh_token');
  });

  it('revokes a refresh token at the revocation endpoint', async () => {
    const token = await client.signIn({ scope: 'openid offline_access', prompt: 'consent' });
    expect((await client.revoke(token.body.refresh_token, 'refresh_token')).status).toBe(200);
    expect(await client.refresh(token.body.refresh_token)).toMatchObject({
      status: 400,
      body: { error: 'invalid_grant' },
    });
  });
});

describe('resource route', () => {
  it('answers 200 to a live token, 401 after revokeAllAccessTokens, and 200 after a refresh', async () => {
    const token = await client.signIn({ scope: `openid offline_access ${ACCOUNTS_SCOPE}`, prompt: 'consent' });
    const statusesBefore = op.resourceStatuses().length;

    const ok = await callResource(op, token.body.access_token);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({
      sub: DEMO_USER_SUB,
      scope: `openid offline_access ${ACCOUNTS_SCOPE}`,
      client_id: CLIENT_ID,
    });

    expect(op.revokeAllAccessTokens()).toBeGreaterThanOrEqual(1);
    const revoked = await callResource(op, token.body.access_token);
    expect(revoked.status).toBe(401);
    expect(revoked.headers.get('www-authenticate')).toMatch(/^Bearer error="invalid_token"/);

    const refreshed = await client.refresh(token.body.refresh_token);
    expect((await callResource(op, refreshed.body.access_token)).status).toBe(200);

    const missing = await callResource(op);
    expect(missing.status).toBe(401);
    expect(missing.headers.get('www-authenticate')).toBe('Bearer');
    expect((await callResource(op, 'not-a-token')).status).toBe(401);
    expect(op.resourceStatuses().slice(statusesBefore)).toEqual([200, 401, 200, 401, 401]);
  });
});

describe('options: no rotation, PS256 ID tokens, a scope-guarded resource', () => {
  let plain: OidcTestProvider;
  let plainClient: ReturnType<typeof codeClient>;
  beforeAll(async () => {
    plain = await startOidcProvider({
      clients,
      refreshTokenRotation: false,
      idTokenSigningAlgs: ['PS256'],
      scopes: [ACCOUNTS_SCOPE],
      resourceRequiredScope: ACCOUNTS_SCOPE,
    });
    plainClient = codeClient(plain, CLIENT_ID, clientSecret);
  });
  afterAll(() => plain.close());

  it('keeps the same refresh token across refreshes and counts every grant', async () => {
    const first = await plainClient.signIn({ scope: 'openid offline_access', prompt: 'consent' });
    expect(decodeProtectedHeader(String(first.body.id_token)).alg).toBe('PS256');
    for (let round = 0; round < 2; round += 1) {
      const refreshed = await plainClient.refresh(first.body.refresh_token);
      expect(refreshed).toMatchObject({ status: 200, body: { refresh_token: first.body.refresh_token } });
    }
    expect(plain.grantCounts()).toEqual({ authorization_code: 1, refresh_token: 2 });
    expect(plain.tokenErrors()).toEqual({});
  });

  it('answers 403 insufficient_scope to a token without the required scope', async () => {
    const without = await plainClient.signIn({ scope: 'openid' });
    const denied = await callResource(plain, without.body.access_token);
    expect(denied.status).toBe(403);
    expect(denied.headers.get('www-authenticate')).toBe('Bearer error="insufficient_scope"');

    const withScope = await plainClient.signIn({ scope: `openid ${ACCOUNTS_SCOPE}` });
    expect((await callResource(plain, withScope.body.access_token)).status).toBe(200);
  });
});

import { createRemoteJWKSet, decodeProtectedHeader, jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuthorizationFlowError, BANNO_OFFLINE_ACCESS_SCOPE, type Sandbox, startSandbox } from '../src/index.js';
import { CookieJar } from '../src/provider/cookie-jar.js';
import { authorizationUrl, clientAuth, exchangeCode, postForm, refresh, signInConsumer } from './support/oauth.js';

const ACCOUNTS_READ = 'https://api.banno.com/consumer/auth/accounts.readonly';
let sandbox: Sandbox;

beforeAll(async () => {
  sandbox = await startSandbox();
});
afterAll(() => sandbox.stop());

const jwks = () => createRemoteJWKSet(new URL(`${sandbox.consumer.issuer}/jwks`));

/** One browser: follows redirects inside the provider and keeps its cookies. */
async function browse(
  jar: CookieJar,
  url: URL,
  init: RequestInit = {},
): Promise<{ response: Response; url: URL; html: string }> {
  let current = url;
  let request = init;
  for (let hop = 0; hop < 10; hop += 1) {
    const headers = new Headers(request.headers);
    headers.set('accept', 'text/html');
    const cookie = jar.headerFor(current);
    if (cookie) headers.set('cookie', cookie);
    const response = await fetch(current, { ...request, headers, redirect: 'manual' });
    jar.store(current, response);
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location) {
      await response.body?.cancel();
      current = new URL(location, current);
      if (!current.href.startsWith(sandbox.consumer.issuer)) return { response, url: current, html: '' };
      request = {};
      continue;
    }
    return { response, url: current, html: await response.text() };
  }
  throw new Error('too many redirects');
}

function formAction(html: string, name: string): URL {
  const tag = new RegExp(`<form[^>]*data-sandbox-form="${name}"[^>]*>`).exec(html)?.[0] ?? '';
  return new URL((/action="([^"]*)"/.exec(tag)?.[1] ?? '').replace(/&amp;/g, '&'), sandbox.consumer.origin);
}
const post = (fields: Record<string, string>): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams(fields).toString(),
});

describe('discovery', () => {
  it("publishes Banno's endpoint layout, PKCE S256 only and ES256 ID tokens", async () => {
    const document = (await (await fetch(sandbox.consumer.discoveryUrl)).json()) as Record<string, unknown>;
    const issuer = sandbox.consumer.issuer;
    expect(issuer).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/a\/consumer\/api\/v0\/oidc$/);
    expect(document).toMatchObject({
      issuer,
      authorization_endpoint: `${issuer}/auth`,
      token_endpoint: `${issuer}/token`,
      userinfo_endpoint: `${issuer}/me`,
      jwks_uri: `${issuer}/jwks`,
      revocation_endpoint: `${issuer}/token/revocation`,
      introspection_endpoint: `${issuer}/token/introspection`,
      end_session_endpoint: `${issuer}/logout`,
      code_challenge_methods_supported: ['S256'],
      authorization_response_iss_parameter_supported: true,
    });
    expect(document.id_token_signing_alg_values_supported).toEqual(['ES256', 'PS256', 'RS256']);
    expect(document.scopes_supported).toEqual(
      expect.arrayContaining(['openid', BANNO_OFFLINE_ACCESS_SCOPE, ACCOUNTS_READ]),
    );
  });
});

describe('the sign-in and consent pages, as a person uses them', () => {
  it('asks for a username and password, says so when they are wrong, then asks for consent and redirects with a code', async () => {
    const jar = new CookieJar();
    const client = sandbox.clients.consumerWebApp;
    const user = sandbox.users[0];
    if (!user) throw new Error('no users');
    const { url, verifier, state } = authorizationUrl(`${sandbox.consumer.issuer}/auth`, client, {
      scope: `openid ${ACCOUNTS_READ}`,
    });

    const login = await browse(jar, url);
    expect(login.response.status).toBe(200);
    expect(login.response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(login.html).toContain('<label for="username">Username</label>');
    expect(login.html).toContain('type="password"');
    expect(login.html).toContain('Sandbox Web App');

    const wrong = await browse(
      jar,
      formAction(login.html, 'login'),
      post({ username: user.username, password: 'not-the-password' }),
    );
    expect(wrong.response.status).toBe(401);
    expect(wrong.html).toContain('Wrong username or password.');
    expect(wrong.html).toContain(`value="${user.username}"`);

    const consent = await browse(
      jar,
      formAction(wrong.html, 'login'),
      post({ username: user.username, password: user.password }),
    );
    expect(consent.response.status).toBe(200);
    expect(consent.html).toContain(`Signed in as <strong>${user.name}</strong>`);
    expect(consent.html).toContain(`<code>${ACCOUNTS_READ}</code>`);

    const redirect = await browse(jar, formAction(consent.html, 'consent'), post({}));
    expect(`${redirect.url.origin}${redirect.url.pathname}`).toBe(client.redirectUris[0]);
    expect(redirect.url.searchParams.get('state')).toBe(state);
    expect(redirect.url.searchParams.get('iss')).toBe(sandbox.consumer.issuer);
    const token = await exchangeCode(
      sandbox.consumer.tokenUrl,
      client,
      redirect.url.searchParams.get('code') ?? '',
      verifier,
    );
    expect(token.status).toBe(200);
    const { payload } = await jwtVerify(String(token.body.id_token), jwks(), {
      issuer: sandbox.consumer.issuer,
      audience: client.clientId,
    });
    expect(payload.sub).toBe(user.userId);
  });

  it('shows a refused request (unregistered redirect URI) as a page to a person and as JSON to a script', async () => {
    const { url } = authorizationUrl(`${sandbox.consumer.issuer}/auth`, sandbox.clients.consumerWebApp, {
      redirect_uri: 'https://elsewhere.example/cb',
    });
    const page = await fetch(url, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(400);
    expect(await page.text()).toContain('data-sandbox-error="invalid_redirect_uri"');
    await expect(sandbox.consumer.login(url)).rejects.toThrow(AuthorizationFlowError);
    await expect(sandbox.consumer.login(url)).rejects.toThrow(/HTTP 400 invalid_redirect_uri/);
  });

  it('cancelling at the sign-in page sends the person back with access_denied', async () => {
    const { url, state } = authorizationUrl(`${sandbox.consumer.issuer}/auth`, sandbox.clients.consumerPublicApp);
    const redirect = await sandbox.consumer.provider.deny(url);
    expect(redirect.searchParams.get('error')).toBe('access_denied');
    expect(redirect.searchParams.get('state')).toBe(state);
  });

  it('a script signing in with a wrong password gets an error naming the failure', async () => {
    const { url } = authorizationUrl(`${sandbox.consumer.issuer}/auth`, sandbox.clients.consumerPublicApp);
    await expect(sandbox.consumer.login(url, { password: 'wrong' })).rejects.toThrow(/Wrong username or password/);
  });
});

describe('authorization code with PKCE', () => {
  it('requires PKCE: without code_challenge the client is sent back with invalid_request', async () => {
    const { url } = authorizationUrl(`${sandbox.consumer.issuer}/auth`, sandbox.clients.consumerPublicApp);
    url.searchParams.delete('code_challenge');
    url.searchParams.delete('code_challenge_method');
    const redirect = await sandbox.consumer.login(url);
    expect(redirect.searchParams.get('error')).toBe('invalid_request');
    expect(redirect.searchParams.has('code')).toBe(false);
  });

  it('lets a public client exchange its code with the verifier alone, and refuses a wrong verifier', async () => {
    const client = sandbox.clients.consumerPublicApp;
    const first = authorizationUrl(`${sandbox.consumer.issuer}/auth`, client);
    const code = (await sandbox.consumer.login(first.url)).searchParams.get('code') ?? '';
    expect(
      (await exchangeCode(sandbox.consumer.tokenUrl, client, code, first.verifier.replace(/^./, 'x'))).body.error,
    ).toBe('invalid_grant');
    const second = authorizationUrl(`${sandbox.consumer.issuer}/auth`, client);
    const token = await exchangeCode(
      sandbox.consumer.tokenUrl,
      client,
      (await sandbox.consumer.login(second.url)).searchParams.get('code') ?? '',
      second.verifier,
    );
    expect(token.status).toBe(200);
    expect(decodeProtectedHeader(String(token.body.id_token)).alg).toBe('ES256');
    expect(token.body).toMatchObject({ token_type: 'Bearer', expires_in: 600 });
  });
});

describe("refresh tokens under Banno's offline_access scope", () => {
  it('issues one without prompt=consent, rotates it on every refresh, and revokes the grant when an old one is replayed', async () => {
    const client = sandbox.clients.consumerWebApp;
    const first = await signInConsumer(sandbox, `openid ${BANNO_OFFLINE_ACCESS_SCOPE}`);
    expect(typeof first.body.refresh_token).toBe('string');
    const second = await refresh(sandbox.consumer.tokenUrl, client, first.body.refresh_token);
    expect(second.status).toBe(200);
    expect(second.body.refresh_token).not.toBe(first.body.refresh_token);
    const { payload } = await jwtVerify(String(second.body.id_token), jwks());
    expect(payload.sub).toBe(sandbox.users[0]?.userId);

    expect((await refresh(sandbox.consumer.tokenUrl, client, first.body.refresh_token)).body.error).toBe(
      'invalid_grant',
    );
    expect((await refresh(sandbox.consumer.tokenUrl, client, second.body.refresh_token)).body.error).toBe(
      'invalid_grant',
    );
  });

  it('revokes a refresh token at the revocation endpoint', async () => {
    const client = sandbox.clients.consumerWebApp;
    const token = await signInConsumer(sandbox, `openid ${BANNO_OFFLINE_ACCESS_SCOPE}`);
    const auth = clientAuth(client);
    const revoked = await postForm(
      `${sandbox.consumer.issuer}/token/revocation`,
      { token: String(token.body.refresh_token), token_type_hint: 'refresh_token', ...auth.fields },
      auth.headers,
    );
    expect(revoked.status).toBe(200);
    expect((await refresh(sandbox.consumer.tokenUrl, client, token.body.refresh_token)).body.error).toBe(
      'invalid_grant',
    );
  });
});

describe('userinfo', () => {
  it("answers with the signed-in user's claims, Banno's institution claim included when asked for", async () => {
    const user = sandbox.users[1];
    if (!user) throw new Error('no second user');
    const token = await signInConsumer(sandbox, 'openid profile email', user.username);
    const response = await fetch(`${sandbox.consumer.issuer}/me`, {
      headers: { authorization: `Bearer ${String(token.body.access_token)}` },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      sub: user.userId,
      email: user.email,
      preferred_username: user.username,
    });

    const client = sandbox.clients.consumerWebApp;
    const claim = 'https://api.banno.com/consumer/claim/institution_id';
    const { url, verifier } = authorizationUrl(`${sandbox.consumer.issuer}/auth`, client, {
      claims: JSON.stringify({ id_token: { [claim]: null } }),
    });
    const withClaim = await exchangeCode(
      sandbox.consumer.tokenUrl,
      client,
      (await sandbox.consumer.login(url)).searchParams.get('code') ?? '',
      verifier,
    );
    const { payload } = await jwtVerify(String(withClaim.body.id_token), jwks());
    expect(payload[claim]).toBe(sandbox.institution.id);
  });
});

import { createRemoteJWKSet, jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CodeClient, type Sandbox, startSandbox } from '../src/index.js';
import { call } from './support/http.js';
import { authorizationUrl, clientAssertion, exchangeCode, postForm } from './support/oauth.js';

let sandbox: Sandbox;
let adminToken: string;

beforeAll(async () => {
  sandbox = await startSandbox();
  adminToken = (await sandbox.tokens.admin()).accessToken;
});
afterAll(() => sandbox.stop());

const institution = (path: string) =>
  `${sandbox.admin.baseUrl}${path.replace('{institutionId}', sandbox.institution.id)}`;
const partnerClients = (suffix = '') =>
  institution(`/a/oidc-provider/api/v0/institutions/{institutionId}/partner-clients/sandbox-partner${suffix}`);

describe('client credentials with private_key_jwt at the Admin provider', () => {
  it("follows Banno's rules: aud must be the token URL and the assertion short-lived", async () => {
    const client = sandbox.clients.adminJob;
    const request = async (audience: string, expiresIn?: string) =>
      postForm(sandbox.admin.tokenUrl, {
        grant_type: 'client_credentials',
        scope: 'openid',
        client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
        client_assertion: await clientAssertion(client, audience, expiresIn),
      });
    expect((await request(sandbox.admin.tokenUrl)).body).toMatchObject({ token_type: 'Bearer', expires_in: 600 });
    expect((await request(sandbox.admin.issuer)).body.error).toBe('invalid_client');
    expect((await request(sandbox.admin.tokenUrl, '10m')).body.error).toBe('invalid_client');
    expect(sandbox.admin.provider.tokenErrors().invalid_client).toBe(2);
  });
});

describe('the authorization-code flow of the Admin API quickstart (command line)', () => {
  it('signs a staff user in with PKCE, exchanges the code with client_secret_post, and the token calls the Admin API', async () => {
    const client: CodeClient = sandbox.clients.adminCli;
    const { url, verifier } = authorizationUrl(`${sandbox.admin.issuer}/auth`, client, {
      scope: 'openid https://jackhenry.com/consumer-user-search',
    });
    const redirect = await sandbox.admin.login(url);
    expect(redirect.searchParams.get('iss')).toBe(sandbox.admin.issuer);
    const token = await exchangeCode(sandbox.admin.tokenUrl, client, redirect.searchParams.get('code') ?? '', verifier);
    expect(token.status).toBe(200);
    const { payload } = await jwtVerify(
      String(token.body.id_token),
      createRemoteJWKSet(new URL(`${sandbox.admin.issuer}/jwks`)),
      { issuer: sandbox.admin.issuer },
    );
    expect(payload.sub).toBe(sandbox.admins[0]?.userId);
    const search = await call('GET', institution('/a/consumer-user-search/api/v0/institutions/{institutionId}/users'), {
      token: String(token.body.access_token),
    });
    expect(search.status).toBe(200);
  });
});

describe('partner clients', () => {
  it('creates a client that can then sign users in at the Consumer provider; updates and deletes it', async () => {
    const redirectUri = 'https://partner.example/callback';
    const created = await call('POST', partnerClients(), {
      token: adminToken,
      body: { name: 'Partner App', redirectUris: [redirectUri], pkceRequired: true },
    });
    expect(created.status).toBe(200);
    const { clientId, clientSecret } = created.body.client as { clientId: string; clientSecret: string };
    expect(clientSecret.length).toBeGreaterThanOrEqual(32);
    expect((await call('GET', partnerClients(`/${clientId}`), { token: adminToken })).body).toMatchObject({
      clientId,
      name: 'Partner App',
      redirectUris: [redirectUri],
    });
    expect((await call('GET', partnerClients(), { token: adminToken })).body).toEqual([
      expect.objectContaining({ clientId }),
    ]);

    const client: CodeClient = {
      clientId,
      clientSecret,
      tokenEndpointAuthMethod: 'client_secret_basic',
      redirectUris: [redirectUri],
    };
    const signIn = async (target: CodeClient) => {
      const { url, verifier } = authorizationUrl(`${sandbox.consumer.issuer}/auth`, target);
      const redirect = await sandbox.consumer.login(url);
      return exchangeCode(sandbox.consumer.tokenUrl, target, redirect.searchParams.get('code') ?? '', verifier);
    };
    expect((await signIn(client)).status).toBe(200);

    const movedUri = 'https://partner.example/callback-v2';
    expect(
      (
        await call('PUT', partnerClients(`/${clientId}`), {
          token: adminToken,
          body: { name: 'Partner App 2', redirectUris: [movedUri] },
        })
      ).status,
    ).toBe(204);
    expect((await call('GET', partnerClients(`/${clientId}`), { token: adminToken })).body).toMatchObject({
      name: 'Partner App 2',
      redirectUris: [movedUri],
    });
    expect((await signIn({ ...client, redirectUris: [movedUri] })).status).toBe(200);
    await expect(signIn(client)).rejects.toThrow(/invalid_redirect_uri/);

    expect((await call('DELETE', partnerClients(`/${clientId}`), { token: adminToken })).status).toBe(204);
    expect((await call('GET', partnerClients(`/${clientId}`), { token: adminToken })).status).toBe(404);
    await expect(signIn({ ...client, redirectUris: [movedUri] })).rejects.toThrow(/invalid_client/);
  });

  it('refuses redirect URIs Banno would refuse: plain http off the local network', async () => {
    const refused = await call('POST', partnerClients(), {
      token: adminToken,
      body: { name: 'Bad', redirectUris: ['http://partner.example/cb'] },
    });
    expect(refused.status).toBe(400);
    for (const allowed of [
      'http://localhost:3000/cb',
      'http://devbox.local/cb',
      'http://192.168.1.20/cb',
      'http://127.0.0.1:8765/callback',
    ]) {
      expect(
        (await call('POST', partnerClients(), { token: adminToken, body: { name: 'Local', redirectUris: [allowed] } }))
          .status,
        allowed,
      ).toBe(200);
    }
  });

  it("answers 404 for another institution's partner clients", async () => {
    const other = `${sandbox.admin.baseUrl}/a/oidc-provider/api/v0/institutions/00000000-0000-4000-8000-000000000000/partner-clients/sandbox-partner`;
    expect((await call('GET', other, { token: adminToken })).status).toBe(404);
  });
});

describe("the institution's users", () => {
  it('are found by search a page at a time with the total, and detailed one by one', async () => {
    const url = institution('/a/consumer-user-search/api/v0/institutions/{institutionId}/users');
    const all = await call('GET', url, { token: adminToken });
    expect(all.body.totalCount).toBe(sandbox.users.length);
    const page = await call('GET', `${url}?limit=1&offset=1`, { token: adminToken });
    expect(page.body).toEqual({
      users: [expect.objectContaining({ userId: sandbox.users[1]?.userId })],
      totalCount: sandbox.users.length,
    });
    const target = sandbox.users[2];
    const found = await call('GET', `${url}?query=${target?.username.split('.')[1]}`, { token: adminToken });
    expect(found.body.users.map((user: { userId: string }) => user.userId)).toContain(target?.userId);

    const details = await call(
      'GET',
      institution(`/a/mobile/api/v0/institutions/{institutionId}/users/${target?.userId}/details`),
      { token: adminToken },
    );
    expect(details.body).toMatchObject({
      userId: target?.userId,
      primaryInstitutionUsername: target?.username,
      email: target?.email,
    });
  });

  it("a generic alert sent through the Admin API shows in the user's Consumer API inbox", async () => {
    const user = sandbox.users[0];
    const sent = await call(
      'POST',
      institution(`/a/mobile/api/v0/institutions/{institutionId}/users/${user?.userId}/alert/send/generic`),
      {
        token: adminToken,
        body: { title: 'Card shipped', message: 'Your new card is on its way.' },
      },
    );
    expect(sent.status).toBe(200);
    const userToken = (
      await sandbox.tokens.consumer({
        scope:
          'openid https://api.banno.com/consumer/auth/user.alerts.readonly https://api.banno.com/consumer/auth/user.alerts.readwrite',
      })
    ).accessToken;
    const inbox = await call('GET', `${sandbox.consumer.baseUrl}/users/${user?.userId}/alert/inbox`, {
      token: userToken,
    });
    expect(inbox.body.alerts[0]).toMatchObject({
      id: sent.body.alertId,
      title: 'Card shipped',
      message: 'Your new card is on its way.',
      read: false,
    });
  });

  it("records a user's profile changes in the person-events history, filtered and paged", async () => {
    const user = sandbox.users[1];
    const userToken = (
      await sandbox.tokens.consumer({
        scope: 'openid https://api.banno.com/consumer/auth/user.email.readwrite',
        username: user?.username,
      })
    ).accessToken;
    await call('PUT', `${sandbox.consumer.baseUrl}/users/${user?.userId}`, {
      token: userToken,
      body: { email: 'changed@example.com' },
    });
    const history = await call(
      'GET',
      institution(`/a/history/api/v0/institutions/{institutionId}/person-events?PersonId=${user?.userId}&Count=3`),
      { token: adminToken },
    );
    expect(history.status).toBe(200);
    expect(history.body).toHaveLength(3);
    expect(history.body[0]).toMatchObject({ personId: user?.userId, change: 'Email changed' });
    expect(history.body.every((event: { personId: string }) => event.personId === user?.userId)).toBe(true);
  });
});

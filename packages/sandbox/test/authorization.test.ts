import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Sandbox, startSandbox } from '../src/index.js';
import { call } from './support/http.js';
import { clientCredentials, postForm } from './support/oauth.js';

const ACCOUNTS_READ = 'https://api.banno.com/consumer/auth/accounts.readonly';
const ACCOUNTS_WRITE = 'https://api.banno.com/consumer/auth/accounts.readwrite';
const PROFILE = 'https://api.banno.com/consumer/auth/user.profile.readonly';
const USER_SEARCH = 'https://jackhenry.com/consumer-user-search';
let sandbox: Sandbox;
/** A Consumer client registered without redirect URIs: the client-credentials grant, with a secret made now. */
const consumerMachine = { clientId: 'consumer-machine', clientSecret: randomBytes(24).toString('base64url') };

beforeAll(async () => {
  sandbox = await startSandbox({ clients: [{ provider: 'consumer', ...consumerMachine }] });
});
afterAll(() => sandbox.stop());

const userUrl = (path = '') => `${sandbox.consumer.baseUrl}/users/${sandbox.users[0]?.userId}${path}`;

describe('access tokens are checked with the provider that issued them', () => {
  it('answers 401 with a bare Bearer challenge when there is no token', async () => {
    const response = await call('GET', userUrl());
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer');
  });

  it('answers 401 invalid_token to a token no provider holds, and to one that was revoked', async () => {
    const junk = await call('GET', userUrl(), { token: 'not-a-token' });
    expect(junk.status).toBe(401);
    expect(junk.headers.get('www-authenticate')).toMatch(/^Bearer error="invalid_token"/);

    const token = (await sandbox.tokens.consumer({ scope: `openid ${PROFILE}` })).accessToken;
    expect((await call('GET', userUrl(), { token })).status).toBe(200);
    expect(sandbox.consumer.provider.revokeAllAccessTokens()).toBeGreaterThan(0);
    expect((await call('GET', userUrl(), { token })).status).toBe(401);
  });

  it("refuses a Consumer user's token at the Admin API, and an Admin token where the Consumer API wants a user", async () => {
    const userToken = (await sandbox.tokens.consumer({ scope: `openid ${PROFILE}` })).accessToken;
    const search = await call(
      'GET',
      `${sandbox.admin.baseUrl}/a/consumer-user-search/api/v0/institutions/${sandbox.institution.id}/users`,
      { token: userToken },
    );
    expect(search.status).toBe(401);
    expect(search.headers.get('www-authenticate')).toContain('does not accept tokens of this issuer');

    const adminToken = (await sandbox.tokens.admin()).accessToken;
    expect((await call('GET', userUrl(), { token: adminToken })).status).toBe(401);
  });
});

describe("scopes, as the operation's security requirements say", () => {
  it('answers 403 insufficient_scope naming the scopes when the token lacks one', async () => {
    const token = (await sandbox.tokens.consumer({ scope: 'openid' })).accessToken;
    const response = await call('GET', userUrl(), { token });
    expect(response.status).toBe(403);
    expect(response.headers.get('www-authenticate')).toBe(
      `Bearer error="insufficient_scope", error_description="the token lacks a scope this operation needs: ${PROFILE}", scope="${PROFILE}"`,
    );
  });

  it('takes the requirements as alternatives: either accounts scope grants the accounts list, neither does not', async () => {
    // OpenAPI: requirements are alternatives; every scope inside one requirement is needed.
    const readOnly = (await sandbox.tokens.consumer({ scope: `openid ${ACCOUNTS_READ}` })).accessToken;
    expect((await call('GET', userUrl('/accounts'), { token: readOnly })).status).toBe(200);
    const writeOnly = (await sandbox.tokens.consumer({ scope: `openid ${ACCOUNTS_WRITE}` })).accessToken;
    expect((await call('GET', userUrl('/accounts'), { token: writeOnly })).status).toBe(200);
    const neither = (await sandbox.tokens.consumer({ scope: 'openid' })).accessToken;
    expect((await call('GET', userUrl('/accounts'), { token: neither })).status).toBe(403);
  });

  it('grants a client-credentials token only the scopes it asked for', async () => {
    const searchUrl = `${sandbox.admin.baseUrl}/a/consumer-user-search/api/v0/institutions/${sandbox.institution.id}/users`;
    const narrow = await clientCredentials(sandbox.admin.tokenUrl, sandbox.clients.adminJob, 'openid');
    expect(narrow.status).toBe(200);
    expect((await call('GET', searchUrl, { token: String(narrow.body.access_token) })).status).toBe(403);
    expect(
      (await call('GET', searchUrl, { token: (await sandbox.tokens.admin({ scope: USER_SEARCH })).accessToken }))
        .status,
    ).toBe(200);
  });

  it('lets a user read only their own data', async () => {
    const token = (await sandbox.tokens.consumer({ scope: `openid ${PROFILE}` })).accessToken;
    const other = await call('GET', `${sandbox.consumer.baseUrl}/users/${sandbox.users[1]?.userId}`, { token });
    expect(other.status).toBe(403);
    expect(other.body).toBeUndefined(); // the operation declares its 403 without a body
    expect(
      (await call('GET', `${sandbox.consumer.baseUrl}/users/00000000-0000-4000-8000-000000000000`, { token })).status,
    ).toBe(404);
  });
});

describe('the Consumer API takes only user tokens', () => {
  const consumerClientCredentials = (scope: string) =>
    postForm(
      sandbox.consumer.tokenUrl,
      { grant_type: 'client_credentials', scope },
      {
        authorization: `Basic ${Buffer.from(`${consumerMachine.clientId}:${consumerMachine.clientSecret}`).toString('base64')}`,
      },
    );

  it('the Consumer provider issues no Consumer API scope through client credentials', async () => {
    const refused = await consumerClientCredentials(`openid ${ACCOUNTS_READ}`);
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ error: 'invalid_scope' });
    expect(String(refused.body.error_description)).toContain(ACCOUNTS_READ);
    expect((await consumerClientCredentials('openid')).status).toBe(200);
  });

  it('answers 401 invalid_token to a Consumer machine token, even on an operation it has the scope for', async () => {
    const machine = await consumerClientCredentials('openid');
    const token = String(machine.body.access_token);
    const user = sandbox.users[1];
    const response = await call(
      'GET',
      `${sandbox.consumer.baseUrl}/users/${user?.userId}/institutions/${sandbox.institution.id}`,
      {
        token,
      },
    );
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe(
      'Bearer error="invalid_token", error_description="this operation takes the token of a signed-in user, not a client-credentials token"',
    );
    // A user's own token with the same scope is served.
    const own = (await sandbox.tokens.consumer({ username: user?.username, scope: 'openid' })).accessToken;
    expect(
      (
        await call('GET', `${sandbox.consumer.baseUrl}/users/${user?.userId}/institutions/${sandbox.institution.id}`, {
          token: own,
        })
      ).status,
    ).toBe(200);
  });
});

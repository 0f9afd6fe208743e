import { randomBytes } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  type OidcTestProvider,
  type ProtectedApiServer,
  sendJson,
  startOidcProvider,
  startProtectedApiServer,
} from '../src/index.js';
import { postForm } from './oauth-client.js';

const READ = 'https://jackhenry.com/entity-services/entities.read';
const WRITE = 'https://jackhenry.com/entity-services/entities.write';
const CLIENT_ID = 'sync-service';
const CLIENT_SECRET = randomBytes(24).toString('base64url');

let op: OidcTestProvider;
const servers: ProtectedApiServer[] = [];

beforeAll(async () => {
  op = await startOidcProvider({
    scopes: [READ, WRITE],
    clients: [
      {
        client_id: CLIENT_ID,
        client_secret: CLIENT_SECRET,
        grant_types: ['client_credentials'],
        response_types: [],
        redirect_uris: [],
        scope: `${READ} ${WRITE}`,
      },
    ],
  });
});
afterAll(() => op.close());
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function token(scope: string): Promise<string> {
  const basic = `Basic ${Buffer.from(`${CLIENT_ID}:${CLIENT_SECRET}`).toString('base64')}`;
  const response = await postForm(op.tokenEndpoint, { grant_type: 'client_credentials', scope }, basic);
  expect(response.status).toBe(200);
  return String(response.body.access_token);
}

async function serve(
  ...args: Parameters<typeof startProtectedApiServer> extends [unknown, ...infer Rest] ? Rest : never
) {
  const server = await startProtectedApiServer(op, ...args);
  servers.push(server);
  return server;
}

const call = (server: ProtectedApiServer, bearer?: string) =>
  fetch(`${server.url}/entities`, bearer === undefined ? {} : { headers: { authorization: `Bearer ${bearer}` } });

describe('startProtectedApiServer', () => {
  it('hands requests with a token the provider holds to the handler, with sub, scope and client_id', async () => {
    const server = await serve((req, res, seen) => sendJson(res, 200, { path: req.url, seen }));
    const response = await call(server, await token(READ));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      path: '/entities',
      seen: { sub: CLIENT_ID, scope: READ, client_id: CLIENT_ID },
    });
    expect(server.tokens).toEqual([{ sub: CLIENT_ID, scope: READ, client_id: CLIENT_ID }]);
  });

  it('answers 401 like the provider’s resource route, without calling the handler', async () => {
    let handled = 0;
    const server = await serve((_req, res) => sendJson(res, 200, { handled: ++handled }));
    const accessToken = await token(READ);

    const missing = await call(server);
    expect(missing.status).toBe(401);
    expect(missing.headers.get('www-authenticate')).toBe('Bearer');
    expect(await missing.json()).toEqual({ error: 'unauthorized' });

    const unknown = await call(server, 'not-a-token-the-provider-issued');
    expect(unknown.status).toBe(401);
    expect(unknown.headers.get('www-authenticate')).toMatch(/^Bearer error="invalid_token"/);

    op.revokeAllAccessTokens();
    const revoked = await call(server, accessToken);
    expect(revoked.status).toBe(401);
    expect(await revoked.json()).toEqual({ error: 'invalid_token' });

    expect(handled).toBe(0);
    expect(server.tokens).toEqual([]);
    expect(server.requests).toHaveLength(3);
  });

  it('answers 403 insufficient_scope to a token without the required scope', async () => {
    const server = await serve((_req, res, seen) => sendJson(res, 200, seen), { requiredScope: WRITE });
    const readOnly = await call(server, await token(READ));
    expect(readOnly.status).toBe(403);
    expect(readOnly.headers.get('www-authenticate')).toBe('Bearer error="insufficient_scope"');
    const writer = await call(server, await token(`${READ} ${WRITE}`));
    expect(writer.status).toBe(200);
    expect(server.tokens.map((seen) => seen.scope)).toEqual([`${READ} ${WRITE}`]);
  });

  it('speaks the API’s own error format when asked', async () => {
    const server = await serve((_req, res) => sendJson(res, 200, {}), {
      errorBody: ({ status, error }) => ({
        errors: [{ code: status === 401 ? 'UNAUTHORIZED' : 'FORBIDDEN', message: error }],
      }),
    });
    const response = await call(server, 'stale');
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ errors: [{ code: 'UNAUTHORIZED', message: 'invalid_token' }] });
  });
});

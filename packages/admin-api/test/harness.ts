import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  type ClientKeys,
  type ClientMetadata,
  generateClientKeys,
  type OidcTestProvider,
  sendJson,
  startOidcProvider,
  startTestServer,
  type TestServer,
} from '@dtk/testkit';

export const ADMIN_ISSUER_PATH = '/a/oidc-provider/api/v0';
export const USER_SEARCH_SCOPE = 'https://jackhenry.com/consumer-user-search';
export const CLIENT_ID = 'admin-service';
export const ES256_CLIENT_ID = 'admin-service-es256';

export interface AdminHarness {
  op: OidcTestProvider;
  /** PS256 keys of {@link CLIENT_ID}. */
  keys: ClientKeys;
  /** ES256 keys of {@link ES256_CLIENT_ID}. */
  es256Keys: ClientKeys;
  close(): Promise<void>;
}

/** A real oidc-provider at Banno's Admin issuer path with two private_key_jwt clients, keys made now. */
export async function startAdminProvider(options: { accessTokenTtlSeconds?: number } = {}): Promise<AdminHarness> {
  const [keys, es256Keys] = await Promise.all([generateClientKeys('PS256'), generateClientKeys('ES256')]);
  const client = (clientId: string, clientKeys: ClientKeys): ClientMetadata => ({
    client_id: clientId,
    token_endpoint_auth_method: 'private_key_jwt',
    jwks: { keys: [clientKeys.publicJwk] },
    grant_types: ['client_credentials'],
    response_types: [],
    redirect_uris: [],
    scope: `openid ${USER_SEARCH_SCOPE}`,
  });
  const op = await startOidcProvider({
    issuerPath: ADMIN_ISSUER_PATH,
    scopes: [USER_SEARCH_SCOPE],
    clients: [client(CLIENT_ID, keys), client(ES256_CLIENT_ID, es256Keys)],
    ...options,
  });
  return { op, keys, es256Keys, close: () => op.close() };
}

/** What the API server learnt about the token of a request, from the provider. */
export interface SeenToken {
  client_id: string;
  scope: string;
}

export type ApiRoute = (req: IncomingMessage & { body: string }, res: ServerResponse, token: SeenToken) => void;

/**
 * A loopback API server that checks every bearer token with the provider (through its protected
 * resource route), answers 401 to tokens the provider does not hold, and hands the rest to `route`.
 */
export async function startApiServer(op: OidcTestProvider, route: ApiRoute): Promise<TestServer & { tokens: SeenToken[] }> {
  const tokens: SeenToken[] = [];
  const server = await startTestServer(async (req, res) => {
    const check = await fetch(op.resourceUrl, { headers: { authorization: req.headers.authorization ?? '' } });
    if (check.status !== 200) return sendJson(res, 401, { errorCode: 401, messages: 'invalid token' });
    const token = (await check.json()) as SeenToken;
    tokens.push(token);
    route(req, res, token);
  });
  return Object.assign(server, { tokens });
}

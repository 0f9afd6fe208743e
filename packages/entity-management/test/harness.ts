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

/** Jack Henry Identity serves its token endpoint under this path. */
export const IDENTITY_ISSUER_PATH = '/a/oidc-provider/api/v0';
export const READ_SCOPE = 'https://jackhenry.com/entity-services/entities.read';
export const WRITE_SCOPE = 'https://jackhenry.com/entity-services/entities.write';
export const CLIENT_ID = 'entity-sync-service';

/** A real oidc-provider with one private_key_jwt client (ES256, key made now) allowed the entity scopes. */
export async function startIdentityProvider(): Promise<{ op: OidcTestProvider; keys: ClientKeys }> {
  const keys = await generateClientKeys('ES256');
  const client: ClientMetadata = {
    client_id: CLIENT_ID,
    token_endpoint_auth_method: 'private_key_jwt',
    jwks: { keys: [keys.publicJwk] },
    grant_types: ['client_credentials'],
    response_types: [],
    redirect_uris: [],
    scope: `openid ${READ_SCOPE} ${WRITE_SCOPE}`,
  };
  const op = await startOidcProvider({ issuerPath: IDENTITY_ISSUER_PATH, scopes: [READ_SCOPE, WRITE_SCOPE], clients: [client] });
  return { op, keys };
}

export type Route = (req: IncomingMessage & { body: string }, res: ServerResponse, scopes: string[]) => void;

/**
 * A loopback Entity Services server: a bearer token must be a client-credentials token the provider
 * issued and still holds (else 401 in the API's error format); `route` gets the token's scopes.
 */
export async function startEntityServer(op: OidcTestProvider, route: Route): Promise<TestServer> {
  return startTestServer(async (req, res) => {
    const bearer = /^Bearer (\S+)$/.exec(req.headers.authorization ?? '')?.[1];
    const token = bearer === undefined ? undefined : await op.provider.ClientCredentials.find(bearer);
    if (!token) return sendJson(res, 401, { errors: [{ code: 'UNAUTHORIZED', message: 'The access token is missing, expired or invalid.' }] });
    route(req, res, String(token.scope ?? '').split(' '));
  });
}

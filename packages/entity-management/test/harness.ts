import {
  type ClientKeys,
  generateClientKeys,
  machineClient,
  type OidcTestProvider,
  type ProtectedApiHandler,
  type ProtectedApiServer,
  startOidcProvider,
  startProtectedApiServer,
} from '@dtk/testkit';

/** Jack Henry Identity serves its token endpoint under this path. */
export const IDENTITY_ISSUER_PATH = '/a/oidc-provider/api/v0';
export const READ_SCOPE = 'https://jackhenry.com/entity-services/entities.read';
export const WRITE_SCOPE = 'https://jackhenry.com/entity-services/entities.write';
export const CLIENT_ID = 'entity-sync-service';

/** A real oidc-provider with one private_key_jwt client (ES256, key made now) allowed the entity scopes. */
export async function startIdentityProvider(): Promise<{ op: OidcTestProvider; keys: ClientKeys }> {
  const keys = await generateClientKeys('ES256');
  const client = machineClient({ clientId: CLIENT_ID, keys, scopes: [READ_SCOPE, WRITE_SCOPE] });
  const op = await startOidcProvider({
    issuerPath: IDENTITY_ISSUER_PATH,
    scopes: [READ_SCOPE, WRITE_SCOPE],
    clients: [client],
  });
  return { op, keys };
}

export type Route = ProtectedApiHandler;

const UNAUTHORIZED = {
  errors: [{ code: 'UNAUTHORIZED', message: 'The access token is missing, expired or invalid.' }],
};
const FORBIDDEN = { errors: [{ code: 'FORBIDDEN', message: 'The access token lacks the scope this needs.' }] };

/**
 * A loopback Entity Services server: a bearer token must be one the provider issued and still
 * holds (else 401 in the API's error format); `route` gets the token's `{ sub, scope, client_id }`.
 */
export function startEntityServer(op: OidcTestProvider, route: Route): Promise<ProtectedApiServer> {
  return startProtectedApiServer(op, route, { errorBody: ({ status }) => (status === 401 ? UNAUTHORIZED : FORBIDDEN) });
}

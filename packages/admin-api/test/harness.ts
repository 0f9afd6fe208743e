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
  const client = (clientId: string, clientKeys: ClientKeys) =>
    machineClient({ clientId, keys: clientKeys, scopes: [USER_SEARCH_SCOPE] });
  const op = await startOidcProvider({
    issuerPath: ADMIN_ISSUER_PATH,
    scopes: [USER_SEARCH_SCOPE],
    clients: [client(CLIENT_ID, keys), client(ES256_CLIENT_ID, es256Keys)],
    ...options,
  });
  return { op, keys, es256Keys, close: () => op.close() };
}

export type ApiRoute = ProtectedApiHandler;

/**
 * A loopback Admin API: every bearer token is checked against the provider (401 to tokens it does
 * not hold, in Banno's `{ errorCode, messages }` format); the rest go to `route`. `tokens` records
 * what the server learnt about each accepted token.
 */
export function startApiServer(op: OidcTestProvider, route: ApiRoute): Promise<ProtectedApiServer> {
  return startProtectedApiServer(op, route, {
    errorBody: ({ status, error }) => ({ errorCode: status, messages: error }),
  });
}

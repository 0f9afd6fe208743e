import { apiServers, operationRoutes, operationSecurity, type paths, securitySchemes } from '@dtk/admin-api-types';
import { type MachineClientAuth, type MachineCredentials, machineClient } from '@dtk/auth/confidential';
import { type ApiClient, type ApiClientOptions, createApiClient } from '@dtk/runtime';
import { ADMIN_API_OIDC_SERVER, adminApiBaseUrl } from './servers.js';

/** A typed openapi-fetch client for the Admin API: `client.GET('/a/mobile/api/v0/...', ...)`. */
export type AdminApiClient = ApiClient<paths>;

/** Retries, timeouts, `fetch`, logging and headers, as `@dtk/runtime` takes them. */
export type AdminApiRuntimeOptions = Omit<
  ApiClientOptions,
  'baseUrl' | 'tokenSource' | 'accessToken' | 'credentials' | 'operations'
>;

/**
 * Client-credentials settings as `clientCredentials` from `@dtk/auth/confidential` takes them (`clientId`,
 * `privateKey`, `alg`, `kid`, `audience`, `scope`, ...), and `oidcServer`. The token endpoint is, unless `tokenUrl`
 * or `issuer` is given, `{baseUrl}/a/oidc-provider/api/v0/token` (path prefix kept), or Jack Henry Identity's with
 * `oidcServer: 'login.jackhenry.com'`; `scope` defaults to `openid`. Token requests use the client's `fetch`.
 */
export type AdminApiCredentials = MachineCredentials;

/** @deprecated Renamed `AdminApiCredentials`. */
export type AdminApiClientCredentials = AdminApiCredentials;

export type AdminApiClientOptions = AdminApiRuntimeOptions & {
  /** Default `https://banno.com`; a path prefix (a gateway's) is kept for the API calls and the token URL. */
  baseUrl?: string;
} & MachineClientAuth;

const operations = { routes: operationRoutes, security: operationSecurity, securitySchemes, servers: apiServers };

/**
 * An Admin API client that gets its own client-credentials token (`private_key_jwt` by default)
 * and renews it before it expires and after a 401, or that uses the `tokenManager` it is given.
 * Calls the token's scopes cannot authorize fail before the network with `MissingScopeError`.
 *
 * @example
 * const client = createAdminApiClient({ clientId, privateKey: pem, alg: 'PS256', scope: adminApiScopesFor(['searchConsumerUsers']) });
 * const page = await unwrap(client.GET('/a/consumer-user-search/api/v0/institutions/{institutionId}/users', {
 *   params: { path: { institutionId }, query: { query: 'gardner' } },
 * }));
 *
 * @throws {TypeError} naming the option for a `baseUrl` that is not an absolute URL, for credentials next to a
 *   token manager and for incomplete credentials. @throws {PrivateKeyError} for an unusable key.
 */
export function createAdminApiClient(options: AdminApiClientOptions): AdminApiClient {
  const { baseUrl, tokenSource, clientOptions } = machineClient(options, {
    baseUrl: adminApiBaseUrl(),
    baseUrlExample: 'https://banno.com',
    oidcServer: ADMIN_API_OIDC_SERVER,
    scope: 'openid',
  });
  // The runtime gets a token before it reads the granted scopes, so the scope check knows them from the first call on.
  return createApiClient<paths>({ ...clientOptions, baseUrl, operations, tokenSource });
}

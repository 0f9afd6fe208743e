import { type MachineClientAuth, type MachineCredentials, machineClient } from '@dtk/auth/confidential';
import {
  apiServers,
  operationRoutes,
  operationSecurity,
  type paths,
  securitySchemes,
} from '@dtk/entity-management-types';
import { type ApiClient, type ApiClientOptions, createApiClient } from '@dtk/runtime';
import { ENTITY_MANAGEMENT_OIDC_SERVER } from './servers.js';

/** A typed openapi-fetch client for the Entity Management API: `client.GET('/a/api/entity-svcs/v1/...', ...)`. */
export type EntityManagementClient = ApiClient<paths>;

/** Retries, timeouts, `fetch`, logging and headers, as `@dtk/runtime` takes them. */
export type EntityManagementRuntimeOptions = Omit<
  ApiClientOptions,
  'baseUrl' | 'tokenSource' | 'accessToken' | 'credentials' | 'operations'
>;

/**
 * Client-credentials settings as `clientCredentials` from `@dtk/auth/confidential` takes them (`clientId`,
 * `privateKey`, `alg`, `kid`, `audience`, `scope`, ...), and `oidcServer`. The token endpoint is, unless `tokenUrl`
 * or `issuer` is given, Jack Henry Identity's, or `{baseUrl}/a/oidc-provider/api/v0/token` with
 * `oidcServer: 'baseUrl'`. Token requests use the client's `fetch`.
 */
export type EntityManagementCredentials = MachineCredentials;

export type EntityManagementClientOptions = EntityManagementRuntimeOptions & {
  /** The institution's Digital Core API server, e.g. `https://digital.garden-fi.com`. */
  baseUrl: string;
} & MachineClientAuth;

const operations = { routes: operationRoutes, security: operationSecurity, securitySchemes, servers: apiServers };

/**
 * An Entity Management (Digital Core Entity Services) client that gets its own client-credentials
 * token (`private_key_jwt` by default) and renews it before it expires and after a 401, or that uses
 * the `tokenManager` it is given. Calls the token's scopes cannot authorize fail before the network
 * with `MissingScopeError`.
 *
 * @example
 * const client = createEntityManagementClient({
 *   baseUrl: 'https://digital.garden-fi.com', clientId, privateKey: pem, alg: 'PS256',
 *   scope: entityManagementScopesFor(['listEntities', 'createEntity']),
 * });
 *
 * @throws {TypeError} naming the option for a `baseUrl` that is not an absolute URL, for credentials next to a
 *   token manager and for incomplete credentials. @throws {PrivateKeyError} for an unusable key.
 */
export function createEntityManagementClient(options: EntityManagementClientOptions): EntityManagementClient {
  const { baseUrl, tokenSource, clientOptions } = machineClient(options, {
    baseUrlExample: 'https://digital.garden-fi.com',
    oidcServer: ENTITY_MANAGEMENT_OIDC_SERVER,
  });
  // The runtime gets a token before it reads the granted scopes, so the scope check knows them from the first call on.
  return createApiClient<paths>({ ...clientOptions, baseUrl, operations, tokenSource });
}

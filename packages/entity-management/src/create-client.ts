import type { TokenManagerLike } from '@dtk/auth';
import { type ClientCredentialsOptions, machineTokenManager } from '@dtk/auth/confidential';
import {
  apiDescription,
  operationRoutes,
  operationSecurity,
  type paths,
  securitySchemes,
} from '@dtk/entity-management-types';
import { type ApiClient, type ApiClientOptions, createApiClient } from '@dtk/runtime';
import { ENTITY_MANAGEMENT_TOKEN_URL } from './token-url.js';

/** A typed openapi-fetch client for the Entity Management API: `client.GET('/a/api/entity-svcs/v1/...', ...)`. */
export type EntityManagementClient = ApiClient<paths>;

/** Retries, timeouts, logging and headers, as `@dtk/runtime` takes them. */
export type EntityManagementRuntimeOptions = Omit<
  ApiClientOptions,
  'baseUrl' | 'tokenSource' | 'accessToken' | 'credentials' | 'operations'
>;

/**
 * Client-credentials settings as `clientCredentials` from `@dtk/auth/confidential` takes them (`clientId`,
 * `privateKey`, `alg`, `scope`, ...). `tokenUrl` defaults to Jack Henry Identity's token endpoint.
 * Token requests use the global `fetch`: for another transport, build the token manager yourself
 * and pass it as `tokenManager`.
 */
export type EntityManagementCredentials = Omit<ClientCredentialsOptions, 'fetch' | 'timeoutMs'>;

type NoCredentials = { [Key in keyof EntityManagementCredentials]?: never };

export type EntityManagementClientOptions = EntityManagementRuntimeOptions & {
  /** The institution's Digital Core API server, e.g. `https://digital.garden-fi.com`. */
  baseUrl: string;
} & (
    | (EntityManagementCredentials & { tokenManager?: never })
    | (NoCredentials & {
        /** A token manager of your own, e.g. from `clientCredentials(...)` with a shared `FileTokenStore`. */
        tokenManager: TokenManagerLike;
      })
  );

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
 */
export function createEntityManagementClient(options: EntityManagementClientOptions): EntityManagementClient {
  const {
    baseUrl,
    fetch,
    retry,
    timeoutMs,
    maxResponseBytes,
    logger,
    userAgent,
    headers,
    grantedScopes,
    ...tokenOptions
  } = options;
  // Listed in full (the type makes a new runtime option a compile error here) so none is mistaken for a credential.
  const runtimeOptions: {
    [Key in keyof Required<EntityManagementRuntimeOptions>]: EntityManagementRuntimeOptions[Key];
  } = {
    fetch,
    retry,
    timeoutMs,
    maxResponseBytes,
    logger,
    userAgent,
    headers,
    grantedScopes,
  };
  const tokens = machineTokenManager(tokenOptions, { tokenUrl: ENTITY_MANAGEMENT_TOKEN_URL });
  // The runtime gets a token before it reads the granted scopes, so the scope check knows them from the first call on.
  return createApiClient<paths>({
    ...runtimeOptions,
    baseUrl,
    operations: { routes: operationRoutes, security: operationSecurity, securitySchemes, apiDescription },
    tokenSource: tokens,
  });
}

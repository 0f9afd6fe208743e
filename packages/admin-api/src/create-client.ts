import { apiDescription, operationRoutes, operationSecurity, type paths, securitySchemes } from '@dtk/admin-api-types';
import type { TokenManagerLike } from '@dtk/auth';
import { type ClientCredentialsOptions, machineTokenManager } from '@dtk/auth/confidential';
import { type ApiClient, type ApiClientOptions, createApiClient } from '@dtk/runtime';
import { ADMIN_API_BASE_URL, adminApiTokenUrl } from './base-url.js';

/** A typed openapi-fetch client for the Admin API: `client.GET('/a/mobile/api/v0/...', ...)`. */
export type AdminApiClient = ApiClient<paths>;

/** Retries, timeouts, logging and headers, as `@dtk/runtime` takes them. */
export type AdminApiRuntimeOptions = Omit<
  ApiClientOptions,
  'baseUrl' | 'tokenSource' | 'accessToken' | 'credentials' | 'operations'
>;

/**
 * Client-credentials settings as `clientCredentials` from `@dtk/auth/confidential` takes them (`clientId`,
 * `privateKey`, `alg`, `scope`, ...). `tokenUrl` defaults to the Admin API's token endpoint on
 * `baseUrl`; `scope` defaults to `openid`. Token requests use the global `fetch`: for another
 * transport, build the token manager yourself and pass it as `tokenManager`.
 */
export type AdminApiClientCredentials = Omit<ClientCredentialsOptions, 'fetch' | 'timeoutMs'>;

type NoCredentials = { [Key in keyof AdminApiClientCredentials]?: never };

export type AdminApiClientOptions = AdminApiRuntimeOptions & {
  /** Default `https://banno.com`. */
  baseUrl?: string;
} & (
    | (AdminApiClientCredentials & { tokenManager?: never })
    | (NoCredentials & {
        /** A token manager of your own, e.g. from `clientCredentials(...)` with a shared `FileTokenStore`. */
        tokenManager: TokenManagerLike;
      })
  );

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
 */
export function createAdminApiClient(options: AdminApiClientOptions): AdminApiClient {
  const {
    baseUrl = ADMIN_API_BASE_URL,
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
  const runtimeOptions: { [Key in keyof Required<AdminApiRuntimeOptions>]: AdminApiRuntimeOptions[Key] } = {
    fetch,
    retry,
    timeoutMs,
    maxResponseBytes,
    logger,
    userAgent,
    headers,
    grantedScopes,
  };
  const tokens = machineTokenManager(tokenOptions, { tokenUrl: adminApiTokenUrl(baseUrl), scope: 'openid' });
  // The runtime gets a token before it reads the granted scopes, so the scope check knows them from the first call on.
  return createApiClient<paths>({
    ...runtimeOptions,
    baseUrl,
    operations: { routes: operationRoutes, security: operationSecurity, securitySchemes, apiDescription },
    tokenSource: tokens,
  });
}

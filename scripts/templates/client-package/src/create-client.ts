import { type MachineClientAuth, type MachineCredentials, machineClient } from '@dtk/auth/confidential';
import { type ApiClient, type ApiClientOptions, createApiClient } from '@dtk/runtime';
import { apiServers, operationRoutes, operationSecurity, type paths, securitySchemes } from '@dtk/template-api-types';
import { TEMPLATE_API_OIDC_SERVER } from './servers.js';

/** A typed openapi-fetch client for the {{title}}. */
export type TemplateApiClient = ApiClient<paths>;

/** Retries, timeouts, `fetch`, logging and headers, as `@dtk/runtime` takes them. */
export type TemplateApiRuntimeOptions = Omit<
  ApiClientOptions,
  'baseUrl' | 'tokenSource' | 'accessToken' | 'credentials' | 'operations'
>;

/**
 * Client-credentials settings as `clientCredentials` from `@dtk/auth/confidential` takes them (`clientId`,
 * `privateKey`, `alg`, `kid`, `audience`, `scope`, ...), and `oidcServer`. The token endpoint is, unless `tokenUrl`
 * or `issuer` is given, Jack Henry Identity's, or `{baseUrl}/a/oidc-provider/api/v0/token` with
 * `oidcServer: 'baseUrl'`. Token requests use the client's `fetch`.
 */
export type TemplateApiCredentials = MachineCredentials;

export type TemplateApiClientOptions = TemplateApiRuntimeOptions & {
  /** The server URL the spec's paths are relative to. */
  baseUrl: string;
} & MachineClientAuth;

const operations = { routes: operationRoutes, security: operationSecurity, securitySchemes, servers: apiServers };

/**
 * A {{title}} client: typed paths, parameters and bodies from the spec, with retries, timeouts,
 * typed errors and a scope check (calls the token's scopes cannot authorize fail before the network
 * with `MissingScopeError`). It gets its own client-credentials token (`private_key_jwt` by default)
 * and renews it, or uses the `tokenManager` it is given.
 *
 * @throws {TypeError} naming the option for a `baseUrl` that is not an absolute URL, for credentials next to a
 *   token manager and for incomplete credentials. @throws {PrivateKeyError} for an unusable key.
 */
export function createTemplateApiClient(options: TemplateApiClientOptions): TemplateApiClient {
  const { baseUrl, tokenSource, clientOptions } = machineClient(options, {
    baseUrlExample: 'https://digital.garden-fi.com',
    oidcServer: TEMPLATE_API_OIDC_SERVER,
  });
  return createApiClient<paths>({ ...clientOptions, baseUrl, operations, tokenSource });
}

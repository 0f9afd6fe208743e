import type { TokenManagerLike } from '@dtk/auth';
import { apiServers, operationRoutes, operationSecurity, type paths, securitySchemes } from '@dtk/consumer-api-types';
import { type AccessToken, type ApiClient, type ApiClientOptions, createApiClient } from '@dtk/runtime';
import { consumerApiBaseUrl } from './base-url.js';

/** A typed openapi-fetch client for the Consumer API: `client.GET('/users/{userId}/accounts', ...)`. */
export type ConsumerApiClient = ApiClient<paths>;

/** Retries, timeouts, logging and headers, as `@dtk/runtime` takes them. */
export type ConsumerApiRuntimeOptions = Omit<
  ApiClientOptions,
  'baseUrl' | 'tokenSource' | 'accessToken' | 'credentials' | 'operations'
>;

/** Where the API is: the full base URL, or the institution's Banno Online host. */
export type ConsumerApiLocation =
  | {
      /** e.g. `https://digital.garden-fi.com/a/consumer/api/v0`. */
      baseUrl: string;
      host?: never;
    }
  | {
      /** e.g. `digital.garden-fi.com` (or `api.banno.com` for Banno-Mobile-only institutions). */
      host: string;
      baseUrl?: never;
    };

/** How requests are authorized: a signed-in user's token manager, or a bearer token. */
export type ConsumerApiCredentials =
  | {
      /** From `@dtk/auth`; renews the token and re-sends once after a 401. Its granted scopes drive the scope check. */
      tokenManager: TokenManagerLike;
      accessToken?: never;
    }
  | {
      /** A fixed access token, or a function returning the current one. */
      accessToken: AccessToken;
      tokenManager?: never;
    };

export type ConsumerApiClientOptions = ConsumerApiRuntimeOptions & ConsumerApiLocation & ConsumerApiCredentials;

const operations = { routes: operationRoutes, security: operationSecurity, securitySchemes, servers: apiServers };

/**
 * A Consumer API client: typed paths, parameters and bodies from the Consumer API spec, with
 * retries, timeouts, typed errors and a scope check (calls the token's scopes cannot authorize
 * fail before the network with `MissingScopeError`).
 *
 * @example
 * const client = createConsumerApiClient({ host: 'digital.garden-fi.com', tokenManager });
 * const { accounts } = await unwrap(client.GET('/users/{userId}/accounts', { params: { path: { userId } } }));
 */
export function createConsumerApiClient(options: ConsumerApiClientOptions): ConsumerApiClient {
  const { baseUrl, host, tokenManager, accessToken, ...runtimeOptions } = options;
  if (baseUrl !== undefined && host !== undefined) throw new TypeError('Pass either baseUrl or host, not both');
  if (tokenManager !== undefined && accessToken !== undefined)
    throw new TypeError('Pass either tokenManager or accessToken, not both');
  if (tokenManager === undefined && accessToken === undefined)
    throw new TypeError('Pass a tokenManager or an accessToken');
  return createApiClient<paths>({
    ...runtimeOptions,
    baseUrl: baseUrl ?? consumerApiBaseUrl(host as string),
    operations,
    ...(tokenManager ? { tokenSource: tokenManager } : { accessToken }),
  });
}

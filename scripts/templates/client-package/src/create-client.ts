import type { TokenManagerLike } from '@dtk/auth';
import { type AccessToken, type ApiClient, type ApiClientOptions, createApiClient } from '@dtk/runtime';
import {
  apiDescription,
  operationRoutes,
  operationSecurity,
  type paths,
  securitySchemes,
} from '@dtk/template-api-types';

/** A typed openapi-fetch client for the {{title}}. */
export type TemplateApiClient = ApiClient<paths>;

/** Retries, timeouts, logging and headers, as `@dtk/runtime` takes them. */
export type TemplateApiRuntimeOptions = Omit<
  ApiClientOptions,
  'baseUrl' | 'tokenSource' | 'accessToken' | 'credentials' | 'operations'
>;

/** How requests are authorized: a token manager, or a bearer token. */
export type TemplateApiCredentials =
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

export type TemplateApiClientOptions = TemplateApiRuntimeOptions & {
  /** The server URL the spec's paths are relative to. */
  baseUrl: string;
} & TemplateApiCredentials;

/**
 * A {{title}} client: typed paths, parameters and bodies from the spec, with retries, timeouts,
 * typed errors and a scope check (calls the token's scopes cannot authorize fail before the network
 * with `MissingScopeError`).
 */
export function createTemplateApiClient(options: TemplateApiClientOptions): TemplateApiClient {
  const { baseUrl, tokenManager, accessToken, ...runtimeOptions } = options;
  if (tokenManager !== undefined && accessToken !== undefined)
    throw new TypeError('Pass either tokenManager or accessToken, not both');
  if (tokenManager === undefined && accessToken === undefined)
    throw new TypeError('Pass a tokenManager or an accessToken');
  return createApiClient<paths>({
    ...runtimeOptions,
    baseUrl,
    operations: { routes: operationRoutes, security: operationSecurity, securitySchemes, apiDescription },
    ...(tokenManager ? { tokenSource: tokenManager } : { accessToken }),
  });
}

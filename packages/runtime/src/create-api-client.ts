import createClient, { type Client, type HeadersOptions, mergeHeaders, type Middleware } from 'openapi-fetch';
import { bindAuthMiddleware } from './auth-binding.js';
import { type AccessToken, bearerMiddleware } from './bearer.js';
import { CallContexts, callContextMiddleware, checkedTimeout } from './call-context.js';
import type { Logger } from './logger.js';
import { indexOperations, type OperationMaps } from './operations.js';
import { createRetryingFetch, type FetchLike } from './retry.js';
import { resolveRetryPolicy, type RetryOptions } from './retry-policy.js';
import { type GrantedScopes, scopeCheckMiddleware } from './scope-check.js';

export interface ApiClientOptions {
  /** Server URL the OpenAPI paths are relative to, e.g. `https://digital.garden-fi.com/a/consumer/api/v0`. */
  baseUrl: string;
  /**
   * Authentication middleware, e.g. `authMiddleware(tokenManager)` from `@dtk/auth`. A clone of the
   * request it re-sends through `options.fetch` (after a 401) keeps the call's timeouts, retries
   * and attempt count.
   */
  auth?: Middleware;
  /** A static bearer token (or a function returning the current one), instead of `auth`. */
  accessToken?: AccessToken;
  /** The current token's scopes for the scope check; `undefined` from it skips the check. */
  grantedScopes?: GrantedScopes;
  /** The API's generated maps: operationId → route, and operationId → accepted scopes. */
  operations?: OperationMaps;
  /** Base fetch. Default: `globalThis.fetch`, looked up at call time (so test interceptors installed later apply). */
  fetch?: FetchLike;
  /** Retry options, or `false` for none. Default: 2 retries with backoff. */
  retry?: RetryOptions | false;
  /** Per-attempt timeout in ms, covering the response body too; `Infinity` for none. Default 60 000. */
  timeoutMs?: number;
  logger?: Logger;
  /** Sent as `User-Agent` (browsers may ignore it). */
  userAgent?: string;
  /** Headers sent with every request. */
  headers?: HeadersOptions;
}

/** An openapi-fetch client for the API described by `Paths`. */
export type ApiClient<Paths extends {}> = Client<Paths>;

const DEFAULT_TIMEOUT_MS = 60_000;

function checkedBaseUrl(baseUrl: string): string {
  let url: URL | undefined;
  try {
    url = new URL(baseUrl);
  } catch {
    // reported below
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    throw new TypeError('baseUrl must be an absolute http(s) URL');
  }
  // fetch refuses such URLs with a message that echoes them, password included.
  if (url.username || url.password) throw new TypeError('baseUrl must not contain credentials (user:password@)');
  return baseUrl;
}

/**
 * An openapi-fetch client with the layers every Banno API client shares, always in this order
 * (outermost first):
 *
 * 1. default headers and `User-Agent` (set when openapi-fetch builds the Request);
 * 2. call context: finds the operationId, reads per-call `timeoutMs`/`retry`, labels the body with
 *    the spec's media type; afterwards records what `unwrap`/`getAttempts` need beside the final
 *    response and rejects a 2xx body that is not JSON with `MalformedResponseError`;
 * 3. scope check (when `operations.scopes` and `grantedScopes` are given): fails before the network;
 * 4. auth (`auth` middleware, or a static `accessToken`);
 * 5. middlewares added later with `client.use()`;
 * then openapi-fetch calls the retrying fetch: the attempt loop → per-attempt timeout (composed
 * with the caller's signal) → logging → the base fetch.
 *
 * Because onResponse hooks run in reverse, auth sees a response before the call-context layer, so
 * a re-send after a 401 is what the caller (and `unwrap`) finally gets.
 */
export function createApiClient<Paths extends {}>(options: ApiClientOptions): ApiClient<Paths> {
  const { auth, accessToken, grantedScopes, operations, logger, userAgent } = options;
  if (auth && accessToken !== undefined) throw new TypeError('Pass either auth or accessToken, not both');

  const contexts = new CallContexts({
    retry: resolveRetryPolicy(options.retry),
    timeoutMs: checkedTimeout(options.timeoutMs, DEFAULT_TIMEOUT_MS),
  });
  const client = createClient<Paths>({
    baseUrl: checkedBaseUrl(options.baseUrl),
    fetch: createRetryingFetch({ fetch: options.fetch, contexts, logger }),
    headers: userAgent === undefined ? options.headers : mergeHeaders(options.headers, { 'User-Agent': userAgent }),
  });

  client.use(callContextMiddleware(contexts, indexOperations(operations?.routes)));
  if (operations?.scopes && grantedScopes) client.use(scopeCheckMiddleware(contexts, operations.scopes, grantedScopes));
  if (auth) client.use(bindAuthMiddleware(auth, contexts));
  else if (accessToken !== undefined) client.use(bearerMiddleware(accessToken));
  return client;
}


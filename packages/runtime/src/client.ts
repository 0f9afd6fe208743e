// createApiClient: an openapi-fetch client whose every call runs through the runtime's own request loop.
import { durationOption, integerOption, urlOption } from '@dtk/core';
import { type Client, type HeadersOptions, type Middleware, mergeHeaders } from 'openapi-fetch';
import { Call, type CallSettings, type ClientContext, type Clock, type FetchLike, systemClock } from './call.js';
import type { Logger } from './logger.js';
import { type CallInit, createTransport, HTTP_METHODS, sendThrough, type Transport } from './openapi-fetch-contract.js';
import { checkPathParameters, OperationIndex, type OperationMaps } from './operations.js';
import { DEFAULT_MAX_RESPONSE_BYTES } from './response-body.js';
import { type RetryOptions, resolveRetryPolicy } from './retry.js';
import type { AccessToken, GrantedScopes, SchemeCredentials, TokenProvider, TokenSource } from './security.js';

export interface ApiClientOptions {
  /** Server URL the OpenAPI paths are relative to, e.g. `https://digital.garden-fi.com/a/consumer/api/v0`. */
  baseUrl: string;
  /**
   * Where OAuth access tokens come from, e.g. a `TokenManager` from `@dtk/auth`: a token per call, and after a 401
   * one renewal (compare-and-refresh) and one re-send. Its `grantedScopes()` drives the scope check.
   */
  tokenSource?: TokenSource;
  /** A static bearer token (or a function returning the current one), instead of `tokenSource`; never renewed. */
  accessToken?: AccessToken;
  /**
   * Credentials for other security schemes, by scheme name (`operations.securitySchemes`): an API key, an HTTP
   * bearer token, or `{ username, password }` for HTTP Basic. Per operation, the runtime applies the credentials of
   * the first security requirement it can satisfy.
   */
  credentials?: SchemeCredentials;
  /** The current token's scopes for the scope check, over `tokenSource.grantedScopes()`; `undefined` skips it. */
  grantedScopes?: GrantedScopes;
  /** The API's generated maps: routes, security requirements and schemes, servers. */
  operations?: OperationMaps;
  /** Base fetch, called with one Request per attempt. Default: `globalThis.fetch`, looked up per attempt. */
  fetch?: FetchLike;
  /** Retry options, or `false` for none. Default: 2 retries with backoff. */
  retry?: RetryOptions | false;
  /** Per-attempt timeout in ms, covering the response body too; `Infinity` for none. Default 60 000. */
  timeoutMs?: number;
  /** Largest response body read, in bytes (after decoding); `Infinity` for no limit. Default 32 MiB. */
  maxResponseBytes?: number;
  logger?: Logger;
  /** Sent as `User-Agent` (browsers may ignore it). */
  userAgent?: string;
  /** Headers sent with every request. */
  headers?: HeadersOptions;
}

/**
 * Per-call options, beside `params`, `body` and `signal`:
 * `client.GET('/path', { params, timeoutMs: 20_000, retry: false })`.
 */
export interface CallOptions {
  /** Per-attempt timeout for this call; `Infinity` for none. */
  timeoutMs?: number;
  /** Retry options for this call, over the client's; `false` for no retries. */
  retry?: RetryOptions | false;
  /** Largest response body for this call. */
  maxResponseBytes?: number;
}

/** An openapi-fetch client for the API described by `Paths`. */
export type ApiClient<Paths extends {}> = Client<Paths>;

const DEFAULT_TIMEOUT_MS = 60_000;
const BASE_URL_EXAMPLE = 'https://digital.garden-fi.com/a/consumer/api/v0';

const timeoutOption = (value: unknown) => durationOption('timeoutMs', value, { allowInfinity: true });
const maxBytesOption = (value: unknown) =>
  value === Number.POSITIVE_INFINITY ? value : integerOption('maxResponseBytes', value, 1);

function checkedBaseUrl(value: unknown): string {
  const url = urlOption('baseUrl', value, { example: BASE_URL_EXAMPLE });
  // fetch refuses such URLs with a message that echoes them, password included.
  if (url.username || url.password) throw new TypeError('baseUrl must not contain credentials (user:password@)');
  return String(value);
}

function tokenProvider(options: ApiClientOptions): TokenProvider | undefined {
  const { tokenSource, accessToken } = options;
  if (tokenSource !== undefined && accessToken !== undefined)
    throw new TypeError('Pass either tokenSource or accessToken, not both');
  if (tokenSource !== undefined) {
    if (typeof tokenSource?.getAccessToken !== 'function' || typeof tokenSource.handleUnauthorized !== 'function') {
      throw new TypeError(
        'tokenSource must have getAccessToken() and handleUnauthorized() (a TokenManager from @dtk/auth has both)',
      );
    }
    return {
      current: () => tokenSource.getAccessToken(),
      renew: (rejected) => tokenSource.handleUnauthorized(rejected),
      granted: typeof tokenSource.grantedScopes === 'function' ? () => tokenSource.grantedScopes() : undefined,
    };
  }
  if (accessToken === undefined) return undefined;
  if (typeof accessToken !== 'string' && typeof accessToken !== 'function') {
    throw new TypeError('accessToken must be a string or a function returning one');
  }
  return { current: typeof accessToken === 'function' ? accessToken : () => accessToken };
}

function checkedCredentials(options: ApiClientOptions): SchemeCredentials {
  const credentials = options.credentials ?? {};
  const schemes = options.operations?.securitySchemes;
  for (const [name, credential] of Object.entries(credentials)) {
    if (schemes && !Object.hasOwn(schemes, name)) {
      throw new TypeError(
        `credentials.${name}: no security scheme of that name (known: ${Object.keys(schemes).join(', ') || 'none'})`,
      );
    }
    const ok =
      typeof credential === 'string' ||
      typeof credential === 'function' ||
      (typeof credential === 'object' &&
        credential !== null &&
        typeof credential.username === 'string' &&
        typeof credential.password === 'string');
    if (!ok)
      throw new TypeError(`credentials.${name} must be a string, a function returning one, or { username, password }`);
  }
  return credentials;
}

/** The settings of one call: the client's, unless the call overrides some. */
function callSettings(defaults: CallSettings, init: CallInit | undefined): CallSettings {
  if (
    init === undefined ||
    (init.timeoutMs === undefined && init.retry === undefined && init.maxResponseBytes === undefined)
  )
    return defaults;
  return {
    retry: resolveRetryPolicy(init.retry as RetryOptions | false | undefined, defaults.retry),
    timeoutMs: init.timeoutMs === undefined ? defaults.timeoutMs : timeoutOption(init.timeoutMs),
    maxResponseBytes:
      init.maxResponseBytes === undefined ? defaults.maxResponseBytes : maxBytesOption(init.maxResponseBytes),
  };
}

/** {@link createApiClient} with its clock given: for tests that check backoff without waiting. */
export function buildApiClient<Paths extends {}>(options: ApiClientOptions, clock: Clock): ApiClient<Paths> {
  const baseUrl = checkedBaseUrl(options.baseUrl);
  const token = tokenProvider(options);
  const defaults: CallSettings = {
    retry: resolveRetryPolicy(options.retry),
    timeoutMs: options.timeoutMs === undefined ? DEFAULT_TIMEOUT_MS : timeoutOption(options.timeoutMs),
    maxResponseBytes:
      options.maxResponseBytes === undefined ? DEFAULT_MAX_RESPONSE_BYTES : maxBytesOption(options.maxResponseBytes),
  };
  const context: ClientContext = {
    fetch: options.fetch,
    token,
    grantedScopes: options.grantedScopes ?? token?.granted,
    logger: options.logger,
    clock,
  };
  const operations = new OperationIndex(options.operations, baseUrl, {
    token,
    schemes: checkedCredentials(options),
    securitySchemes: options.operations?.securitySchemes,
  });
  const headers =
    options.userAgent === undefined
      ? options.headers
      : mergeHeaders(options.headers, { 'User-Agent': options.userAgent });
  const transport: Transport = createTransport(baseUrl, headers);

  async function perform(method: string, path: string, init: CallInit | undefined): Promise<object> {
    const operation = operations.find(method, path);
    checkPathParameters(operation, init?.params?.path);
    const call = new Call(
      context,
      operation,
      method,
      callSettings(defaults, init),
      init?.signal ?? undefined,
      init?.fetch,
    );
    const parseAs = init?.parseAs ?? 'json';
    let streaming = false;
    try {
      const result = await sendThrough(transport, method, path, init, call.fetch, operation.baseUrl);
      const outcome = await call.complete(result, parseAs);
      // Only a stream handed to the caller ends the attempt itself; a 204, a HEAD or an empty body gives no stream,
      // and the attempt's listener would otherwise stay on the caller's signal, holding the call and its credentials.
      streaming = (outcome as { data?: unknown }).data instanceof ReadableStream;
      return outcome;
    } finally {
      // A streamed body keeps its deadline until the caller has read it.
      if (!streaming) call.finish();
    }
  }

  const client: Record<string, unknown> = {
    request: (method: string, path: string, init?: CallInit) => perform(method.toUpperCase(), path, init),
    use: (...middlewares: Middleware[]) => transport.use(...middlewares),
    eject: (...middlewares: Middleware[]) => transport.eject(...middlewares),
  };
  for (const method of HTTP_METHODS) client[method] = (path: string, init?: CallInit) => perform(method, path, init);
  return client as unknown as ApiClient<Paths>;
}

/**
 * An openapi-fetch client whose calls run through the runtime's request loop: the credentials of the operation's
 * security requirement and the scope check, retries with backoff and `Retry-After`, a deadline per attempt (the body
 * included), one renewal and re-send after a 401, redirects refused, bodies read within `maxResponseBytes`, typed
 * errors, and a redacting logger. Middlewares added with `client.use()` run as in openapi-fetch.
 *
 * @throws {TypeError} for a bad `baseUrl`, both `tokenSource` and `accessToken`, or credentials for an unknown scheme.
 * @throws {RangeError} for bad timeouts, limits or retry options.
 * @see https://www.rfc-editor.org/rfc/rfc6750#section-3.1 (renewal after `invalid_token`)
 */
export function createApiClient<Paths extends {}>(options: ApiClientOptions): ApiClient<Paths> {
  return buildApiClient<Paths>(options, systemClock);
}

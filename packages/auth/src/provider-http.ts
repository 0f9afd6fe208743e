// Talking to the provider: transport options, discovery, and the translation of what oauth4webapi and fetch throw
// into this package's typed errors.
import { durationOption, redactUrl } from '@dtk/core';
import * as oauth from 'oauth4webapi';
import {
  AuthError,
  IdTokenValidationError,
  type IdTokenValidationReason,
  OAuthError,
  type ProviderEndpoint,
  type ProviderResponseDetails,
  ProviderResponseError,
  type ProviderResponseReason,
  TokenResponseError,
} from './errors.js';

/** Transport options shared by every call that talks to the provider. */
export interface HttpOptions {
  /** Fetch implementation (default: `globalThis.fetch`), e.g. one with a corporate proxy dispatcher. */
  fetch?: typeof globalThis.fetch;
  /**
   * Allow `http:` provider URLs (discovery, token, userinfo, revocation and JWKS). Only for a loopback test provider
   * or a local sandbox; production providers are HTTPS.
   */
  allowInsecureRequests?: boolean;
  /** Per-request timeout in milliseconds (default 30 000). */
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 30_000;

/** The oauth4webapi request options equivalent to `http`. */
export function oauthRequestOptions(http: HttpOptions) {
  const fetchImpl = http.fetch;
  const timeoutMs = durationOption('timeoutMs', http.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  return {
    // AbortSignal.timeout's timer does not keep Node alive.
    signal: () => AbortSignal.timeout(timeoutMs),
    ...(fetchImpl && { [oauth.customFetch]: (url: string, init: RequestInit) => fetchImpl(url, init) }),
    ...(http.allowInsecureRequests && { [oauth.allowInsecureRequests]: true }),
  };
}

/** The message of every refusal to use plain HTTP, whichever library noticed it. */
export function insecureRequestRefusal(what: string): TypeError {
  return new TypeError(`${what} must use https:; allowInsecureRequests is only for a loopback or local test provider`);
}

/** OpenID Provider metadata (the discovery document). */
export type IssuerMetadata = oauth.AuthorizationServer;

/** An issuer given as its identifier (discovered on first use) or as metadata already at hand. */
export type IssuerInput = string | URL | IssuerMetadata;

export interface DiscoveryOptions extends HttpOptions {
  /** How long a discovered document is reused, in milliseconds (default one hour). */
  cacheMaxAgeMs?: number;
}

const DEFAULT_CACHE_MAX_AGE_MS = 60 * 60 * 1000;
const discovered = new Map<string, { fetchedAt: number; metadata: Promise<IssuerMetadata> }>();

/**
 * Fetches `{issuer}/.well-known/openid-configuration` (the path Banno serves, e.g.
 * `https://host/a/consumer/api/v0/oidc/.well-known/openid-configuration`), checks that the document names the same
 * issuer, and caches it per issuer. Concurrent callers share one request; failures are not cached.
 *
 * @throws {ProviderResponseError} `endpoint: 'discovery'` when the document cannot be fetched or is not valid.
 * @throws {TypeError} for an `http:` issuer without `allowInsecureRequests`.
 * @see https://openid.net/specs/openid-connect-discovery-1_0.html#ProviderConfig
 */
export function discoverIssuer(issuer: string | URL, options: DiscoveryOptions = {}): Promise<IssuerMetadata> {
  const issuerUrl = new URL(issuer);
  const key = issuerUrl.href;
  const maxAge = options.cacheMaxAgeMs ?? DEFAULT_CACHE_MAX_AGE_MS;
  const cached = discovered.get(key);
  if (cached && Date.now() - cached.fetchedAt < maxAge) return cached.metadata;

  const metadata = (async () => {
    try {
      const response = await oauth.discoveryRequest(issuerUrl, { ...oauthRequestOptions(options), algorithm: 'oidc' });
      return await oauth.processDiscoveryResponse(issuerUrl, response);
    } catch (error) {
      throw await toAuthError(error, 'discovery', {
        url: `${key.replace(/\/$/, '')}/.well-known/openid-configuration`,
      });
    }
  })();
  const entry = { fetchedAt: Date.now(), metadata };
  discovered.set(key, entry);
  metadata.catch(() => {
    if (discovered.get(key) === entry) discovered.delete(key);
  });
  return metadata;
}

/** Metadata for `issuer`: returned as is when given, discovered (and cached) otherwise. */
export async function resolveIssuer(issuer: IssuerInput, options: HttpOptions = {}): Promise<IssuerMetadata> {
  if (typeof issuer === 'string' || issuer instanceof URL) return discoverIssuer(issuer, options);
  if (typeof issuer?.issuer !== 'string') throw new TypeError('issuer metadata must have an "issuer" string');
  return issuer;
}

/** How fetch reports a network failure: undici (Node), Chromium, Firefox, Safari. */
const NETWORK_FAILURE = /^(fetch failed|Failed to fetch|NetworkError|Load failed)/;

/** The claim oauth4webapi or jose names in a failed comparison or timestamp check, and what that means. */
export const CLAIM_REASONS: Record<string, IdTokenValidationReason> = {
  iss: 'issuer_mismatch',
  aud: 'audience_mismatch',
  azp: 'azp_mismatch',
  nonce: 'nonce_mismatch',
  exp: 'expired',
  nbf: 'not_yet_valid',
  auth_time: 'auth_time_too_old',
};

/** oauth4webapi's codes for a provider response it could not use; any other code means `malformed`. */
const RESPONSE_REASONS: Record<string, ProviderResponseReason> = {
  [oauth.RESPONSE_IS_NOT_CONFORM]: 'unexpected_status',
  [oauth.RESPONSE_IS_NOT_JSON]: 'not_json',
  [oauth.PARSE_ERROR]: 'not_json',
  [oauth.JSON_ATTRIBUTE_COMPARISON]: 'issuer_mismatch',
  [oauth.MISSING_SERVER_METADATA]: 'invalid_metadata',
  [oauth.INVALID_SERVER_METADATA]: 'invalid_metadata',
};

/** What the failing call knows that an error should use: the exact secrets it sent, the URL it called. */
export interface FailureContext {
  secrets?: Iterable<string> | undefined;
  url?: string | undefined;
}

/** A {@link TokenResponseError} for the token endpoint, a {@link ProviderResponseError} for the others. */
export function providerError(
  details: ProviderResponseDetails,
  message: string,
  cause?: unknown,
): ProviderResponseError {
  const { endpoint, ...rest } = details;
  const options = cause === undefined ? {} : { cause };
  return endpoint === 'token'
    ? new TokenResponseError(rest, message, options)
    : new ProviderResponseError(details, message, options);
}

/** The OAuth error of a response: oauth4webapi parsed the body, except after a `WWW-Authenticate` challenge. */
async function oauthError(
  error: oauth.ResponseBodyError | oauth.WWWAuthenticateChallengeError,
  endpoint: ProviderEndpoint,
  secrets: Iterable<string> | undefined,
): Promise<OAuthError> {
  const fields: Record<string, unknown> =
    error instanceof oauth.ResponseBodyError
      ? error.cause
      : {
          ...error.cause[0]?.parameters,
          ...((await error.response.json().catch(() => undefined)) as object | undefined),
        };
  const text = (name: string) => (typeof fields[name] === 'string' ? fields[name] : undefined);
  const details = {
    error: text('error') ?? (endpoint === 'token' ? 'invalid_client' : 'invalid_token'),
    error_description: text('error_description'),
    error_uri: text('error_uri'),
    status: error.status,
  };
  return new OAuthError(details, { secrets });
}

/**
 * Translates what oauth4webapi and fetch throw into this package's typed errors. The library's errors are never
 * kept as `cause`: they hold the raw response body, tokens included.
 */
export async function toAuthError(
  error: unknown,
  endpoint: ProviderEndpoint,
  context: FailureContext = {},
): Promise<unknown> {
  if (error instanceof AuthError || !(error instanceof Error)) return error;
  const { message, name } = error;
  const url = context.url === undefined ? undefined : redactUrl(context.url, context.secrets);
  if (error instanceof oauth.ResponseBodyError || error instanceof oauth.WWWAuthenticateChallengeError) {
    return oauthError(error, endpoint, context.secrets);
  }
  if (error instanceof oauth.OperationProcessingError || error instanceof oauth.UnsupportedOperationError) {
    // What failed shows in the shape of the cause: a claim, a JWT header, the claims, or the Response.
    const cause = (error.cause ?? {}) as { claim?: string; claims?: unknown; header?: unknown; status?: number };
    if (cause.claim !== undefined)
      return new IdTokenValidationError(CLAIM_REASONS[cause.claim] ?? 'malformed', message);
    if (cause.header !== undefined) return new IdTokenValidationError('unexpected_alg', message);
    if (cause.claims !== undefined || /JW[TE]/.test(message)) {
      return new IdTokenValidationError(/claim missing/.test(message) ? 'missing_claim' : 'malformed', message);
    }
    if (error.code === oauth.HTTP_REQUEST_FORBIDDEN || error.code === oauth.REQUEST_PROTOCOL_FORBIDDEN) {
      return insecureRequestRefusal(`the ${endpoint} endpoint`);
    }
    const { status } = cause;
    const where = status === undefined ? endpoint : `${endpoint} (HTTP ${status})`;
    const reason = RESPONSE_REASONS[error.code ?? ''] ?? 'malformed';
    return providerError({ endpoint, reason, status, url }, `${where} response rejected: ${message}`);
  }
  if (name === 'TimeoutError' || name === 'AbortError') {
    const reason = name === 'TimeoutError' ? 'timeout' : 'aborted';
    return providerError({ endpoint, reason, url }, `${endpoint} request${url ? ` to ${url}` : ''}: ${reason}`);
  }
  if (error instanceof TypeError && NETWORK_FAILURE.test(message)) {
    const code = (error.cause as { code?: unknown } | undefined)?.code;
    const where = url ? ` at ${url}` : '';
    return providerError(
      { endpoint, reason: 'connection_failed', url },
      `could not reach the ${endpoint} endpoint${where} (${code ?? message})`,
      error.cause,
    );
  }
  return error;
}

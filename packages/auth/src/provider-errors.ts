import * as oauth from 'oauth4webapi';
import {
  AuthError,
  IdTokenValidationError,
  OAuthError,
  ProviderResponseError,
  TokenResponseError,
  type IdTokenValidationReason,
  type ProviderEndpoint,
  type ProviderResponseReason,
} from './errors.js';

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

export function providerError(
  endpoint: ProviderEndpoint,
  reason: ProviderResponseReason,
  message: string,
  status?: number,
  cause?: unknown,
): ProviderResponseError {
  return endpoint === 'token'
    ? new TokenResponseError(reason, message, status, cause)
    : new ProviderResponseError(endpoint, reason, message, status, cause);
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
      : { ...error.cause[0]?.parameters, ...((await error.response.json().catch(() => undefined)) as object | undefined) };
  const text = (name: string) => (typeof fields[name] === 'string' ? fields[name] : undefined);
  return new OAuthError({
    error: text('error') ?? (endpoint === 'token' ? 'invalid_client' : 'invalid_token'),
    error_description: text('error_description'),
    error_uri: text('error_uri'),
    status: error.status,
  }, secrets);
}

/**
 * Translates what oauth4webapi and fetch throw into this package's typed
 * errors. The library's errors are never kept as `cause`: they hold the raw
 * response body, tokens included.
 */
export async function toAuthError(error: unknown, endpoint: ProviderEndpoint, secrets?: Iterable<string>): Promise<unknown> {
  if (error instanceof AuthError || !(error instanceof Error)) return error;
  const { message, name } = error;
  if (error instanceof oauth.ResponseBodyError || error instanceof oauth.WWWAuthenticateChallengeError) return oauthError(error, endpoint, secrets);
  if (error instanceof oauth.OperationProcessingError || error instanceof oauth.UnsupportedOperationError) {
    // What failed shows in the shape of the cause: a claim, a JWT header, the claims, or the Response.
    const cause = (error.cause ?? {}) as { claim?: string; claims?: unknown; header?: unknown; status?: number };
    if (cause.claim !== undefined) return new IdTokenValidationError(CLAIM_REASONS[cause.claim] ?? 'malformed', message);
    if (cause.header !== undefined) return new IdTokenValidationError('unexpected_alg', message);
    if (cause.claims !== undefined || /JW[TE]/.test(message)) {
      return new IdTokenValidationError(/claim missing/.test(message) ? 'missing_claim' : 'malformed', message);
    }
    if (error.code === oauth.HTTP_REQUEST_FORBIDDEN || error.code === oauth.REQUEST_PROTOCOL_FORBIDDEN) {
      return new TypeError(`${message}; allowInsecureRequests is only for a loopback or local test provider`);
    }
    const { status } = cause;
    const where = status === undefined ? endpoint : `${endpoint} (HTTP ${status})`;
    return providerError(endpoint, RESPONSE_REASONS[error.code ?? ''] ?? 'malformed', `${where} response rejected: ${message}`, status);
  }
  if (name === 'TimeoutError' || name === 'AbortError') {
    const reason = name === 'TimeoutError' ? 'timeout' : 'aborted';
    return providerError(endpoint, reason, `${endpoint} request: ${reason}`);
  }
  if (error instanceof TypeError && NETWORK_FAILURE.test(message)) {
    const code = (error.cause as { code?: unknown } | undefined)?.code;
    return providerError(endpoint, 'connection_failed', `could not reach the ${endpoint} endpoint (${code ?? message})`, undefined, error.cause);
  }
  return error;
}

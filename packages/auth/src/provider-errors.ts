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

/** The claim oauth4webapi names in a failed comparison or timestamp check, and what that means. */
const CLAIM_REASONS: Record<string, IdTokenValidationReason> = {
  iss: 'issuer_mismatch',
  aud: 'audience_mismatch',
  azp: 'azp_mismatch',
  nonce: 'nonce_mismatch',
  exp: 'expired',
  nbf: 'not_yet_valid',
  auth_time: 'auth_time_too_old',
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

/**
 * Translates what oauth4webapi and fetch throw into this package's typed
 * errors. The library's errors are never kept as `cause`: they hold the raw
 * response body, tokens included.
 */
export async function toAuthError(error: unknown, endpoint: ProviderEndpoint): Promise<unknown> {
  if (error instanceof AuthError || !(error instanceof Error)) return error;
  const { message } = error;
  if (error instanceof oauth.ResponseBodyError) {
    const uri = error.cause.error_uri;
    const { error: code, error_description, status } = error;
    return new OAuthError({ error: code, error_description, error_uri: typeof uri === 'string' ? uri : undefined, status });
  }
  if (error instanceof oauth.WWWAuthenticateChallengeError) {
    // The OAuth error is in the JSON body, else in the challenge's parameters.
    const body = (await error.response.json().catch(() => ({}))) as Record<string, string | undefined>;
    const params = { ...error.cause[0]?.parameters, ...body };
    return new OAuthError({
      error: params.error ?? (endpoint === 'token' ? 'invalid_client' : 'invalid_token'),
      error_description: params.error_description,
      error_uri: params.error_uri,
      status: error.status,
    });
  }
  if (error instanceof oauth.OperationProcessingError || error instanceof oauth.UnsupportedOperationError) {
    const cause = (error.cause ?? {}) as { claim?: string; claims?: unknown; header?: unknown; status?: number };
    const status = cause.status;
    switch (error.code) {
      case oauth.JWT_TIMESTAMP_CHECK:
      case oauth.JWT_CLAIM_COMPARISON:
        return new IdTokenValidationError(CLAIM_REASONS[cause.claim ?? ''] ?? 'malformed', message);
      case oauth.RESPONSE_IS_NOT_CONFORM:
        return providerError(endpoint, 'unexpected_status', `${endpoint} endpoint answered HTTP ${status}`, status);
      case oauth.RESPONSE_IS_NOT_JSON:
        return providerError(endpoint, 'not_json', `${endpoint} endpoint answered HTTP ${status} without JSON`, status);
      case oauth.JSON_ATTRIBUTE_COMPARISON:
        return providerError(endpoint, 'issuer_mismatch', message);
      case oauth.MISSING_SERVER_METADATA:
      case oauth.INVALID_SERVER_METADATA:
        return providerError(endpoint, 'invalid_metadata', message);
      case oauth.HTTP_REQUEST_FORBIDDEN:
      case oauth.REQUEST_PROTOCOL_FORBIDDEN:
        return new TypeError(`${message}; allowInsecureRequests is only for a loopback or local test provider`);
    }
    if (cause.header !== undefined) return new IdTokenValidationError('unexpected_alg', message);
    if (cause.claims !== undefined || /JW[TE]/.test(message)) {
      return new IdTokenValidationError(/claim missing/.test(message) ? 'missing_claim' : 'malformed', message);
    }
    return providerError(endpoint, error.code === oauth.PARSE_ERROR ? 'not_json' : 'malformed', `${endpoint} response rejected: ${message}`);
  }
  if (error.name === 'TimeoutError' || error.name === 'AbortError') {
    const reason = error.name === 'TimeoutError' ? 'timeout' : 'aborted';
    return providerError(endpoint, reason, `${endpoint} request: ${reason}`);
  }
  if (error instanceof TypeError && NETWORK_FAILURE.test(message)) {
    const code = (error.cause as { code?: unknown } | undefined)?.code;
    return providerError(endpoint, 'connection_failed', `could not reach the ${endpoint} endpoint (${code ?? message})`, undefined, error.cause);
  }
  return error;
}

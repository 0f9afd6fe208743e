import { DtkError, type DtkErrorOptions, hasErrorCode, safeMessage } from '@dtk/core';

/** The stable code of every error class of this package; match on these rather than on messages. */
export const ERR_DTK_AUTH = 'ERR_DTK_AUTH';
export const ERR_DTK_AUTH_OAUTH = 'ERR_DTK_AUTH_OAUTH';
export const ERR_DTK_AUTH_REAUTHENTICATION_REQUIRED = 'ERR_DTK_AUTH_REAUTHENTICATION_REQUIRED';
export const ERR_DTK_AUTH_ID_TOKEN_INVALID = 'ERR_DTK_AUTH_ID_TOKEN_INVALID';
export const ERR_DTK_AUTH_AUTHORIZATION_RESPONSE = 'ERR_DTK_AUTH_AUTHORIZATION_RESPONSE';
export const ERR_DTK_AUTH_PROVIDER_RESPONSE = 'ERR_DTK_AUTH_PROVIDER_RESPONSE';
export const ERR_DTK_AUTH_TOKEN_RESPONSE = 'ERR_DTK_AUTH_TOKEN_RESPONSE';
export const ERR_DTK_AUTH_TOKEN_STORE = 'ERR_DTK_AUTH_TOKEN_STORE';

/** Every code an error of this package can carry. */
export type AuthErrorCode =
  | typeof ERR_DTK_AUTH
  | typeof ERR_DTK_AUTH_OAUTH
  | typeof ERR_DTK_AUTH_REAUTHENTICATION_REQUIRED
  | typeof ERR_DTK_AUTH_ID_TOKEN_INVALID
  | typeof ERR_DTK_AUTH_AUTHORIZATION_RESPONSE
  | typeof ERR_DTK_AUTH_PROVIDER_RESPONSE
  | typeof ERR_DTK_AUTH_TOKEN_RESPONSE
  | typeof ERR_DTK_AUTH_TOKEN_STORE
  // PrivateKeyError's, exported with it from `@dtk/auth/confidential`.
  | 'ERR_DTK_AUTH_PRIVATE_KEY';

/** Longest text a detail keeps (an `error_description` from a server, say). */
const MAX_DETAIL_TEXT = 1_000;

/**
 * Base of every error this package throws (`code` `ERR_DTK_AUTH…`). The message and every string in `details` are
 * cleaned (terminal escapes, control and bidi characters removed), capped and redacted when the error is built —
 * the exact secrets the failing step sent first — and `toString()`, `toJSON()` and `util.inspect` show only those.
 * `instanceof` and the guards (`isAuthError`, …) recognise errors from another installed copy of this package.
 */
export class AuthError<Details extends object = Record<string, unknown>> extends DtkError<Details> {
  static override readonly code: string = ERR_DTK_AUTH;
  override readonly name: string = 'AuthError';
  declare readonly code: AuthErrorCode;

  constructor(message: string, details: Details, options: DtkErrorOptions = {}) {
    const secrets = options.secrets ? [...options.secrets] : undefined;
    const safeDetails = Object.fromEntries(
      Object.entries(details).map(([key, value]) => [
        key,
        typeof value === 'string' ? safeMessage(value, { maxLength: MAX_DETAIL_TEXT, secrets }) : value,
      ]),
    ) as Details;
    super(message, safeDetails, { ...options, secrets });
  }
}

/** The fields of an OAuth 2.0 error response (RFC 6749 §5.2). */
export interface OAuthErrorDetails {
  /** The `error` code, e.g. `invalid_grant`, `invalid_client`. */
  error: string;
  error_description?: string | undefined;
  error_uri?: string | undefined;
  /** HTTP status of the response. */
  status?: number | undefined;
}

/**
 * An OAuth 2.0 error response from the token, revocation or userinfo endpoint.
 * @see https://www.rfc-editor.org/rfc/rfc6749#section-5.2
 */
export class OAuthError extends AuthError<OAuthErrorDetails> {
  static override readonly code: string = ERR_DTK_AUTH_OAUTH;
  override readonly name: string = 'OAuthError';

  constructor(details: OAuthErrorDetails, options: DtkErrorOptions = {}) {
    const { error, error_description } = details;
    super(error_description ? `${error}: ${error_description}` : error, details, options);
  }
}

/** Why a session cannot continue without the user signing in again. */
export type ReauthenticationReason = 'no_token' | 'no_refresh_token' | 'invalid_grant' | 'unauthorized';

/** The session cannot be renewed: the user must sign in again. */
export class ReauthenticationRequiredError extends AuthError<{ reason: ReauthenticationReason }> {
  static override readonly code: string = ERR_DTK_AUTH_REAUTHENTICATION_REQUIRED;
  override readonly name: string = 'ReauthenticationRequiredError';

  constructor(reason: ReauthenticationReason, message: string, options: DtkErrorOptions = {}) {
    super(message, { reason }, options);
  }
}

/** Which ID token check failed. */
export type IdTokenValidationReason =
  | 'malformed'
  | 'missing_claim'
  | 'unexpected_alg'
  | 'invalid_signature'
  | 'no_matching_key'
  | 'jwks_unavailable'
  | 'issuer_mismatch'
  | 'audience_mismatch'
  | 'azp_mismatch'
  | 'expired'
  | 'not_yet_valid'
  | 'issued_in_future'
  | 'auth_time_too_old'
  | 'nonce_mismatch'
  | 'at_hash_missing'
  | 'at_hash_mismatch'
  | 'subject_changed'
  | 'issuer_changed';

/**
 * An ID token failed verification; `details.reason` names the check.
 * @see https://openid.net/specs/openid-connect-core-1_0.html#IDTokenValidation
 */
export class IdTokenValidationError extends AuthError<{ reason: IdTokenValidationReason }> {
  static override readonly code: string = ERR_DTK_AUTH_ID_TOKEN_INVALID;
  override readonly name: string = 'IdTokenValidationError';

  constructor(reason: IdTokenValidationReason, message: string) {
    super(`ID token rejected: ${message}`, { reason });
  }
}

/** Which authorization-response check failed. */
export type AuthorizationResponseReason =
  | 'state_mismatch'
  | 'state_missing'
  | 'state_reused'
  | 'issuer_mismatch'
  | 'issuer_missing'
  | 'error_response'
  | 'code_missing'
  | 'unsupported_response'
  | 'timeout';

/** What an {@link AuthorizationResponseError} knows. */
export interface AuthorizationResponseDetails {
  reason: AuthorizationResponseReason;
  /** For `reason: 'error_response'`: the `error` the server redirected with, e.g. `access_denied`. */
  error?: string | undefined;
  error_description?: string | undefined;
  error_uri?: string | undefined;
}

/**
 * The redirect back from the authorization endpoint was rejected.
 * @see https://www.rfc-editor.org/rfc/rfc6749#section-4.1.2
 * @see https://www.rfc-editor.org/rfc/rfc9207
 */
export class AuthorizationResponseError extends AuthError<AuthorizationResponseDetails> {
  static override readonly code: string = ERR_DTK_AUTH_AUTHORIZATION_RESPONSE;
  override readonly name: string = 'AuthorizationResponseError';

  constructor(
    reason: AuthorizationResponseReason,
    message: string,
    fields: Omit<AuthorizationResponseDetails, 'reason'> = {},
  ) {
    super(message, { reason, ...fields });
  }
}

/** The endpoint whose response could not be used. */
export type ProviderEndpoint = 'discovery' | 'token' | 'userinfo' | 'revocation' | 'jwks';

/** Why a provider response could not be used. */
export type ProviderResponseReason =
  | 'connection_failed'
  | 'timeout'
  | 'aborted'
  | 'unexpected_status'
  | 'not_json'
  | 'malformed'
  | 'issuer_mismatch'
  | 'invalid_metadata';

/** What a {@link ProviderResponseError} knows. */
export interface ProviderResponseDetails {
  endpoint: ProviderEndpoint;
  reason: ProviderResponseReason;
  status?: number | undefined;
  /** The endpoint's URL, redacted (query values and userinfo removed), when it is known. */
  url?: string | undefined;
}

/** A provider endpoint could not be reached, or answered with something that is not a valid OAuth response. */
export class ProviderResponseError extends AuthError<ProviderResponseDetails> {
  static override readonly code: string = ERR_DTK_AUTH_PROVIDER_RESPONSE;
  override readonly name: string = 'ProviderResponseError';

  constructor(details: ProviderResponseDetails, message: string, options: DtkErrorOptions = {}) {
    super(message, details, options);
  }
}

/** The token endpoint could not be reached, or answered with a non-JSON, HTML or malformed body. */
export class TokenResponseError extends ProviderResponseError {
  static override readonly code: string = ERR_DTK_AUTH_TOKEN_RESPONSE;
  override readonly name: string = 'TokenResponseError';

  constructor(details: Omit<ProviderResponseDetails, 'endpoint'>, message: string, options: DtkErrorOptions = {}) {
    super({ endpoint: 'token', ...details }, message, options);
  }
}

/** Why a token store failed. */
export type TokenStoreReason = 'corrupt' | 'lock_timeout' | 'io';

/** A token store could not be read, written or locked. Nothing is overwritten when this is thrown. */
export class TokenStoreError extends AuthError<{ reason: TokenStoreReason }> {
  static override readonly code: string = ERR_DTK_AUTH_TOKEN_STORE;
  override readonly name: string = 'TokenStoreError';

  constructor(reason: TokenStoreReason, message: string, options: DtkErrorOptions = {}) {
    super(message, { reason }, options);
  }
}

/**
 * A type guard for errors whose class (or a class above it) has `code`, from any installed copy of this package.
 * Every call below is marked pure, so a bundle keeps only the guards it uses.
 */
function guardFor<T extends AuthError<object>>(code: AuthErrorCode): (value: unknown) => value is T {
  return (value): value is T => hasErrorCode(value, code);
}

/** True for any error of this package, from any installed copy of it. */
export const isAuthError = /* @__PURE__ */ guardFor<AuthError>(ERR_DTK_AUTH);
/** True for an {@link OAuthError} from any installed copy of this package. */
export const isOAuthError = /* @__PURE__ */ guardFor<OAuthError>(ERR_DTK_AUTH_OAUTH);
/** True for a {@link ReauthenticationRequiredError} from any installed copy of this package. */
export const isReauthenticationRequiredError = /* @__PURE__ */ guardFor<ReauthenticationRequiredError>(
  ERR_DTK_AUTH_REAUTHENTICATION_REQUIRED,
);
/** True for an {@link IdTokenValidationError} from any installed copy of this package. */
export const isIdTokenValidationError = /* @__PURE__ */ guardFor<IdTokenValidationError>(ERR_DTK_AUTH_ID_TOKEN_INVALID);
/** True for an {@link AuthorizationResponseError} from any installed copy of this package. */
export const isAuthorizationResponseError = /* @__PURE__ */ guardFor<AuthorizationResponseError>(
  ERR_DTK_AUTH_AUTHORIZATION_RESPONSE,
);
/** True for a {@link ProviderResponseError} (a {@link TokenResponseError} included) from any installed copy. */
export const isProviderResponseError = /* @__PURE__ */ guardFor<ProviderResponseError>(ERR_DTK_AUTH_PROVIDER_RESPONSE);
/** True for a {@link TokenResponseError} from any installed copy of this package. */
export const isTokenResponseError = /* @__PURE__ */ guardFor<TokenResponseError>(ERR_DTK_AUTH_TOKEN_RESPONSE);
/** True for a {@link TokenStoreError} from any installed copy of this package. */
export const isTokenStoreError = /* @__PURE__ */ guardFor<TokenStoreError>(ERR_DTK_AUTH_TOKEN_STORE);

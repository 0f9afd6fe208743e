import { safeMessage } from '@dtk/core';

/** Node's `util.inspect` hook; a registered symbol, so referencing it is browser-safe. */
const inspectCustom = Symbol.for('nodejs.util.inspect.custom');

/** Longest text an error keeps from anything it is given (server text included). */
const MAX_TEXT = 2_000;

/** Server-provided text as one cleaned, redacted, capped line: it cannot leak credentials, forge log lines or block. */
function safeText<T>(text: T, secrets?: Iterable<string>): T {
  return typeof text === 'string' ? (safeMessage(text, { maxLength: MAX_TEXT, secrets }) as T) : text;
}

/**
 * Base class of every error this package throws. The message and the string
 * fields are redacted when the error is built, and `toString()`, `toJSON()`
 * and `util.inspect` show only those.
 */
export abstract class AuthError extends Error {
  readonly #fields: Record<string, unknown> = {};

  constructor(name: string, message: string, fields: Record<string, unknown> = {}, cause?: unknown, secrets?: Iterable<string>) {
    const exact = secrets && [...secrets];
    super(safeText(message, exact), cause === undefined ? undefined : { cause });
    this.name = name;
    for (const [key, value] of Object.entries(fields)) {
      this.#fields[key] = (this as Record<string, unknown>)[key] = safeText(value, exact);
    }
  }

  override toString(): string {
    return `${this.name}: ${this.message}`;
  }

  toJSON(): Record<string, unknown> {
    return { name: this.name, message: this.message, ...this.#fields };
  }

  [inspectCustom](): string {
    const fields = Object.entries(this.#fields).filter(([, value]) => value !== undefined);
    const shown = fields.length ? ` { ${fields.map(([key, value]) => `${key}: ${JSON.stringify(value)}`).join(', ')} }` : '';
    const frames = (this.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line));
    const cause = this.cause === undefined ? [] : [`  [cause]: ${safeText(String(this.cause))}`];
    return [`${this.name}: ${this.message}${shown}`, ...frames, ...cause].join('\n');
  }
}

/** An OAuth 2.0 error response (RFC 6749 §5.2) from the token, revocation or userinfo endpoint. */
export class OAuthError extends AuthError {
  /** The `error` code, e.g. `invalid_grant`, `invalid_client`. */
  declare readonly error: string;
  declare readonly error_description: string | undefined;
  declare readonly error_uri: string | undefined;
  /** HTTP status of the response. */
  declare readonly status: number | undefined;

  constructor(
    fields: { error: string; error_description?: string | undefined; error_uri?: string | undefined; status?: number | undefined },
    secrets?: Iterable<string>,
  ) {
    const { error, error_description, error_uri, status } = fields;
    super('OAuthError', error_description ? `${error}: ${error_description}` : error, { error, error_description, error_uri, status }, undefined, secrets);
  }
}

/** Why a session cannot continue without the user signing in again. */
export type ReauthenticationReason = 'no_token' | 'no_refresh_token' | 'invalid_grant' | 'unauthorized';

/** The session cannot be renewed: the user must sign in again. */
export class ReauthenticationRequiredError extends AuthError {
  declare readonly reason: ReauthenticationReason;

  constructor(reason: ReauthenticationReason, message: string, cause?: unknown) {
    super('ReauthenticationRequiredError', message, { reason }, cause);
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

/** An ID token failed verification; `reason` names the check. */
export class IdTokenValidationError extends AuthError {
  declare readonly reason: IdTokenValidationReason;

  constructor(reason: IdTokenValidationReason, message: string) {
    super('IdTokenValidationError', `ID token rejected: ${message}`, { reason });
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

/** The redirect back from the authorization endpoint was rejected (RFC 6749 §4.1.2, RFC 9207). */
export class AuthorizationResponseError extends AuthError {
  declare readonly reason: AuthorizationResponseReason;
  /** For `reason: 'error_response'`: the `error` the server redirected with, e.g. `access_denied`. */
  declare readonly error: string | undefined;
  declare readonly error_description: string | undefined;
  declare readonly error_uri: string | undefined;

  constructor(
    reason: AuthorizationResponseReason,
    message: string,
    fields: { error?: string | undefined; error_description?: string | undefined; error_uri?: string | undefined } = {},
  ) {
    super('AuthorizationResponseError', message, { reason, ...fields });
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

/** A provider endpoint could not be reached, or answered with something that is not a valid OAuth response. */
export class ProviderResponseError extends AuthError {
  declare readonly endpoint: ProviderEndpoint;
  declare readonly reason: ProviderResponseReason;
  declare readonly status: number | undefined;

  constructor(endpoint: ProviderEndpoint, reason: ProviderResponseReason, message: string, status?: number, cause?: unknown) {
    super('ProviderResponseError', message, { endpoint, reason, status }, cause);
  }
}

/** The token endpoint could not be reached, or answered with a non-JSON, HTML or malformed body. */
export class TokenResponseError extends ProviderResponseError {
  declare readonly endpoint: 'token';

  constructor(reason: ProviderResponseReason, message: string, status?: number, cause?: unknown) {
    super('token', reason, message, status, cause);
    this.name = 'TokenResponseError';
  }
}

/** A token store could not be read, written or locked. Nothing is overwritten when this is thrown. */
export class TokenStoreError extends AuthError {
  declare readonly reason: 'corrupt' | 'lock_timeout' | 'io';

  constructor(reason: 'corrupt' | 'lock_timeout' | 'io', message: string, cause?: unknown) {
    super('TokenStoreError', message, { reason }, cause);
  }
}

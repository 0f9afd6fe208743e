import { isBearerToken, MAX_TOKEN_LENGTH } from '@dtk/core';
import { TokenResponseError } from './errors.js';
import { decodeJwtUnverified, type IdTokenClaims } from './id-token.js';

export type { IdTokenClaims } from './id-token.js';

/** Tokens from one token response, plain JSON so any store can persist them. */
export interface TokenSet {
  accessToken: string;
  /** As sent by the server, e.g. `Bearer`. */
  tokenType: string;
  /** When the response was received (epoch ms). */
  receivedAt: number;
  /** When the access token expires (epoch ms); undefined when the server gave no way to tell. */
  expiresAt?: number;
  refreshToken?: string;
  idToken?: string;
  /** Claims of `idToken`, set once it has been verified. */
  idTokenClaims?: IdTokenClaims;
  /** Granted scopes, space-separated. */
  scope?: string;
}

export interface NormalizeOptions {
  /** When the response arrived (epoch ms); `expires_in` counts from here. */
  receivedAt: number;
}

/** A finite non-negative number, or a string holding only one. */
function numeric(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? value : undefined;
  if (typeof value === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(value)) return Number(value);
  return undefined;
}

/** Below this an epoch value is read as seconds (until year 5138), above as milliseconds (since 1973). */
const EPOCH_SECONDS_LIMIT = 1e11;

/** `expires_at` as an ISO 8601 date (Banno's CLI quickstart), epoch seconds or epoch milliseconds. */
function parseExpiresAt(value: unknown): number | undefined {
  const epoch = numeric(value);
  if (epoch !== undefined) return epoch < EPOCH_SECONDS_LIMIT ? epoch * 1000 : epoch;
  if (typeof value !== 'string') return undefined;
  const parsed = Date.parse(value);
  return Number.isNaN(parsed) ? undefined : parsed;
}

function jwtExpiry(accessToken: string): number | undefined {
  const exp = decodeJwtUnverified(accessToken)?.payload.exp;
  return typeof exp === 'number' && Number.isFinite(exp) ? exp * 1000 : undefined;
}

// RFC 6749 Appendix A: refresh tokens, scopes and token types are visible ASCII (scope and type without quotes/backslash).
const VISIBLE_ASCII = /^[\x20-\x7e]+$/;

// True when a token can be sent as `Authorization: Bearer <token>` (RFC 6750 §2.1): the rule @dtk/runtime applies too.
export { isBearerToken } from '@dtk/core';

/** Rejects a field the server sent in a shape a client cannot use; the message never quotes the value. */
function malformed(name: string, rule: string): TokenResponseError {
  return new TokenResponseError({ reason: 'malformed' }, `token response "${name}" ${rule}`);
}

function optionalString(body: Record<string, unknown>, name: string): string | undefined {
  const value = body[name];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw malformed(name, 'must be a string');
  if (value.length > MAX_TOKEN_LENGTH || (value !== '' && !VISIBLE_ASCII.test(value))) {
    throw malformed(name, 'must be visible ASCII characters (RFC 6749 Appendix A)');
  }
  return value;
}

/**
 * Turns a token endpoint response body into a {@link TokenSet}. The expiry
 * comes from `expires_in` counted from receipt (immune to clock skew), else
 * `expires_at` (ISO date, epoch seconds or epoch milliseconds), else the
 * access token's own `exp` claim, else it stays unknown. Tokens are checked against their syntax (RFC 6750 §2.1
 * for the access token, RFC 6749 Appendix A for the rest), so none can break a header or a log line later.
 *
 * @throws {TokenResponseError} `reason: 'malformed'`, with a fixed message that never quotes a value.
 * @see https://www.rfc-editor.org/rfc/rfc6749#section-5.1
 * @see https://www.rfc-editor.org/rfc/rfc6750#section-2.1
 */
export function normalizeTokenResponse(body: unknown, options: NormalizeOptions): TokenSet {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new TokenResponseError({ reason: 'malformed' }, 'token response must be a JSON object');
  }
  const fields = body as Record<string, unknown>;
  const accessToken = fields.access_token;
  if (typeof accessToken !== 'string' || accessToken === '')
    throw malformed('access_token', 'is missing or not a string');
  if (!isBearerToken(accessToken))
    throw malformed('access_token', 'has characters that RFC 6750 §2.1 does not allow in a bearer-token');
  const { receivedAt } = options;
  const expiresIn = numeric(fields.expires_in);
  const expiresAt =
    expiresIn !== undefined
      ? receivedAt + expiresIn * 1000
      : (parseExpiresAt(fields.expires_at) ?? jwtExpiry(accessToken));
  const tokenSet: TokenSet = { accessToken, tokenType: optionalString(fields, 'token_type') ?? 'Bearer', receivedAt };
  if (expiresAt !== undefined) tokenSet.expiresAt = expiresAt;
  const refreshToken = optionalString(fields, 'refresh_token');
  if (refreshToken) tokenSet.refreshToken = refreshToken;
  const idToken = optionalString(fields, 'id_token');
  if (idToken) tokenSet.idToken = idToken;
  const scope = optionalString(fields, 'scope');
  if (scope !== undefined) tokenSet.scope = scope;
  return tokenSet;
}

/** The granted scopes of `tokenSet`, or undefined when the server did not say. */
export function scopesOf(tokenSet: TokenSet | undefined): string[] | undefined {
  return tokenSet?.scope === undefined ? undefined : tokenSet.scope.split(' ').filter(Boolean);
}

/**
 * Token sets that a failed renewal still obtained, by its error: after the provider rotated the refresh token, losing
 * the new one would end the session at the next renewal. Kept beside the error, never on it, so that nothing prints it.
 */
const obtainedBeforeFailure = new WeakMap<object, TokenSet>();

/** Records that `error` ended a renewal after `tokenSet` was obtained; returns `error`. */
export function withTokenSetObtained<E extends object>(error: E, tokenSet: TokenSet): E {
  obtainedBeforeFailure.set(error, tokenSet);
  return error;
}

/** The token set a failed renewal still obtained (see {@link withTokenSetObtained}), if any. */
export function tokenSetObtainedBefore(error: unknown): TokenSet | undefined {
  return typeof error === 'object' && error !== null ? obtainedBeforeFailure.get(error) : undefined;
}

import { TokenResponseError } from './errors.js';
import { decodeJwtUnverified } from './jwt.js';

/** Claims of a verified ID token. */
export interface IdTokenClaims {
  readonly iss: string;
  readonly sub: string;
  readonly aud: string | string[];
  readonly exp: number;
  readonly iat: number;
  readonly nonce?: string;
  readonly azp?: string;
  readonly auth_time?: number;
  readonly [claim: string]: unknown;
}

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

function optionalString(body: Record<string, unknown>, name: string): string | undefined {
  const value = body[name];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new TokenResponseError('malformed', `token response "${name}" must be a string`);
  return value;
}

/**
 * Turns a token endpoint response body into a {@link TokenSet}. The expiry
 * comes from `expires_in` counted from receipt (immune to clock skew), else
 * `expires_at` (ISO date, epoch seconds or epoch milliseconds), else the
 * access token's own `exp` claim, else it stays unknown.
 */
export function normalizeTokenResponse(body: unknown, options: NormalizeOptions): TokenSet {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new TokenResponseError('malformed', 'token response must be a JSON object');
  }
  const fields = body as Record<string, unknown>;
  const accessToken = fields.access_token;
  if (typeof accessToken !== 'string' || accessToken === '') {
    throw new TokenResponseError('malformed', 'token response has no "access_token" string');
  }
  const { receivedAt } = options;
  const expiresIn = numeric(fields.expires_in);
  const expiresAt =
    expiresIn !== undefined ? receivedAt + expiresIn * 1000 : (parseExpiresAt(fields.expires_at) ?? jwtExpiry(accessToken));
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

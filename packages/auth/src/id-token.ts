// ID tokens: the checks every entry shares (OIDC Core §3.1.3.7 beyond what oauth4webapi and jose check), at_hash,
// and reading a JWT that was verified elsewhere.
import { IdTokenValidationError } from './errors.js';
import type { HttpOptions, IssuerMetadata } from './provider-http.js';

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

/** Asymmetric JWS algorithms accepted for ID tokens. `none` and the HMAC family are never accepted. */
const ASYMMETRIC_ALGS = [
  'ES256',
  'PS256',
  'RS256',
  'ES384',
  'PS384',
  'RS384',
  'ES512',
  'PS512',
  'RS512',
  'EdDSA',
  'Ed25519',
];

/**
 * The ID token algorithm allow-list: the caller's list, else the provider's
 * advertised list, else RS256 (OIDC's default), always intersected with the
 * asymmetric algorithms so that `none` can never get in.
 */
export function allowedIdTokenAlgorithms(metadata: IssuerMetadata, requested?: readonly string[]): string[] {
  const candidates = requested ?? metadata.id_token_signing_alg_values_supported ?? ['RS256'];
  const allowed = candidates.filter((alg) => ASYMMETRIC_ALGS.includes(alg));
  if (allowed.length === 0)
    throw new TypeError('no acceptable ID token algorithm: only asymmetric JWS algorithms are allowed');
  return allowed;
}

/** What an ID token is checked against beyond its signature and standard claims. */
export interface IdTokenExpectations {
  /** The nonce sent with the authorization request; the token must carry it. */
  nonce?: string;
  /** The `max_age` (seconds) sent with the authorization request; `auth_time` must be within it. */
  maxAge?: number;
  /** The access token issued with it, for `at_hash`. */
  accessToken?: string;
  /** Fail when `at_hash` is absent (it is optional in the code flow). */
  requireAtHash?: boolean;
  /** Claims of the session's previous ID token: `sub` and `iss` must not change on refresh (OIDC Core §12.2). */
  previous?: Pick<IdTokenClaims, 'sub' | 'iss'>;
  /** Seconds of clock tolerance (default 30). */
  clockToleranceSeconds?: number;
}

function hashFor(alg: string): 'SHA-256' | 'SHA-384' | 'SHA-512' | undefined {
  if (alg === 'EdDSA' || alg === 'Ed25519') return 'SHA-512';
  const bits = alg.slice(-3);
  return bits === '256' || bits === '384' || bits === '512' ? `SHA-${bits}` : undefined;
}

/** OIDC Core §3.1.3.8: base64url of the left half of the access token's hash, with the ID token's hash function. */
export async function computeAtHash(accessToken: string, alg: string): Promise<string> {
  const hash = hashFor(alg);
  if (!hash) throw new IdTokenValidationError('unexpected_alg', `cannot compute at_hash for alg ${alg}`);
  const digest = new Uint8Array(await crypto.subtle.digest(hash, new TextEncoder().encode(accessToken)));
  return encodeBase64Url(digest.slice(0, digest.length / 2));
}

/**
 * The checks oauth4webapi's generic token response processing and jose leave
 * to the caller: `nonce`, `auth_time` within `max_age`, `iat` not in the
 * future, `at_hash`, and `sub`/`iss` unchanged across refresh. The token's
 * `alg` (on the allow-list), signature where verified, `iss`, `aud`, `azp`
 * and `exp` must already have passed.
 */
export async function checkIdTokenExtras(
  claims: IdTokenClaims,
  alg: string,
  expectations: IdTokenExpectations,
): Promise<IdTokenClaims> {
  const { nonce, maxAge, accessToken, previous } = expectations;
  const now = Date.now() / 1000;
  const tolerance = expectations.clockToleranceSeconds ?? 30;
  if (nonce !== undefined && claims.nonce !== nonce) {
    throw new IdTokenValidationError(
      claims.nonce === undefined ? 'missing_claim' : 'nonce_mismatch',
      '"nonce" does not match the request',
    );
  }
  if (maxAge !== undefined) {
    if (typeof claims.auth_time !== 'number')
      throw new IdTokenValidationError('missing_claim', 'no numeric "auth_time"');
    if (claims.auth_time + maxAge < now - tolerance)
      throw new IdTokenValidationError('auth_time_too_old', '"auth_time" is older than max_age');
  }
  if (claims.iat > now + tolerance)
    throw new IdTokenValidationError('issued_in_future', '"iat" is in the future beyond the clock tolerance');
  if (claims.at_hash === undefined) {
    if (expectations.requireAtHash) throw new IdTokenValidationError('at_hash_missing', 'no "at_hash"');
  } else if (accessToken !== undefined && claims.at_hash !== (await computeAtHash(accessToken, alg))) {
    throw new IdTokenValidationError('at_hash_mismatch', '"at_hash" does not match the access token');
  }
  if (previous && claims.iss !== previous.iss)
    throw new IdTokenValidationError('issuer_changed', 'refreshed ID token has a different "iss"');
  if (previous && claims.sub !== previous.sub)
    throw new IdTokenValidationError('subject_changed', 'refreshed ID token has a different "sub"');
  return claims;
}

export type JsonObject = Record<string, unknown>;

function decodeSegment(segment: string | undefined): JsonObject | undefined {
  if (!segment) return undefined;
  try {
    const value: unknown = JSON.parse(new TextDecoder().decode(decodeBase64Url(segment)));
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as JsonObject) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Reads a compact JWS's header and payload WITHOUT verifying it. Only for
 * values already verified elsewhere, or used as hints (an access token's `exp`).
 */
export function decodeJwtUnverified(token: string): { header: JsonObject; payload: JsonObject } | undefined {
  const parts = token.split('.');
  if (parts.length !== 3) return undefined;
  const header = decodeSegment(parts[0]);
  const payload = decodeSegment(parts[1]);
  return header && payload ? { header, payload } : undefined;
}

/** base64url without padding (RFC 4648 §5), for hashes and JWT segments. */
export function encodeBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function decodeBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

/** What an ID token verifier is given. */
export interface IdTokenCheck {
  metadata: IssuerMetadata;
  clientId: string;
  allowedAlgs: readonly string[];
  expectations: IdTokenExpectations;
  http: HttpOptions;
}

/** Verifies an ID token from the token endpoint and returns its claims. */
export type IdTokenVerifier = (idToken: string, check: IdTokenCheck) => Promise<IdTokenClaims>;

/**
 * The universal entry's verifier. oauth4webapi has already checked `alg` (against the allow-list), `iss`, `aud`,
 * `azp`, `exp` and the required claims while processing the response; this adds the remaining claim checks. The
 * signature is not checked here: the token came straight from the token endpoint over TLS (OIDC Core §3.1.3.7
 * step 6). `verifyIdToken` (`@dtk/auth/jwks`) and the confidential client also check it against the JWKS.
 */
export const checkIdTokenClaimsOnly: IdTokenVerifier = async (idToken, check) => {
  const decoded = decodeJwtUnverified(idToken);
  if (!decoded) throw new IdTokenValidationError('malformed', 'not a compact JWS');
  return checkIdTokenExtras(decoded.payload as IdTokenClaims, String(decoded.header.alg), check.expectations);
};

import { encodeBase64Url } from './base64url.js';
import { IdTokenValidationError } from './errors.js';
import { decodeJwtUnverified } from './jwt.js';
import type { IssuerMetadata } from './discovery.js';
import type { IdTokenClaims } from './token-set.js';

/** Asymmetric JWS algorithms accepted for ID tokens. `none` and the HMAC family are never accepted. */
const ASYMMETRIC_ALGS = ['ES256', 'PS256', 'RS256', 'ES384', 'PS384', 'RS384', 'ES512', 'PS512', 'RS512', 'EdDSA', 'Ed25519'];

/**
 * The ID token algorithm allow-list: the caller's list, else the provider's
 * advertised list, else RS256 (OIDC's default), always intersected with the
 * asymmetric algorithms so that `none` can never get in.
 */
export function allowedIdTokenAlgorithms(metadata: IssuerMetadata, requested?: readonly string[]): string[] {
  const candidates = requested ?? metadata.id_token_signing_alg_values_supported ?? ['RS256'];
  const allowed = candidates.filter((alg) => ASYMMETRIC_ALGS.includes(alg));
  if (allowed.length === 0) throw new TypeError('no acceptable ID token algorithm: only asymmetric JWS algorithms are allowed');
  return allowed;
}

/** What an ID token is checked against beyond its signature and standard claims. */
export interface IdTokenExpectations {
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
 * The checks the libraries leave to the caller: `alg` on the allow-list,
 * `iat` not in the future, `at_hash`, and `sub`/`iss` unchanged across refresh.
 * `idToken` must already have passed the signature and standard-claim checks.
 */
export async function checkIdTokenExtras(
  idToken: string,
  allowedAlgs: readonly string[],
  expectations: IdTokenExpectations,
): Promise<IdTokenClaims> {
  const decoded = decodeJwtUnverified(idToken);
  if (!decoded) throw new IdTokenValidationError('malformed', 'ID token is not a compact JWS');
  const { header, payload } = decoded;
  const claims = payload as unknown as IdTokenClaims;
  const alg = String(header.alg);
  if (!allowedAlgs.includes(alg)) throw new IdTokenValidationError('unexpected_alg', `ID token alg ${alg} is not allowed`);

  const tolerance = expectations.clockToleranceSeconds ?? 30;
  if (typeof claims.iat !== 'number') throw new IdTokenValidationError('missing_claim', 'ID token has no numeric "iat"');
  if (claims.iat > Date.now() / 1000 + tolerance) {
    throw new IdTokenValidationError('issued_in_future', 'ID token "iat" is in the future beyond the clock tolerance');
  }

  const atHash = payload.at_hash;
  if (atHash === undefined) {
    if (expectations.requireAtHash) throw new IdTokenValidationError('at_hash_missing', 'ID token has no "at_hash"');
  } else if (expectations.accessToken !== undefined) {
    if (typeof atHash !== 'string' || atHash !== (await computeAtHash(expectations.accessToken, alg))) {
      throw new IdTokenValidationError('at_hash_mismatch', 'ID token "at_hash" does not match the access token');
    }
  }

  const { previous } = expectations;
  if (previous) {
    if (claims.iss !== previous.iss) throw new IdTokenValidationError('issuer_changed', 'refreshed ID token has a different "iss"');
    if (claims.sub !== previous.sub) throw new IdTokenValidationError('subject_changed', 'refreshed ID token has a different "sub"');
  }
  return claims;
}

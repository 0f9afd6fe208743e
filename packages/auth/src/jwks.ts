import { createRemoteJWKSet, customFetch, errors, type JWTVerifyGetKey, type JWTVerifyResult, jwtVerify } from 'jose';
// ID token signatures against the provider's key set (jose). Universal, but kept out of the main entry: jose's JWS
// and JWKS code would add about 6 kB to every browser bundle.
import { IdTokenValidationError, type IdTokenValidationReason } from './errors.js';
import {
  allowedIdTokenAlgorithms,
  checkIdTokenExtras,
  type IdTokenCheck,
  type IdTokenClaims,
  type IdTokenExpectations,
  type IdTokenVerifier,
} from './id-token.js';
import {
  CLAIM_REASONS,
  type HttpOptions,
  type IssuerInput,
  type IssuerMetadata,
  insecureRequestRefusal,
  resolveIssuer,
} from './provider-http.js';

export interface VerifyIdTokenOptions extends HttpOptions, IdTokenExpectations {
  /** Issuer identifier (discovered and cached) or its metadata; gives `iss` and `jwks_uri`. */
  issuer: IssuerInput;
  clientId: string;
  /** Accepted algorithms (default: the provider's list, asymmetric only; never `none`). */
  algorithms?: readonly string[];
}

/** One remote key set per `jwks_uri`, so jose's cache, cooldown and shared reloads work across calls. */
const keySets = new Map<string, { fetch: typeof globalThis.fetch | undefined; keys: JWTVerifyGetKey }>();

function keySetFor(metadata: IssuerMetadata, http: HttpOptions): JWTVerifyGetKey {
  const uri = metadata.jwks_uri;
  if (!uri) throw new IdTokenValidationError('jwks_unavailable', 'the issuer metadata has no jwks_uri');
  // oauth4webapi refuses plain HTTP for every other provider request; the key set is held to the same rule.
  const protocol = new URL(uri).protocol;
  if (protocol !== 'https:' && !(protocol === 'http:' && http.allowInsecureRequests))
    throw insecureRequestRefusal('jwks_uri');
  const cached = keySets.get(uri);
  if (cached && cached.fetch === http.fetch) return cached.keys;
  const fetchImpl = http.fetch;
  const keys = createRemoteJWKSet(new URL(uri), {
    timeoutDuration: http.timeoutMs ?? 30_000,
    ...(fetchImpl && { [customFetch]: (url: string, init: RequestInit) => fetchImpl(url, init) }),
  });
  keySets.set(uri, { fetch: fetchImpl, keys });
  return keys;
}

/** Names the failed check in one of jose's errors. */
function joseReason(error: unknown): IdTokenValidationReason | undefined {
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'invalid_signature';
  if (error instanceof errors.JOSEAlgNotAllowed) return 'unexpected_alg';
  if (error instanceof errors.JWKSNoMatchingKey || error instanceof errors.JWKSMultipleMatchingKeys)
    return 'no_matching_key';
  if (error instanceof errors.JWKSTimeout || error instanceof errors.JWKSInvalid) return 'jwks_unavailable';
  if (error instanceof errors.JWTExpired) return 'expired';
  if (error instanceof errors.JWTClaimValidationFailed) {
    return error.reason === 'missing' ? 'missing_claim' : (CLAIM_REASONS[error.claim] ?? 'malformed');
  }
  if (
    error instanceof errors.JWSInvalid ||
    error instanceof errors.JWTInvalid ||
    error instanceof errors.JOSENotSupported
  )
    return 'malformed';
  if (error instanceof errors.JOSEError || error instanceof TypeError) return 'jwks_unavailable';
  return undefined;
}

async function verifyWithMetadata(idToken: string, check: IdTokenCheck): Promise<IdTokenClaims> {
  const { metadata, clientId } = check;
  const keys = keySetFor(metadata, check.http);
  let verified: JWTVerifyResult<IdTokenClaims>;
  try {
    verified = await jwtVerify<IdTokenClaims>(idToken, keys, {
      issuer: metadata.issuer,
      audience: clientId,
      algorithms: [...check.allowedAlgs],
      clockTolerance: check.expectations.clockToleranceSeconds ?? 30,
      requiredClaims: ['iss', 'sub', 'aud', 'exp', 'iat'],
    });
  } catch (error) {
    const reason = joseReason(error);
    if (!reason) throw error;
    throw new IdTokenValidationError(reason, error instanceof Error ? error.message : reason);
  }
  const { payload, protectedHeader } = verified;
  // OIDC Core §3.1.3.7: with several audiences `azp` is required, and when present it must be this client.
  const multipleAudiences = Array.isArray(payload.aud) && payload.aud.length > 1;
  if ((multipleAudiences || payload.azp !== undefined) && payload.azp !== clientId) {
    throw new IdTokenValidationError('azp_mismatch', '"azp" is not this client');
  }
  return checkIdTokenExtras(payload, protectedHeader.alg, check.expectations);
}

/** Signature against the provider's JWKS, then every claim check: the confidential client's verifier. */
export const verifyIdTokenSignatureAndClaims: IdTokenVerifier = verifyWithMetadata;

/**
 * Verifies an ID token: signature against the issuer's JWKS (`jwks_uri`, cached
 * by jose) with an algorithm allow-list that never admits `none`; `iss`; `aud`;
 * `azp`; `exp`/`nbf`/`iat` with clock tolerance; `nonce`; `auth_time` within
 * `maxAge`; `at_hash` when present (or required); and `sub`/`iss` unchanged
 * from `previous`. Failures are
 * {@link IdTokenValidationError}s whose `details.reason` names the check.
 *
 * @throws {IdTokenValidationError} when a check fails or the key set cannot be had (`jwks_unavailable`).
 * @throws {TypeError} for an `http:` `jwks_uri` without `allowInsecureRequests`, or an allow-list without an
 *   asymmetric algorithm.
 * @see https://openid.net/specs/openid-connect-core-1_0.html#IDTokenValidation
 * @see https://www.rfc-editor.org/rfc/rfc7515#section-5.2
 */
export async function verifyIdToken(idToken: string, options: VerifyIdTokenOptions): Promise<IdTokenClaims> {
  const metadata = await resolveIssuer(options.issuer, options);
  return verifyWithMetadata(idToken, {
    metadata,
    clientId: options.clientId,
    allowedAlgs: allowedIdTokenAlgorithms(metadata, options.algorithms),
    expectations: options,
    http: options,
  });
}

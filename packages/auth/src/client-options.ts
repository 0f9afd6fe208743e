import * as oauth from 'oauth4webapi';
import { resolveIssuer, type IssuerInput, type IssuerMetadata } from './discovery.js';
import { IdTokenValidationError } from './errors.js';
import { oauthRequestOptions, type HttpOptions } from './http.js';
import { allowedIdTokenAlgorithms, checkIdTokenExtras, type IdTokenExpectations } from './id-token-checks.js';
import { decodeJwtUnverified } from './jwt.js';
import type { IdTokenClaims } from './token-set.js';

/** Who the client is and which provider it talks to. */
export interface ClientOptions extends HttpOptions {
  /** Issuer identifier (discovered and cached) or its metadata. */
  issuer: IssuerInput;
  clientId: string;
  /** Seconds of tolerance on JWT time claims (default 30). */
  clockToleranceSeconds?: number;
  /** ID token algorithms to accept (default: the provider's list, asymmetric only; never `none`). */
  idTokenAlgorithms?: readonly string[];
  /** Reject ID tokens without `at_hash` (default false: it is optional in the code flow). */
  requireAtHash?: boolean;
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
 * The universal verifier. oauth4webapi has already checked `alg` (against the
 * allow-list), `iss`, `aud`, `azp`, `exp` and the required claims while
 * processing the response; this adds the remaining claim checks. The signature
 * is not checked here: the token came straight from the token endpoint over
 * TLS (OIDC Core §3.1.3.7 step 6); the Node entry verifies it against the JWKS.
 */
export const checkIdTokenClaimsOnly: IdTokenVerifier = async (idToken, check) => {
  const decoded = decodeJwtUnverified(idToken);
  if (!decoded) throw new IdTokenValidationError('malformed', 'not a compact JWS');
  return checkIdTokenExtras(decoded.payload as IdTokenClaims, String(decoded.header.alg), check.expectations);
};

/** Everything a grant needs, resolved once per call. */
export interface GrantContext {
  options: ClientOptions;
  /** Provider metadata, with the ID token alg list narrowed to the allow-list so oauth4webapi enforces it too. */
  metadata: IssuerMetadata;
  client: oauth.Client;
  clientAuth: oauth.ClientAuth;
  allowedAlgs: string[];
  request: ReturnType<typeof oauthRequestOptions>;
  verifyIdToken: IdTokenVerifier;
}

export async function createGrantContext(
  options: ClientOptions,
  clientAuth: oauth.ClientAuth = oauth.None(),
  verifyIdToken: IdTokenVerifier = checkIdTokenClaimsOnly,
): Promise<GrantContext> {
  if (typeof options.clientId !== 'string' || options.clientId === '') throw new TypeError('clientId is required');
  const discovered = await resolveIssuer(options.issuer, options);
  const allowedAlgs = allowedIdTokenAlgorithms(discovered, options.idTokenAlgorithms);
  return {
    options,
    metadata: { ...discovered, id_token_signing_alg_values_supported: allowedAlgs },
    client: { client_id: options.clientId, [oauth.clockTolerance]: options.clockToleranceSeconds ?? 30 },
    clientAuth,
    allowedAlgs,
    request: oauthRequestOptions(options),
    verifyIdToken,
  };
}

/** Runs the context's ID token verifier with the client's settings and `expectations`. */
export function verifyWithContext(context: GrantContext, idToken: string, expectations: IdTokenExpectations): Promise<IdTokenClaims> {
  const { options } = context;
  return context.verifyIdToken(idToken, {
    metadata: context.metadata,
    clientId: options.clientId,
    allowedAlgs: context.allowedAlgs,
    expectations: { requireAtHash: options.requireAtHash, clockToleranceSeconds: options.clockToleranceSeconds, ...expectations },
    http: options,
  });
}

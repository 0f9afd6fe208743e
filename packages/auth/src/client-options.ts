import * as oauth from 'oauth4webapi';
import { resolveIssuer, type IssuerInput, type IssuerMetadata } from './discovery.js';
import { oauthRequestOptions, type HttpOptions } from './http.js';
import { allowedIdTokenAlgorithms, checkIdTokenExtras, type IdTokenExpectations } from './id-token-checks.js';
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
  /** The nonce sent with the authorization request; undefined for refreshed tokens. */
  nonce?: string;
  expectations: IdTokenExpectations;
  http: HttpOptions;
}

/** Verifies an ID token from the token endpoint and returns its claims. */
export type IdTokenVerifier = (idToken: string, check: IdTokenCheck) => Promise<IdTokenClaims>;

/**
 * The universal verifier. oauth4webapi has already checked `alg`, `iss`,
 * `aud`, `azp`, `exp` and `nonce` while processing the response; this adds
 * the remaining claim checks. The signature is not checked here: the token
 * came straight from the token endpoint over TLS (OIDC Core §3.1.3.7 step 6);
 * the Node entry verifies it against the JWKS as well.
 */
export const checkIdTokenClaimsOnly: IdTokenVerifier = (idToken, check) =>
  checkIdTokenExtras(idToken, check.allowedAlgs, check.expectations);

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

/** Runs the context's ID token verifier with its settings. */
export function verifyWithContext(
  context: GrantContext,
  idToken: string,
  extra: { nonce?: string; accessToken: string; previous?: IdTokenClaims },
): Promise<IdTokenClaims> {
  const { options } = context;
  return context.verifyIdToken(idToken, {
    metadata: context.metadata,
    clientId: options.clientId,
    allowedAlgs: context.allowedAlgs,
    ...(extra.nonce !== undefined && { nonce: extra.nonce }),
    expectations: {
      accessToken: extra.accessToken,
      requireAtHash: options.requireAtHash ?? false,
      clockToleranceSeconds: options.clockToleranceSeconds ?? 30,
      ...(extra.previous && { previous: extra.previous }),
    },
    http: options,
  });
}

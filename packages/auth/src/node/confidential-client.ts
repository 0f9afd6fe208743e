import { createGrantContext, checkIdTokenClaimsOnly, type ClientOptions, type GrantContext } from '../client-options.js';
import { createClientAuth, type ClientAuthOptions } from './client-auth.js';
import { verifyIdTokenSignatureAndClaims } from './id-token-verifier.js';

/** A client of the Node entry: public, or confidential with a secret or a private key. */
export interface ConfidentialClientOptions extends ClientOptions, ClientAuthOptions {
  /** Verify ID token signatures against the provider's JWKS (default true). */
  verifyIdTokenSignature?: boolean;
}

/**
 * Checks the options now and returns a factory of grant contexts that share
 * one client authentication (so a private key is imported once) and verify
 * ID tokens against the JWKS.
 */
export function confidentialContexts(options: ConfidentialClientOptions): () => Promise<GrantContext> {
  const clientAuth = createClientAuth(options);
  const verifier = options.verifyIdTokenSignature === false ? checkIdTokenClaimsOnly : verifyIdTokenSignatureAndClaims;
  return () => createGrantContext(options, clientAuth, verifier);
}

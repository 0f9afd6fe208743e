import { calculatePKCECodeChallenge, generateRandomCodeVerifier } from 'oauth4webapi';

/** A PKCE verifier and its S256 challenge (RFC 7636). */
export interface PkcePair {
  codeVerifier: string;
  codeChallenge: string;
  codeChallengeMethod: 'S256';
}

/** RFC 7636 §4.1: 43–128 characters from the unreserved set. */
const CODE_VERIFIER = /^[A-Za-z0-9\-._~]{43,128}$/;

/** True when `verifier` is a well-formed RFC 7636 code verifier. */
export function isValidCodeVerifier(verifier: string): boolean {
  return CODE_VERIFIER.test(verifier);
}

/** Computes `base64url(SHA-256(verifier))` without padding. */
export async function computeCodeChallenge(verifier: string): Promise<string> {
  if (typeof verifier !== 'string' || !isValidCodeVerifier(verifier)) {
    throw new TypeError('a PKCE code verifier must be 43-128 characters from A-Z a-z 0-9 - . _ ~');
  }
  return calculatePKCECodeChallenge(verifier);
}

/** Creates a fresh verifier (32 random bytes, 43 characters) and its S256 challenge. Never reuse one. */
export async function createPkcePair(): Promise<PkcePair> {
  const codeVerifier = generateRandomCodeVerifier();
  return { codeVerifier, codeChallenge: await computeCodeChallenge(codeVerifier), codeChallengeMethod: 'S256' };
}

// `@dtk/auth/jwks`: ID token signature verification against the provider's key set. Universal (browsers and Node),
// kept out of the main entry because jose's JWS and JWKS code would add about 6 kB to every browser bundle.
export { type VerifyIdTokenOptions, verifyIdToken } from './jwks.js';

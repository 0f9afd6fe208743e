// `@dtk/auth/confidential`: confidential clients (servers that hold a client secret or a private key). Client
// authentication (client_secret_basic, client_secret_post, private_key_jwt), code exchange and refresh with ID token
// signatures always verified against the JWKS, revocation, and machine clients (client credentials). Node ≥ 20.19:
// keys are read with node:crypto. Never bundle this entry into a browser app.
export {
  checkPrivateKey,
  importPrivateKey,
  type ClientAssertionAlgorithm,
  type ClientAuthMethod,
  type ClientAuthOptions,
  type PrivateKeyInput,
} from './client-authentication.js';
export {
  confidentialClientRenewal,
  exchangeCodeAsConfidentialClient,
  revokeTokenAsConfidentialClient,
  type ConfidentialClientOptions,
  type ConfidentialExchangeCodeOptions,
} from './confidential-client.js';
export {
  clientCredentials,
  clientCredentialsRenewal,
  machineTokenManager,
  type ClientCredentialsOptions,
  type MachineTokenDefaults,
  type MachineTokenManagerOptions,
} from './client-credentials.js';
export { verifyIdToken, type VerifyIdTokenOptions } from '../jwks.js';

// `@dtk/auth/confidential`: confidential clients (servers that hold a client secret or a private key). Client
// authentication (client_secret_basic, client_secret_post, private_key_jwt), code exchange and refresh with ID token
// signatures always verified against the JWKS, revocation, and machine clients (client credentials). Node ≥ 20.19:
// keys are read with node:crypto. Never bundle this entry into a browser app.

export { type VerifyIdTokenOptions, verifyIdToken } from '../jwks.js';
export {
  type ClientAssertionAlgorithm,
  type ClientAuthMethod,
  type ClientAuthOptions,
  checkPrivateKey,
  importPrivateKey,
  type PrivateKeyInput,
} from './client-authentication.js';
export {
  type ClientCredentialsOptions,
  clientCredentials,
  clientCredentialsRenewal,
  type MachineTokenDefaults,
  type MachineTokenManagerOptions,
  machineTokenManager,
} from './client-credentials.js';
export {
  type ConfidentialClientOptions,
  type ConfidentialExchangeCodeOptions,
  confidentialClientRenewal,
  exchangeCodeAsConfidentialClient,
  revokeTokenAsConfidentialClient,
} from './confidential-client.js';
export {
  hostBaseUrl,
  JACK_HENRY_IDENTITY_URL,
  type MachineClientAuth,
  type MachineClientDefaults,
  type MachineClientOptions,
  type MachineClientParts,
  type MachineCredentials,
  machineClient,
  OIDC_PROVIDER_PATH,
  type OidcServer,
  oidcTokenUrl,
  type RequestFetch,
} from './machine-client.js';
export {
  ERR_DTK_AUTH_PRIVATE_KEY,
  isPrivateKeyError,
  PrivateKeyError,
  type PrivateKeyReason,
} from './private-key-error.js';

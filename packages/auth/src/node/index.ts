// Node entry: everything from the universal entry, plus what needs a client
// secret, a private key, the file system or a local HTTP listener.
export * from '../index.js';
export { exchangeCode, type ExchangeCodeOptions } from './exchange.js';
export { refreshTokenRenewal } from './refresh.js';
export type { ConfidentialClientOptions } from './confidential-client.js';
export {
  importPrivateKey,
  type ClientAssertionAlgorithm,
  type ClientAuthMethod,
  type ClientAuthOptions,
  type PrivateKeyInput,
} from './client-auth.js';
export { clientCredentials, clientCredentialsRenewal, type ClientCredentialsOptions } from './client-credentials.js';
export { machineTokenManager, type MachineTokenDefaults, type MachineTokenManagerOptions } from './machine-token-manager.js';
export { verifyIdToken, type VerifyIdTokenOptions } from './id-token-verifier.js';
export { fetchUserInfo, type UserInfo, type UserInfoOptions } from './userinfo.js';
export { revokeToken, type RevokeTokenOptions } from './revocation.js';
export { FileTokenStore, type FileTokenStoreOptions } from './file-token-store.js';
export { startLoopbackListener, type LoopbackListener, type LoopbackListenerOptions } from './loopback.js';

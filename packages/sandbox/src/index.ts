export {
  createOpenIdProvider,
  startOpenIdProvider,
  type LoginCredentials,
  type OpenIdProvider,
  type OpenIdProviderOptions,
  type StandaloneOpenIdProvider,
} from './provider/openid-provider.js';
export {
  ADMIN_ISSUER_PATH,
  BANNO_ACR_VALUES,
  BANNO_OFFLINE_ACCESS_SCOPE,
  CONSUMER_ISSUER_PATH,
  accountsByClaims,
  type AccountClaims,
  type AccountDirectory,
} from './provider/banno.js';
export { AuthorizationFlowError } from './provider/login-driver.js';
export { bearerRejection, bearerTokenOf, lookUpAccessToken, type AccessTokenInfo, type BearerRejection, type TokenLookup } from './provider/access-tokens.js';
export { generateClientKeys, SIGNING_ALGS, type ClientKeys, type SigningAlg } from './provider/signing-keys.js';
export { machineClient, type MachineClientOptions } from './provider/machine-client.js';
export { listenOnLoopback, type LoopbackListener } from './http/loopback.js';
export type { ClientMetadata } from 'oidc-provider';

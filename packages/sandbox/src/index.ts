export { startSandbox, type Sandbox, type SandboxHostInfo, type SandboxOptions, type SandboxUserInfo } from './sandbox.js';
export { servedApis } from './served-apis.js';
export { SandboxTokenError, type SandboxTokens } from './tokens.js';
export type { HostName, ServedApi } from './served-api.js';
export { DEFAULT_REDIRECT_URIS, type CodeClient, type MachineClient, type SandboxClientOptions, type SandboxClients } from './clients.js';
export { mock, type MockApi, type MockOptions, type ResponseProblem } from './mock/mock-api.js';
export type { MockRequest, MockResult, MockTools, OperationHandler } from './mock/handler-types.js';
export type { ApiMaps, OpenApiDocument, OperationDescriptor, SecurityRequirement } from './mock/description.js';
export type { VerifiedToken } from './mock/security.js';
export { validateFaultRule, type ActiveFault, type FaultRule } from './mock/faults.js';
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

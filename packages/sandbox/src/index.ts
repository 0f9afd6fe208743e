export type { ClientMetadata } from 'oidc-provider';
export {
  type CodeClient,
  DEFAULT_REDIRECT_URIS,
  type MachineClient,
  type SandboxClientOptions,
  type SandboxClients,
} from './clients.js';
export {
  AuthorizationFlowError,
  BodyTooLargeError,
  isSandboxError,
  SANDBOX_ERROR_CODES,
  SandboxError,
  type SandboxErrorCode,
  SandboxTokenError,
  type SandboxTokenErrorDetails,
  SandboxUsageError,
} from './errors.js';
export { type LoopbackListener, listenOnLoopback } from './http/loopback.js';
export type { ApiMaps, OpenApiDocument, OperationDescriptor, SecurityRequirement } from './mock/description.js';
export { type ActiveFault, type FaultRule, validateFaultRule } from './mock/faults.js';
export type { MockRequest, MockResult, MockTools, OperationHandler } from './mock/handler-types.js';
export { type MockApi, type MockOptions, mock, type ResponseProblem } from './mock/mock-api.js';
export type { UserTokenSchemes, VerifiedToken } from './mock/security.js';
export {
  type AccessTokenInfo,
  type BearerRejection,
  bearerRejection,
  bearerTokenOf,
  lookUpAccessToken,
  type TokenLookup,
} from './provider/access-tokens.js';
export {
  type AccountClaims,
  type AccountDirectory,
  ADMIN_ISSUER_PATH,
  accountsByClaims,
  BANNO_ACR_VALUES,
  BANNO_OFFLINE_ACCESS_SCOPE,
  CONSUMER_ISSUER_PATH,
} from './provider/banno.js';
export { type MachineClientOptions, machineClient } from './provider/machine-client.js';
export {
  createOpenIdProvider,
  type LoginCredentials,
  type OpenIdProvider,
  type OpenIdProviderOptions,
  type StandaloneOpenIdProvider,
  startOpenIdProvider,
} from './provider/openid-provider.js';
export { type ClientKeys, generateClientKeys, SIGNING_ALGS, type SigningAlg } from './provider/signing-keys.js';
export {
  type Sandbox,
  type SandboxHostInfo,
  type SandboxOptions,
  type SandboxUserInfo,
  startSandbox,
} from './sandbox.js';
export type { HostName, ServedApi } from './served-api.js';
export { servedApis } from './served-apis.js';
export type { SandboxTokens } from './tokens.js';

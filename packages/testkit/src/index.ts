export { startTestServer, sendJson, type TestServer, type TestHandler, type RecordedRequest } from './http-server.js';
export { startOidcProvider, RESOURCE_PATH, type OidcTestProvider } from './oidc-provider.js';
export {
  BANNO_ACR_VALUES,
  BANNO_OFFLINE_ACCESS_SCOPE,
  DEFAULT_ACCOUNTS,
  DEFAULT_ISSUER_PATH,
  DEMO_USER_SUB,
  type AccountClaims,
  type LoginOptions,
  type OidcProviderOptions,
} from './oidc/options.js';
export { AuthorizationFlowError } from '@dtk/sandbox';
export type { BearerRejection, ResourceResponseBody } from './oidc/bearer-check.js';
export {
  startProtectedApiServer,
  type ProtectedApiHandler,
  type ProtectedApiServer,
  type ProtectedApiServerOptions,
} from './protected-api-server.js';
export {
  generateClientKeys,
  machineClient,
  SIGNING_ALGS,
  type ClientKeys,
  type ClientMetadata,
  type MachineClientOptions,
  type SigningAlg,
} from '@dtk/sandbox';
export {
  UNAUTHORIZED_CASES,
  type ApiAnswer,
  type RenewalBehaviour,
  type UnauthorizedCase,
  type UnauthorizedOutcome,
} from './unauthorized-cases.js';

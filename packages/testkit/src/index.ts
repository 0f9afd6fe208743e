export {
  AuthorizationFlowError,
  type ClientKeys,
  type ClientMetadata,
  generateClientKeys,
  type MachineClientOptions,
  machineClient,
  SIGNING_ALGS,
  type SigningAlg,
} from '@dtk/sandbox';
export {
  type RecordedRequest,
  rawStatusLine,
  sendJson,
  startTestServer,
  type TestHandler,
  type TestServer,
} from './http-server.js';
export type { BearerRejection, ResourceResponseBody } from './oidc/bearer-check.js';
export {
  type AccountClaims,
  BANNO_ACR_VALUES,
  BANNO_OFFLINE_ACCESS_SCOPE,
  DEFAULT_ACCOUNTS,
  DEFAULT_ISSUER_PATH,
  DEMO_USER_SUB,
  type LoginOptions,
  type OidcProviderOptions,
} from './oidc/options.js';
export { type OidcTestProvider, RESOURCE_PATH, startOidcProvider } from './oidc-provider.js';
export {
  type ProtectedApiHandler,
  type ProtectedApiServer,
  type ProtectedApiServerOptions,
  startProtectedApiServer,
} from './protected-api-server.js';
export {
  type ApiAnswer,
  answerUnauthorizedCase,
  type RenewalBehaviour,
  UNAUTHORIZED_CASES,
  type UnauthorizedCase,
  type UnauthorizedOutcome,
} from './unauthorized-cases.js';

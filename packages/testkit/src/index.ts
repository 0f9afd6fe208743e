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
export { AuthorizationFlowError } from './oidc/interaction-driver.js';
export type { ResourceResponseBody } from './oidc/resource-route.js';
export { generateClientKeys, SIGNING_ALGS, type ClientKeys, type SigningAlg } from './oidc/signing-keys.js';
export type { ClientMetadata } from 'oidc-provider';

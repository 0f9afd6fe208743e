export type { OidcServer } from '@dtk/auth/confidential';
export { type DataOf, type FetchResultLike, getAttempts, unwrap } from '@dtk/runtime';
// The runtime's typed errors, `unwrap` and `getAttempts`, so callers need no second import for everyday use.
export * from '@dtk/runtime/errors';
export type { components, OperationId, operations, paths } from '@dtk/template-api-types';
export {
  createTemplateApiClient,
  type TemplateApiClient,
  type TemplateApiClientOptions,
  type TemplateApiCredentials,
  type TemplateApiRuntimeOptions,
} from './create-client.js';
export { templateApiScopesFor } from './scopes.js';
export { TEMPLATE_API_OIDC_SERVER, templateApiBaseUrl, templateApiTokenUrl } from './servers.js';

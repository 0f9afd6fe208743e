// @dtk/runtime: what every typed client of a Banno Digital Toolkit API shares. The error classes, codes and guards
// are also the `@dtk/runtime/errors` entry.
export { createApiClient, type ApiClient, type ApiClientOptions, type CallOptions } from './client.js';
export type { FetchLike } from './call.js';
export type { ParseAs } from './openapi-fetch-contract.js';
export type { ApiDescription, OperationMaps, OperationRoute, OperationRoutes, OperationScopes } from './operations.js';
export {
  scopesFor,
  type AccessToken,
  type GrantedScopes,
  type OperationSecurity,
  type SchemeCredential,
  type SchemeCredentials,
  type SecretValue,
  type SecurityRequirement,
  type SecurityScheme,
  type SecuritySchemes,
  type TokenSource,
} from './security.js';
export { DEFAULT_MAX_RESPONSE_BYTES } from './response-body.js';
export type { Jitter, RetryOptions } from './retry.js';
export type { Logger, LogFields } from './logger.js';
export { getAttempts, unwrap, type DataOf, type FetchResultLike } from './results.js';
export {
  DEFAULT_MAX_PAGES,
  iterateOffsetPages,
  paginate,
  type FetchOffsetPage,
  type OffsetPage,
  type OffsetPageRequest,
  type OffsetPageResponse,
  type OffsetPaginationOptions,
} from './paginate.js';
export * from './errors.js';

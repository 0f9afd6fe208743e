// @dtk/runtime: what every typed client of a Banno Digital Toolkit API shares. The error classes, codes and guards
// are also the `@dtk/runtime/errors` entry.

export type { FetchLike } from './call.js';
export { type ApiClient, type ApiClientOptions, type CallOptions, createApiClient } from './client.js';
export * from './errors.js';
export type { LogFields, Logger } from './logger.js';
export type { ParseAs } from './openapi-fetch-contract.js';
export type { ApiDescription, OperationMaps, OperationRoute, OperationRoutes, OperationScopes } from './operations.js';
export {
  DEFAULT_MAX_PAGES,
  type FetchOffsetPage,
  iterateOffsetPages,
  type OffsetPage,
  type OffsetPageRequest,
  type OffsetPageResponse,
  type OffsetPaginationOptions,
  paginate,
} from './paginate.js';
export { DEFAULT_MAX_RESPONSE_BYTES } from './response-body.js';
export { type DataOf, type FetchResultLike, getAttempts, unwrap } from './results.js';
export type { Jitter, RetryOptions } from './retry.js';
export {
  type AccessToken,
  type GrantedScopes,
  type OperationSecurity,
  type SchemeCredential,
  type SchemeCredentials,
  type SecretValue,
  type SecurityRequirement,
  type SecurityScheme,
  type SecuritySchemes,
  scopesFor,
  type TokenSource,
} from './security.js';

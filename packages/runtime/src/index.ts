export { createApiClient, type ApiClient, type ApiClientOptions } from './create-api-client.js';
export type { CallOptions } from './call-context.js';
export type { AccessToken } from './bearer.js';
export type { FetchLike } from './retry.js';
export type { RetryOptions } from './retry-policy.js';
export type { Jitter } from './backoff.js';
export type { Logger, LogFields } from './logger.js';
export type { GrantedScopes } from './scope-check.js';
export type { OperationMaps, OperationRoute, OperationRoutes, OperationScopes } from './operations.js';
export * from './client-exports.js';
export { isBannoErrorBody, type BannoErrorBody } from './banno-error-body.js';
export { errorFromResponse } from './error-from-response.js';
export { scopesFor } from './scopes-for.js';
export {
  iterateOffsetPages,
  paginate,
  type FetchOffsetPage,
  type OffsetPage,
  type OffsetPageRequest,
  type OffsetPageResponse,
  type OffsetPaginationOptions,
} from './paginate.js';
export { redactUrl, redactHeaders, redactText } from './redact.js';
export { sleep } from './timeout.js';

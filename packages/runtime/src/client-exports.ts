// What every API client package re-exports (`export * from '@dtk/runtime/client-exports'`), so its
// callers need no second import for everyday use: the typed errors, `unwrap` and `getAttempts`.
export {
  ApiError,
  type ApiErrorDetails,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  ConnectionError,
  InternalServerError,
  MalformedResponseError,
  MissingScopeError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  TimeoutError,
  UnprocessableEntityError,
} from './errors.js';
export { unwrap, type DataOf, type FetchResultLike } from './unwrap.js';
export { getAttempts } from './response-meta.js';

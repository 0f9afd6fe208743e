export type { components, OperationId, operations, paths } from '@dtk/consumer-api-types';
export { type DataOf, type FetchResultLike, getAttempts, unwrap } from '@dtk/runtime';
// The runtime's typed errors, `unwrap` and `getAttempts`, so callers need no second import for everyday use.
export * from '@dtk/runtime/errors';
export { CONSUMER_API_PATH, consumerApiBaseUrl } from './base-url.js';
export {
  type ConsumerApiClient,
  type ConsumerApiClientOptions,
  type ConsumerApiCredentials,
  type ConsumerApiLocation,
  type ConsumerApiRuntimeOptions,
  createConsumerApiClient,
} from './create-client.js';
export {
  CONSUMER_API_ERROR_CODES,
  ConsumerApiError,
  type ConsumerApiErrorCode,
  isConsumerApiError,
  MalformedTaskResponseError,
  MoneyFormatError,
  type RefreshUserDataTimeoutDetails,
  RefreshUserDataTimeoutError,
} from './errors.js';
export {
  type Instant,
  type IterateTransactionsOptions,
  iterateTransactions,
  MAX_TRANSACTIONS_PAGE_SIZE,
  type Transaction,
} from './iterate-transactions.js';
export { formatMoney, parseMoney } from './money.js';
export {
  type RefreshUserDataOptions,
  refreshUserData,
  type UserDataRefresh,
  type UserDataRefreshResult,
} from './refresh-user-data.js';
export { consumerApiScopesFor } from './scopes.js';
export { TASK_ENDED, type TaskEvent, type TaskEvents } from './task-events.js';

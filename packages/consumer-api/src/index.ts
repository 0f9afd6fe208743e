export {
  createConsumerApiClient,
  type ConsumerApiClient,
  type ConsumerApiClientOptions,
  type ConsumerApiCredentials,
  type ConsumerApiLocation,
  type ConsumerApiRuntimeOptions,
} from './create-client.js';
export { consumerApiBaseUrl, CONSUMER_API_PATH } from './base-url.js';
export { consumerApiScopesFor } from './scopes.js';
export {
  refreshUserData,
  type RefreshUserDataOptions,
  type UserDataRefresh,
  type UserDataRefreshResult,
} from './refresh-user-data.js';
export { MalformedTaskResponseError, RefreshUserDataTimeoutError } from './refresh-errors.js';
export { TASK_ENDED, type TaskEvent, type TaskEvents } from './task-events.js';
export {
  iterateTransactions,
  MAX_TRANSACTIONS_PAGE_SIZE,
  type Instant,
  type IterateTransactionsOptions,
  type Transaction,
} from './iterate-transactions.js';
export { formatMoney, MoneyFormatError, parseMoney } from './money.js';
// The runtime's typed errors, `unwrap` and `getAttempts`, so callers need no second import for everyday use.
export * from '@dtk/runtime/errors';
export { getAttempts, unwrap, type DataOf, type FetchResultLike } from '@dtk/runtime';
export type { components, operations, paths, OperationId } from '@dtk/consumer-api-types';

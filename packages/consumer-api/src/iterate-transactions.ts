import type { components } from '@dtk/consumer-api-types';
import { paginate, unwrap } from '@dtk/runtime';
import type { ConsumerApiClient } from './create-client.js';

export type Transaction = components['schemas']['Transaction'];

/** The most transactions the API returns per request. */
export const MAX_TRANSACTIONS_PAGE_SIZE = 500;

/** An instant: a `Date`, or an ISO 8601 string passed on as it is. */
export type Instant = Date | string;

export interface IterateTransactionsOptions {
  /** Only transactions at or after this instant. Not together with `updatedSince`. */
  since?: Instant;
  /** Only transactions at or before this instant. */
  until?: Instant;
  /** Only transactions created or changed after this instant (incremental sync). Not together with `since`. */
  updatedSince?: Instant;
  /** Transactions per request: 1 to 500 (larger values are capped at 500, the API's maximum). Default 500. */
  pageSize?: number;
  /** Stop after this many transactions. Default: all. */
  maxItems?: number;
  signal?: AbortSignal;
}

function isoInstant(name: string, value: Instant | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string') {
    if (value.trim() === '') throw new RangeError(`${name} must not be empty`);
    return value;
  }
  if (!(value instanceof Date) || Number.isNaN(value.getTime()))
    throw new RangeError(`${name} must be a valid Date or an ISO 8601 string`);
  return value.toISOString();
}

/**
 * Every transaction of one account, page by page (`offset`/`limit`, at most 500 per request),
 * one at a time: `for await (const transaction of iterateTransactions(client, userId, accountId))`.
 * Stops at the first page shorter than asked for; a failed page throws the typed error of
 * `@dtk/runtime` (`BadRequestError`, `NotFoundError`, ...).
 */
export function iterateTransactions(
  client: ConsumerApiClient,
  userId: string,
  accountId: string,
  options: IterateTransactionsOptions = {},
): AsyncGenerator<Transaction, void, undefined> {
  if (options.since !== undefined && options.updatedSince !== undefined) {
    throw new TypeError('since and updatedSince cannot be combined: the API rejects it');
  }
  const since = isoInstant('since', options.since);
  const until = isoInstant('until', options.until);
  const updatedSince = isoInstant('updatedSince', options.updatedSince);
  const filters = { ...(since && { since }), ...(until && { until }), ...(updatedSince && { updatedSince }) };
  const pageSize = Math.min(options.pageSize ?? MAX_TRANSACTIONS_PAGE_SIZE, MAX_TRANSACTIONS_PAGE_SIZE);
  const { signal } = options;

  return paginate<Transaction>(
    async ({ offset, limit }) => {
      const page = await unwrap(
        client.GET('/users/{userId}/accounts/{accountId}/transactions', {
          params: { path: { userId, accountId }, query: { ...filters, offset, limit } },
          ...(signal && { signal }),
        }),
      );
      return { items: page.transactions };
    },
    { pageSize, ...(options.maxItems !== undefined && { maxItems: options.maxItems }) },
  );
}

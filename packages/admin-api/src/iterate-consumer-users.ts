import type { components } from '@dtk/admin-api-types';
import { paginate, unwrap } from '@dtk/runtime';
import type { AdminApiClient } from './create-client.js';

export type ConsumerUser = components['schemas']['user'];

export interface IterateConsumerUsersOptions {
  /** Free text matched against the users (name, username, email). Default: every user. */
  query?: string;
  /** Users per request. Default 100. */
  pageSize?: number;
  /** Stop after this many users. Default: all. */
  maxItems?: number;
  signal?: AbortSignal;
}

/**
 * Every consumer user of an institution that matches `query`, page by page (`limit`/`offset`,
 * stopping at the reported `totalCount`), one at a time. Needs the
 * `https://jackhenry.com/consumer-user-search` scope.
 */
export function iterateConsumerUsers(
  client: AdminApiClient,
  institutionId: string,
  options: IterateConsumerUsersOptions = {},
): AsyncGenerator<ConsumerUser, void, undefined> {
  const { query, signal } = options;
  return paginate<ConsumerUser>(
    async ({ offset, limit }) => {
      const page = await unwrap(
        client.GET('/a/consumer-user-search/api/v0/institutions/{institutionId}/users', {
          params: { path: { institutionId }, query: { ...(query !== undefined && { query }), offset, limit } },
          ...(signal && { signal }),
        }),
      );
      return { items: page.users ?? [], totalCount: page.totalCount };
    },
    { pageSize: options.pageSize ?? 100, ...(options.maxItems !== undefined && { maxItems: options.maxItems }) },
  );
}

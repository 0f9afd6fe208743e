import type { components } from '@dtk/entity-management-types';
import { paginate, unwrap } from '@dtk/runtime';
import type { EntityManagementClient } from './create-client.js';

export type Entity = components['schemas']['Entity'];
export type EntityType = components['schemas']['EntityType'];

/** The most entities the API returns per request. */
export const MAX_ENTITIES_PAGE_SIZE = 100;

export interface IterateEntitiesOptions {
  /** Only persons or only organizations. Default: both. */
  entityType?: components['schemas']['KnownEntityType'];
  /** Entities per request: 1 to 100 (larger values are capped at 100, the API's maximum). Default 100. */
  pageSize?: number;
  /** Stop after this many entities. Default: all. */
  maxItems?: number;
  signal?: AbortSignal;
}

/**
 * Every entity of an institution, page by page (`offset`/`limit`, stopping at the reported
 * `totalCount`), one at a time: `for await (const entity of iterateEntities(client, institutionUniversalId))`.
 */
export function iterateEntities(
  client: EntityManagementClient,
  institutionUniversalId: string,
  options: IterateEntitiesOptions = {},
): AsyncGenerator<Entity, void, undefined> {
  const { entityType, signal } = options;
  return paginate<Entity>(
    async ({ offset, limit }) => {
      const page = await unwrap(
        client.GET('/a/api/entity-svcs/v1/{InstitutionUniversalId}/entities', {
          params: {
            path: { InstitutionUniversalId: institutionUniversalId },
            query: { ...(entityType && { entityType }), offset, limit },
          },
          ...(signal && { signal }),
        }),
      );
      return { items: page.entities, totalCount: page.totalCount };
    },
    {
      pageSize: Math.min(options.pageSize ?? MAX_ENTITIES_PAGE_SIZE, MAX_ENTITIES_PAGE_SIZE),
      ...(options.maxItems !== undefined && { maxItems: options.maxItems }),
    },
  );
}

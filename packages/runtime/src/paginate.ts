/** What to ask the server for: `offset` is 0-based, `limit` is at most the page size. */
export interface OffsetPageRequest {
  offset: number;
  limit: number;
}

/** One page as the fetch function returns it. `totalCount`, when the API reports it, is over all pages. */
export interface OffsetPageResponse<Item> {
  items: readonly Item[];
  totalCount?: number | undefined;
}

/** A page as the iterator yields it. */
export interface OffsetPage<Item> {
  items: readonly Item[];
  /** Offset of the page's first item. */
  offset: number;
  totalCount: number | undefined;
}

export interface OffsetPaginationOptions {
  /** Items asked for per request (the `limit`). */
  pageSize: number;
  /** Stop after this many items, asking for no more than needed. Default: all. */
  maxItems?: number;
  /** Offset of the first item. Default 0. */
  startOffset?: number;
}

export type FetchOffsetPage<Item> = (page: OffsetPageRequest) => Promise<OffsetPageResponse<Item>>;

function checkCount(name: string, value: number, allowInfinity: boolean): void {
  const ok = (allowInfinity && value === Infinity) || (Number.isSafeInteger(value) && value >= 0);
  if (!ok) throw new RangeError(`${name} must be a whole number ≥ 0, got ${value}`);
}

function checkPage(page: OffsetPageResponse<unknown>, offset: number): void {
  if (!page || !Array.isArray(page.items)) {
    throw new TypeError(`page at offset ${offset}: expected { items: [...] }, got ${page === null ? 'null' : typeof page?.items}`);
  }
  const { totalCount } = page;
  if (totalCount !== undefined && !(Number.isSafeInteger(totalCount) && totalCount >= 0)) {
    throw new TypeError(`page at offset ${offset}: totalCount must be a whole number ≥ 0, got ${String(totalCount)}`);
  }
}

/**
 * Walks an offset/limit API page by page. It stops at the first empty page; when the server
 * reports `totalCount`, once that many items are behind us (so an exact multiple of the page size
 * costs no extra request, and a server that caps `limit` below the page size still pages on);
 * otherwise at the first page shorter than asked; and at `maxItems`.
 */
export async function* iterateOffsetPages<Item>(
  fetchPage: FetchOffsetPage<Item>,
  options: OffsetPaginationOptions,
): AsyncGenerator<OffsetPage<Item>, void, undefined> {
  const { pageSize, maxItems = Infinity, startOffset = 0 } = options;
  checkCount('pageSize', pageSize, false);
  if (pageSize === 0) throw new RangeError('pageSize must be at least 1');
  checkCount('maxItems', maxItems, true);
  checkCount('startOffset', startOffset, false);

  let offset = startOffset;
  let remaining = maxItems;
  while (remaining > 0) {
    const limit = Math.min(pageSize, remaining);
    const page = await fetchPage({ offset, limit });
    checkPage(page, offset);
    const items = page.items.length > remaining ? page.items.slice(0, remaining) : page.items;
    if (items.length === 0) return;
    yield { items, offset, totalCount: page.totalCount };
    offset += items.length;
    remaining -= items.length;
    const finished = page.totalCount !== undefined ? offset >= page.totalCount : page.items.length < limit;
    if (finished) return;
  }
}

/**
 * Every item of an offset/limit API, one at a time: `for await (const user of paginate(...))`.
 * Same stopping rules as {@link iterateOffsetPages}.
 */
export async function* paginate<Item>(
  fetchPage: FetchOffsetPage<Item>,
  options: OffsetPaginationOptions,
): AsyncGenerator<Item, void, undefined> {
  for await (const page of iterateOffsetPages(fetchPage, options)) yield* page.items;
}

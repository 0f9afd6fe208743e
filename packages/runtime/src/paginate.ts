// Offset/limit pagination (Banno transactions, user search), bounded: it ends at the last page, at a page that
// repeats the one before (a server ignoring `offset`), and after a page cap.
import { integerOption } from '@dtk/core';

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
  /** Stop after this many requests, whatever the server says. Default {@link DEFAULT_MAX_PAGES}. */
  maxPages?: number;
}

export type FetchOffsetPage<Item> = (page: OffsetPageRequest) => Promise<OffsetPageResponse<Item>>;

/** Default `maxPages`: a bound on a server that never says it is done, far above any real listing. */
export const DEFAULT_MAX_PAGES = 10_000;

const countOption = (name: string, value: number, min: number) =>
  value === Number.POSITIVE_INFINITY ? value : integerOption(name, value, min);

function checkPage(page: OffsetPageResponse<unknown>, offset: number): void {
  if (!page || !Array.isArray(page.items)) {
    throw new TypeError(
      `page at offset ${offset}: expected { items: [...] }, got ${page === null ? 'null' : typeof page?.items}`,
    );
  }
  const { totalCount } = page;
  if (totalCount !== undefined && !(Number.isSafeInteger(totalCount) && totalCount >= 0)) {
    throw new TypeError(`page at offset ${offset}: totalCount must be a whole number ≥ 0, got ${String(totalCount)}`);
  }
}

/**
 * What identifies a page's content, to notice a server that answers every offset with the same page. Items that
 * cannot be serialised are compared by identity.
 */
function fingerprint(items: readonly unknown[]): readonly unknown[] | string {
  try {
    return JSON.stringify(items);
  } catch {
    return items;
  }
}

const samePage = (a: readonly unknown[] | string, b: readonly unknown[] | string) =>
  typeof a === 'string' || typeof b === 'string'
    ? a === b
    : a.length === b.length && a.every((item, index) => item === b[index]);

/**
 * Walks an offset/limit API page by page. It stops at the first empty page; when the server reports `totalCount`,
 * once that many items are behind us (so an exact multiple of the page size costs no extra request, and a server that
 * caps `limit` below the page size still pages on); otherwise at the first page shorter than asked; at `maxItems`;
 * when a page repeats the previous one exactly (the repeat is not yielded); and after `maxPages` requests.
 *
 * @throws {RangeError} for bad options.
 * @throws {TypeError} for a page without an `items` array or with a bad `totalCount`.
 */
export async function* iterateOffsetPages<Item>(
  fetchPage: FetchOffsetPage<Item>,
  options: OffsetPaginationOptions,
): AsyncGenerator<OffsetPage<Item>, void, undefined> {
  const pageSize = integerOption('pageSize', options.pageSize, 1);
  const maxItems = countOption('maxItems', options.maxItems ?? Number.POSITIVE_INFINITY, 0);
  const startOffset = integerOption('startOffset', options.startOffset ?? 0, 0);
  const maxPages = countOption('maxPages', options.maxPages ?? DEFAULT_MAX_PAGES, 1);

  let offset = startOffset;
  let remaining = maxItems;
  let previous: readonly unknown[] | string | undefined;
  for (let pages = 0; remaining > 0 && pages < maxPages; pages++) {
    const limit = Math.min(pageSize, remaining);
    const page = await fetchPage({ offset, limit });
    checkPage(page, offset);
    const items = page.items.length > remaining ? page.items.slice(0, remaining) : page.items;
    if (items.length === 0) return;
    const current = fingerprint(page.items);
    if (previous !== undefined && samePage(previous, current)) return;
    previous = current;
    yield { items, offset, totalCount: page.totalCount };
    offset += items.length;
    remaining -= items.length;
    const finished = page.totalCount !== undefined ? offset >= page.totalCount : page.items.length < limit;
    if (finished) return;
  }
}

/**
 * Every item of an offset/limit API, one at a time: `for await (const user of paginate(...))`. Same stopping rules as
 * {@link iterateOffsetPages}.
 */
export async function* paginate<Item>(
  fetchPage: FetchOffsetPage<Item>,
  options: OffsetPaginationOptions,
): AsyncGenerator<Item, void, undefined> {
  for await (const page of iterateOffsetPages(fetchPage, options)) yield* page.items;
}

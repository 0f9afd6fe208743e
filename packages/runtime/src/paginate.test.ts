import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_PAGES, iterateOffsetPages, type OffsetPageRequest, paginate } from './paginate.js';

/** An in-memory offset/limit source that records what was asked. */
function source(total: number, { reportTotal, capLimit = Infinity }: { reportTotal: boolean; capLimit?: number }) {
  const asked: OffsetPageRequest[] = [];
  const fetchPage = async ({ offset, limit }: OffsetPageRequest) => {
    asked.push({ offset, limit });
    const end = Math.min(offset + Math.min(limit, capLimit), total);
    const items = Array.from({ length: Math.max(0, end - offset) }, (_, i) => offset + i);
    return reportTotal ? { items, totalCount: total } : { items };
  };
  return { asked, fetchPage };
}

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

describe('paginate', () => {
  it('yields every item exactly once, in order, for any size, page size and limit', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 1, max: 12 }),
        fc.option(fc.integer({ min: 0, max: 70 }), { nil: undefined }),
        fc.boolean(),
        async (total, pageSize, maxItems, reportTotal) => {
          const { asked, fetchPage } = source(total, { reportTotal });
          const items = await collect(
            paginate(fetchPage, { pageSize, ...(maxItems === undefined ? {} : { maxItems }) }),
          );
          const expected = Math.min(total, maxItems ?? Infinity);
          expect(items).toEqual(Array.from({ length: expected }, (_, i) => i));
          // Never asks past what it needs: no request at all for maxItems 0, at most one extra (empty) request otherwise.
          expect(asked.every(({ limit }) => limit >= 1 && limit <= pageSize)).toBe(true);
          expect(asked.length).toBeLessThanOrEqual(Math.ceil(expected / pageSize) + 1);
        },
      ),
    );
  });

  it('makes one request for an empty result', async () => {
    const { asked, fetchPage } = source(0, { reportTotal: false });
    expect(await collect(paginate(fetchPage, { pageSize: 10 }))).toEqual([]);
    expect(asked).toEqual([{ offset: 0, limit: 10 }]);
  });

  it('needs one extra empty request on an exact multiple without totalCount, none with it', async () => {
    const without = source(20, { reportTotal: false });
    expect(await collect(paginate(without.fetchPage, { pageSize: 10 }))).toHaveLength(20);
    expect(without.asked.map((a) => a.offset)).toEqual([0, 10, 20]);

    const withTotal = source(20, { reportTotal: true });
    expect(await collect(paginate(withTotal.fetchPage, { pageSize: 10 }))).toHaveLength(20);
    expect(withTotal.asked.map((a) => a.offset)).toEqual([0, 10]);
  });

  it('stops on a short last page', async () => {
    const { asked, fetchPage } = source(25, { reportTotal: false });
    expect(await collect(paginate(fetchPage, { pageSize: 10 }))).toHaveLength(25);
    expect(asked.map((a) => a.offset)).toEqual([0, 10, 20]);
  });

  it('keeps paging past a server-capped page when totalCount says there is more', async () => {
    const { asked, fetchPage } = source(12, { reportTotal: true, capLimit: 5 });
    expect(await collect(paginate(fetchPage, { pageSize: 10 }))).toHaveLength(12);
    expect(asked.map((a) => a.offset)).toEqual([0, 5, 10]);
  });

  it('asks only for what maxItems still needs, from startOffset', async () => {
    const { asked, fetchPage } = source(100, { reportTotal: false });
    const pages = await collect(iterateOffsetPages(fetchPage, { pageSize: 10, maxItems: 15, startOffset: 40 }));
    expect(pages.map((p) => [p.offset, p.items.length])).toEqual([
      [40, 10],
      [50, 5],
    ]);
    expect(asked).toEqual([
      { offset: 40, limit: 10 },
      { offset: 50, limit: 5 },
    ]);
  });

  it('rejects bad options and malformed pages with typed errors', async () => {
    const { fetchPage } = source(5, { reportTotal: false });
    await expect(collect(paginate(fetchPage, { pageSize: 0 }))).rejects.toThrow(RangeError);
    await expect(collect(paginate(fetchPage, { pageSize: 1.5 }))).rejects.toThrow(RangeError);
    await expect(collect(paginate(fetchPage, { pageSize: 5, maxItems: -1 }))).rejects.toThrow(RangeError);
    await expect(
      collect(paginate(async () => ({ items: 'nope' as unknown as number[] }), { pageSize: 5 })),
    ).rejects.toThrow(TypeError);
    await expect(collect(paginate(async () => ({ items: [1], totalCount: -3 }), { pageSize: 5 }))).rejects.toThrow(
      /totalCount/,
    );
  });
});

describe('paginate against servers that never say they are done', () => {
  it('stops when a page repeats the previous one (a server that ignores offset), without yielding the repeat', async () => {
    let calls = 0;
    const seen: number[] = [];
    const fetchPage = async () => {
      if (++calls > 50) throw new Error('paged forever');
      return { items: [1, 2, 3] };
    };
    for await (const item of paginate(fetchPage, { pageSize: 3 })) seen.push(item);
    expect(seen).toEqual([1, 2, 3]);
    expect(calls).toBe(2);
  });

  it('compares pages by content, so equal objects from a fresh parse count as a repeat', async () => {
    let calls = 0;
    const fetchPage = async () => ({
      items: JSON.parse('[{"id":"a"},{"id":"b"}]') as { id: string }[],
      totalCount: 10 + 0 * ++calls,
    });
    expect(await collect(paginate(fetchPage, { pageSize: 2 }))).toEqual([{ id: 'a' }, { id: 'b' }]);
    expect(calls).toBe(2);
  });

  it(`stops after ${DEFAULT_MAX_PAGES} pages by default, and after maxPages when given`, async () => {
    let calls = 0;
    const endless = async ({ offset, limit }: OffsetPageRequest) => {
      calls += 1;
      return { items: Array.from({ length: limit }, (_, i) => offset + i) };
    };
    expect(await collect(iterateOffsetPages(endless, { pageSize: 1 }))).toHaveLength(DEFAULT_MAX_PAGES);
    expect(calls).toBe(DEFAULT_MAX_PAGES);
    calls = 0;
    expect(await collect(paginate(endless, { pageSize: 5, maxPages: 3 }))).toHaveLength(15);
    expect(calls).toBe(3);
    await expect(collect(paginate(endless, { pageSize: 5, maxPages: 0 }))).rejects.toThrow(/^maxPages/);
  });
});

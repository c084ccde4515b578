import { describe, expect, it } from 'vitest';
import { ConnectorError } from '../errors.ts';
import { cursorTokenPages } from './cursor-token.ts';
import { linkHeaderPages, nextLink } from './link-header.ts';
import { offsetLimitPages } from './offset-limit.ts';
import { pageNumberPages } from './page-number.ts';
import { sincePages } from './since.ts';

const items = Array.from({ length: 23 }, (_, i) => ({
  id: i + 1,
  updated: `2026-01-${String(i + 1).padStart(2, '0')}T00:00:00Z`,
}));

async function collect<T>(pages: AsyncIterable<{ records: readonly T[]; next: unknown }>) {
  const records: T[] = [];
  const nexts: unknown[] = [];
  for await (const page of pages) {
    records.push(...page.records);
    nexts.push(page.next);
  }
  return { records, nexts };
}

async function failure(pages: AsyncIterable<unknown>): Promise<ConnectorError> {
  try {
    for await (const _ of pages) void _;
  } catch (error) {
    expect(error).toBeInstanceOf(ConnectorError);
    return error as ConnectorError;
  }
  throw new Error('expected the paginator to fail');
}

describe('pageNumberPages', () => {
  const fetch = async (page: number) => ({ data: items.slice((page - 1) * 10, page * 10), total_pages: 3 });

  it('reads every page until the reported total, with the next page as checkpoint', async () => {
    const { records, nexts } = await collect(
      pageNumberPages({
        what: 't',
        start: 1,
        fetch,
        records: (b) => b.data,
        totalPages: (b) => b.total_pages,
      }),
    );
    expect(records).toEqual(items);
    expect(nexts).toEqual([2, 3, undefined]);
  });

  it('resumes at a checkpointed page', async () => {
    const { records } = await collect(
      pageNumberPages({ what: 't', start: 3, fetch, records: (b) => b.data }),
    );
    expect(records.map((r) => (r as { id: number }).id)).toEqual([21, 22, 23]);
  });

  it('ends with an error when the platform serves the same page again', async () => {
    const error = await failure(
      pageNumberPages({
        what: 'demo projects',
        start: 1,
        fetch: async () => ({ data: items.slice(0, 10) }),
        records: (b) => b.data,
      }),
    );
    expect(error.type).toBe('system');
    expect(error.message).toContain('demo projects');
  });
});

describe('offsetLimitPages', () => {
  it('reads up to the total and stops at a short page', async () => {
    const fetch = async (offset: number, limit: number) => ({
      nodes: items.slice(offset, offset + limit),
      totalCount: 23,
    });
    const { records, nexts } = await collect(
      offsetLimitPages({
        what: 't',
        start: 0,
        limit: 10,
        fetch,
        records: (b) => b.nodes,
        total: (b) => b.totalCount,
      }),
    );
    expect(records).toEqual(items);
    expect(nexts).toEqual([10, 20, undefined]);
  });
});

describe('cursorTokenPages', () => {
  const fetch = async (cursor: string | undefined) => {
    const start = cursor ? Number(cursor) : 0;
    const projects = items.slice(start, start + 10);
    return { projects, hasNext: start + 10 < items.length, nextProjectId: start + 10 };
  };

  it('follows the next token until hasNext is false', async () => {
    const { records, nexts } = await collect(
      cursorTokenPages({
        what: 't',
        start: undefined,
        fetch,
        records: (b) => b.projects,
        nextCursor: (b) => b.nextProjectId,
        hasMore: (b) => b.hasNext,
      }),
    );
    expect(records).toEqual(items);
    expect(nexts).toEqual(['10', '20', undefined]);
  });

  it('ends with an error when a cursor repeats', async () => {
    let call = 0;
    const repeating = async () => ({ projects: [{ id: ++call }], nextProjectId: 'same' });
    const error = await failure(
      cursorTokenPages({
        what: 'gg projects',
        start: undefined,
        fetch: repeating,
        records: (b) => b.projects,
        nextCursor: (b) => b.nextProjectId,
      }),
    );
    expect(error.message).toContain('"same"');
  });
});

describe('sincePages', () => {
  it("continues from the last record's update time while more is promised", async () => {
    const fetch = async (since: string | undefined) => {
      const newer = items.filter((item) => !since || item.updated > since);
      return { volops: newer.slice(0, 10), hasMore: newer.length > 10 };
    };
    const { records, nexts } = await collect(
      sincePages({
        what: 't',
        start: undefined,
        fetch,
        records: (b) => b.volops,
        updatedOf: (r) => (r as { updated: string }).updated,
        hasMore: (b) => b.hasMore,
      }),
    );
    expect(records).toEqual(items);
    expect(nexts).toEqual([items[9]?.updated, items[19]?.updated, undefined]);
  });

  it('ends with an error when since does not advance', async () => {
    let call = 0;
    const stuck = async () => ({ volops: [{ id: ++call, updated: '2026-01-01T00:00:00Z' }], hasMore: true });
    const error = await failure(
      sincePages({
        what: 'idealist',
        start: '2026-01-01T00:00:00Z',
        fetch: stuck,
        records: (b) => b.volops,
        updatedOf: (r) => (r as { updated: string }).updated,
        hasMore: (b) => b.hasMore,
      }),
    );
    expect(error.type).toBe('system');
  });
});

describe('linkHeaderPages', () => {
  it('parses rel="next" among other relations and resolves relative URLs', () => {
    expect(
      nextLink('<https://x.org/a?page=1>; rel="prev", <?page=3>; rel="next"', 'https://x.org/a?page=2'),
    ).toBe('https://x.org/a?page=3');
    expect(nextLink('<https://x.org/a?page=1>; rel="first"', 'https://x.org/a')).toBeUndefined();
  });

  it('follows next links until none is left', async () => {
    const fetch = async (url: string) => {
      const page = Number(new URL(url).searchParams.get('page') ?? '1');
      const link = page < 3 ? `<https://x.org/items?page=${page + 1}>; rel="next"` : null;
      return { body: items.slice((page - 1) * 10, page * 10), link };
    };
    const { records } = await collect(
      linkHeaderPages({ what: 't', start: 'https://x.org/items', fetch, records: (b) => b }),
    );
    expect(records).toEqual(items);
  });
});

import { describe, expect, it } from 'vitest';
import type { FetchedPage, PageParams } from './page-request.ts';
import { type ManifestPage, pagesOf, selectRecords } from './paginate.ts';
import { PaginatorSpec } from './request-schema.ts';

const items = Array.from({ length: 23 }, (_, i) => ({
  id: i + 1,
  updated: `2026-01-${String(i + 1).padStart(2, '0')}T00:00:00Z`,
}));

/** A platform in memory: `answer` turns the parameters of a request into a body; every request is recorded. */
function platform(answer: (params: PageParams) => unknown, base: PageParams = {}) {
  const requests: PageParams[] = [];
  return {
    requests,
    source: {
      what: 'test items',
      base,
      firstUrl: () => 'https://api.example.org/items?sort=id',
      records: (body: unknown) => selectRecords('$.items[*]', body),
      fetch: async (params: PageParams): Promise<FetchedPage> => {
        requests.push(params);
        const answered = answer(params) as { body?: unknown; link?: string };
        return 'link' in answered
          ? { body: answered.body, link: answered.link ?? null }
          : { body: answered, link: null };
      },
    },
  };
}

async function collect(pages: AsyncIterable<ManifestPage>) {
  const ids: number[] = [];
  const nexts: unknown[] = [];
  for await (const page of pages) {
    ids.push(...page.records.map((record) => (record as { id: number }).id));
    nexts.push(page.next);
  }
  return { ids, nexts };
}

const all = items.map((item) => item.id);
const q = (params: PageParams, name: string) => Number(params.query?.[name] ?? params.variables?.[name]);

describe('paginators', () => {
  it('none reads one page', async () => {
    const { source, requests } = platform(() => ({ items }));
    expect(await collect(pagesOf(PaginatorSpec.parse({ type: 'none' }), source, undefined))).toEqual({
      ids: all,
      nexts: [undefined],
    });
    expect(requests).toHaveLength(1);
  });

  it('page-number sends page and page size, stops at the total pages, and resumes at a page', async () => {
    const spec = PaginatorSpec.parse({
      type: 'page-number',
      param: 'page',
      pageSize: 10,
      pageSizeParam: 'per_page',
      totalPages: '$.meta.pages',
    });
    const answer = (params: PageParams) => {
      const page = q(params, 'page');
      return { items: items.slice((page - 1) * 10, page * 10), meta: { pages: 3 } };
    };
    const { source, requests } = platform(answer);
    expect(await collect(pagesOf(spec, source, undefined))).toEqual({ ids: all, nexts: [2, 3, undefined] });
    expect(requests[0]).toEqual({ query: { page: 1, per_page: 10 } });
    expect((await collect(pagesOf(spec, platform(answer).source, 3))).ids).toEqual([21, 22, 23]);
  });

  it('offset-limit puts offset and limit in GraphQL variables and stops at the total', async () => {
    const spec = PaginatorSpec.parse({
      type: 'offset-limit',
      offsetParam: 'offset',
      limitParam: 'limit',
      in: 'variables',
      limit: 10,
      total: '$.data.accounts.totalCount',
    });
    const answer = (params: PageParams) => ({
      data: {
        accounts: { nodes: items.slice(q(params, 'offset'), q(params, 'offset') + 10), totalCount: 23 },
      },
    });
    const { source, requests } = platform(answer, { variables: { slug: 'x' } });
    const graphql = {
      ...source,
      records: (body: unknown) => selectRecords('$.data.accounts.nodes[*]', body),
    };
    expect(await collect(pagesOf(spec, graphql, undefined))).toEqual({
      ids: all,
      nexts: [10, 20, undefined],
    });
    expect(requests[1]).toEqual({ variables: { slug: 'x', offset: 10, limit: 10 } });
  });

  it('offset-limit with a more-pages flag keeps going after short pages until the flag is gone', async () => {
    const spec = PaginatorSpec.parse({
      type: 'offset-limit',
      offsetParam: 'resultOffset',
      limitParam: 'resultRecordCount',
      limit: 1000,
      hasMore: '$.exceededTransferLimit',
    });
    const answer = (params: PageParams) => {
      const offset = q(params, 'resultOffset');
      return {
        items: items.slice(offset, offset + 5),
        ...(offset + 5 < 23 ? { exceededTransferLimit: true } : {}),
      };
    };
    expect(await collect(pagesOf(spec, platform(answer).source, undefined))).toEqual({
      ids: all,
      nexts: [5, 10, 15, 20, undefined],
    });
    expect((await collect(pagesOf(spec, platform(answer).source, 20))).ids).toEqual([21, 22, 23]);
  });

  it('cursor-token follows the next token while more is promised and resumes at a token', async () => {
    const spec = PaginatorSpec.parse({
      type: 'cursor-token',
      param: 'after',
      next: '$.next',
      hasMore: '$.more',
    });
    const answer = (params: PageParams) => {
      const start = params.query?.after === undefined ? 0 : Number(params.query.after);
      return { items: items.slice(start, start + 10), next: String(start + 10), more: start + 10 < 23 };
    };
    const { source, requests } = platform(answer);
    expect(await collect(pagesOf(spec, source, undefined))).toEqual({
      ids: all,
      nexts: ['10', '20', undefined],
    });
    expect(requests.map((params) => params.query?.after)).toEqual([undefined, '10', '20']);
    expect((await collect(pagesOf(spec, platform(answer).source, '20'))).ids).toEqual([21, 22, 23]);
  });

  it("since continues from the last record's update time and starts from a stored cursor", async () => {
    const spec = PaginatorSpec.parse({
      type: 'since',
      param: 'since',
      field: 'updated',
      hasMore: '$.hasMore',
    });
    const answer = (params: PageParams) => {
      const since = params.query?.since as string | undefined;
      const newer = items.filter((item) => !since || item.updated > since);
      return { items: newer.slice(0, 10), hasMore: newer.length > 10 };
    };
    expect((await collect(pagesOf(spec, platform(answer).source, undefined))).nexts).toEqual([
      items[9]?.updated,
      items[19]?.updated,
      undefined,
    ]);
    expect((await collect(pagesOf(spec, platform(answer).source, items[19]?.updated))).ids).toEqual([
      21, 22, 23,
    ]);
  });

  it('link-header follows rel="next" from the first URL and resumes at a checkpointed URL', async () => {
    const spec = PaginatorSpec.parse({ type: 'link-header' });
    const answer = (params: PageParams) => {
      const page = Number(new URL(params.url ?? '').searchParams.get('page') ?? '1');
      const link =
        page < 3 ? `<https://api.example.org/items?sort=id&page=${page + 1}>; rel="next"` : undefined;
      return { body: { items: items.slice((page - 1) * 10, page * 10) }, link };
    };
    const { source, requests } = platform(answer);
    const { ids, nexts } = await collect(pagesOf(spec, source, undefined));
    expect(ids).toEqual(all);
    expect(requests[0]?.url).toBe('https://api.example.org/items?sort=id');
    expect(nexts).toEqual([
      'https://api.example.org/items?sort=id&page=2',
      'https://api.example.org/items?sort=id&page=3',
      undefined,
    ]);
    expect((await collect(pagesOf(spec, platform(answer).source, nexts[1] as string))).ids).toEqual([
      21, 22, 23,
    ]);
  });

  it('stops with an error when the platform serves the same page twice', async () => {
    const spec = PaginatorSpec.parse({ type: 'page-number', param: 'page' });
    const pages = pagesOf(spec, platform(() => ({ items: items.slice(0, 10) })).source, undefined);
    await expect(collect(pages)).rejects.toThrow(/test items: the platform served the same page twice/);
  });
});

describe('selectRecords', () => {
  it('takes the items of an array the path matches, or every match', () => {
    expect(selectRecords('$.data', { data: [{ a: 1 }, { a: 2 }] })).toEqual([{ a: 1 }, { a: 2 }]);
    expect(selectRecords('$.data[*]', { data: [{ a: 1 }] })).toEqual([{ a: 1 }]);
    expect(selectRecords('$.data[?(@.open == true)]', { data: [{ open: true }, { open: false }] })).toEqual([
      { open: true },
    ]);
    expect(selectRecords('$.missing[*]', { data: [] })).toEqual([]);
  });
});

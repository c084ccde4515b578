import {
  cursorTokenPages,
  type JsonValue,
  linkHeaderPages,
  offsetLimitPages,
  type Paged,
  pageNumberPages,
  sincePages,
} from '../sdk/index.ts';
import { fieldValue, queryAll, queryFirst } from './json-path.ts';
import type { FetchedPage, PageParams } from './page-request.ts';
import type { PaginatorSpec } from './request-schema.ts';

/** What the paginators need from the stream: how to fetch with extra parameters, and the records of a body. */
export interface PageSource {
  readonly what: string;
  /** Fetches a page with the given paging parameters (already placed in query or variables). */
  readonly fetch: (params: PageParams) => Promise<FetchedPage>;
  /** The URL of the first page, without credentials (Link-header paging starts and checkpoints there). */
  readonly firstUrl: () => string;
  /** Selects the records of a response body. */
  readonly records: (body: unknown) => readonly unknown[];
  /** Parameters every page carries besides paging (the incremental cursor). */
  readonly base: PageParams;
}

/** A page as a manifest stream yields it: records and where the next page starts (a JSON checkpoint). */
export type ManifestPage = Paged<unknown, JsonValue | undefined>;

function place(
  spec: { in: 'query' | 'variables' },
  base: PageParams,
  values: Record<string, unknown>,
): PageParams {
  if (spec.in === 'variables') return { ...base, variables: { ...base.variables, ...values } };
  return { ...base, query: { ...base.query, ...(values as Record<string, string | number>) } };
}

const numberAt = (path: string | undefined, body: unknown): number | undefined => {
  if (!path) return undefined;
  const value = Number(queryFirst(path, body));
  return Number.isFinite(value) ? value : undefined;
};

const flagAt = (path: string, body: unknown): boolean => {
  const value = queryFirst(path, body);
  return value === true || value === 'true' || value === 1;
};

/**
 * Runs a manifest paginator on the SDK paginators, resuming at `position` (a checkpointed `next`). Offset
 * paging with a "more pages" flag (ArcGIS `exceededTransferLimit`, which a short page does not contradict)
 * is cursor-token paging whose token is the next offset.
 */
export function pagesOf(
  spec: PaginatorSpec,
  source: PageSource,
  position: JsonValue | undefined,
): AsyncIterable<ManifestPage> {
  if (spec.type === 'none') return singlePage(source);
  const body = async (params: PageParams) => (await source.fetch(params)).body;
  const common = { what: source.what, records: source.records, maxPages: spec.maxPages };
  switch (spec.type) {
    case 'page-number':
      return pageNumberPages({
        ...common,
        start: typeof position === 'number' ? position : spec.start,
        pageSize: spec.pageSize,
        fetch: (page) =>
          body(
            place(spec, source.base, {
              [spec.param]: page,
              ...(spec.pageSizeParam && spec.pageSize ? { [spec.pageSizeParam]: spec.pageSize } : {}),
            }),
          ),
        totalPages: (page) => numberAt(spec.totalPages, page),
      });
    case 'offset-limit': {
      const fetch = (offset: number) =>
        body(place(spec, source.base, { [spec.offsetParam]: offset, [spec.limitParam]: spec.limit }));
      const start = typeof position === 'number' ? position : 0;
      if (!spec.hasMore) {
        return offsetLimitPages({
          ...common,
          start,
          limit: spec.limit,
          fetch,
          total: (page) => numberAt(spec.total, page),
        });
      }
      const hasMore = spec.hasMore;
      let offset = start;
      return numbered(
        cursorTokenPages({
          ...common,
          start: String(start),
          fetch: (token) => {
            offset = Number(token);
            return fetch(offset);
          },
          nextCursor: (page) => offset + source.records(page).length,
          hasMore: (page) => flagAt(hasMore, page),
        }),
      );
    }
    case 'cursor-token':
      return cursorTokenPages({
        ...common,
        start: typeof position === 'string' ? position : undefined,
        fetch: (token) =>
          body(token === undefined ? source.base : place(spec, source.base, { [spec.param]: token })),
        nextCursor: (page) => queryFirst(spec.next, page) as string | number | null | undefined,
        hasMore: spec.hasMore ? (page) => flagAt(spec.hasMore as string, page) : undefined,
      });
    case 'since':
      return sincePages({
        ...common,
        start: typeof position === 'string' ? position : undefined,
        fetch: (since) =>
          body(since === undefined ? source.base : place(spec, source.base, { [spec.param]: since })),
        updatedOf: (record) => {
          const value = fieldValue(record, spec.field);
          return value === undefined || value === null ? undefined : String(value);
        },
        hasMore: (page) => flagAt(spec.hasMore, page),
      });
    case 'link-header':
      return linkHeaderPages({
        ...common,
        start: typeof position === 'string' ? position : source.firstUrl(),
        fetch: (url) => source.fetch({ ...source.base, url }),
      });
  }
}

/** A stream without paging: one request, one page, nothing to resume. */
async function* singlePage(source: PageSource): AsyncGenerator<ManifestPage> {
  const { body } = await source.fetch(source.base);
  yield { body, records: source.records(body), position: null, next: undefined };
}

/** Offsets travel as tokens through `cursorTokenPages`; checkpoints keep them as numbers. */
async function* numbered(
  pages: AsyncIterable<Paged<unknown, string | undefined>>,
): AsyncGenerator<ManifestPage> {
  for await (const page of pages) {
    yield {
      ...page,
      position: Number(page.position),
      next: page.next === undefined ? undefined : Number(page.next),
    };
  }
}

/** Selects records with the stream's JSON path; a path that matches one array (`$.data`) gives its items. */
export function selectRecords(path: string, body: unknown): unknown[] {
  const found = queryAll(path, body);
  return found.length === 1 && Array.isArray(found[0]) ? (found[0] as unknown[]) : found;
}

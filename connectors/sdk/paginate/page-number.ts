import { RepeatGuard } from './repeat-guard.ts';
import { DEFAULT_MAX_PAGES, type Paged, type PaginatorOptions } from './types.ts';

/** Options of `pageNumberPages`. */
export interface PageNumberOptions<Body> extends PaginatorOptions<Body> {
  /** The page to start at (1 unless resuming). */
  readonly start: number;
  readonly fetch: (page: number) => Promise<Body>;
  /** Total pages, when the platform says so; reading stops after it. */
  readonly totalPages?: (body: Body) => number | undefined;
  /** Records per page asked for; a shorter page is the last. */
  readonly pageSize?: number;
}

/**
 * Page-number pagination (`?page=2&per_page=200`): stops at an empty or short page, or after the total
 * the platform reports; a page that repeats ends the run with an error.
 *
 * @example
 * for await (const page of pageNumberPages({ what: 'betterplace projects', start: 1, pageSize: 200,
 *   fetch: (n) => http.json(url(n)).then((r) => r.body), records: (b) => b.data, totalPages: (b) => b.total_pages })) { ... }
 */
export async function* pageNumberPages<Body>(
  options: PageNumberOptions<Body>,
): AsyncGenerator<Paged<Body, number>> {
  const guard = new RepeatGuard(options.what);
  const maxPages = options.maxPages ?? DEFAULT_MAX_PAGES;
  for (let page = options.start, count = 0; count < maxPages; page++, count++) {
    guard.position(page);
    const body = await options.fetch(page);
    const records = options.records(body) ?? [];
    guard.page(records);
    const total = options.totalPages?.(body);
    const last =
      records.length === 0 ||
      (total !== undefined && page >= total) ||
      (options.pageSize !== undefined && records.length < options.pageSize);
    yield { body, records, position: page, next: last ? undefined : page + 1 };
    if (last) return;
  }
}

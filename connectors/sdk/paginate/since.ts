import { ConnectorError } from '../errors.ts';
import { RepeatGuard } from './repeat-guard.ts';
import { DEFAULT_MAX_PAGES, type Paged, type PaginatorOptions } from './types.ts';

/** Options of `sincePages`. */
export interface SinceOptions<Body> extends PaginatorOptions<Body> {
  /** The timestamp to continue from; `undefined` reads from the beginning. */
  readonly start: string | undefined;
  readonly fetch: (since: string | undefined) => Promise<Body>;
  /** The update time of a record; the last record's becomes the next `since`. */
  readonly updatedOf: (record: unknown) => string | undefined;
  /** Whether more records follow (Idealist `hasMore`). */
  readonly hasMore: (body: Body) => boolean | undefined;
}

/**
 * `since` pagination (Idealist: `?since=<updated>`, continue with the last record's update time while
 * `hasMore`). A `since` that does not advance while more is promised ends the run with an error.
 */
export async function* sincePages<Body>(
  options: SinceOptions<Body>,
): AsyncGenerator<Paged<Body, string | undefined>> {
  const guard = new RepeatGuard(options.what);
  const maxPages = options.maxPages ?? DEFAULT_MAX_PAGES;
  let since = options.start;
  for (let count = 0; count < maxPages; count++) {
    guard.position(since ?? null);
    const body = await options.fetch(since);
    const records = options.records(body) ?? [];
    guard.page(records);
    const lastUpdated = records.length > 0 ? options.updatedOf(records[records.length - 1]) : undefined;
    const more = (options.hasMore(body) ?? false) && records.length > 0;
    if (more && (lastUpdated === undefined || lastUpdated === since)) {
      throw new ConnectorError(
        'system',
        `${options.what}: "since" does not advance past ${since}; stopping instead of looping`,
      );
    }
    yield { body, records, position: since, next: more ? lastUpdated : undefined };
    if (!more) return;
    since = lastUpdated;
  }
}

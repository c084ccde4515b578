import { RepeatGuard } from './repeat-guard.ts';
import { DEFAULT_MAX_PAGES, type Paged, type PaginatorOptions } from './types.ts';

/** Options of `offsetLimitPages`. */
export interface OffsetLimitOptions<Body> extends PaginatorOptions<Body> {
  /** The offset to start at (0 unless resuming). */
  readonly start: number;
  readonly limit: number;
  /** Fetches `limit` records from `offset`: a REST query or GraphQL variables alike. */
  readonly fetch: (offset: number, limit: number) => Promise<Body>;
  /** Total records, when the platform says so (`totalCount`, `total`); reading stops after it. */
  readonly total?: (body: Body) => number | undefined;
}

/**
 * Offset/limit pagination, for REST (`?offset=&limit=`) and GraphQL (`accounts(offset:, limit:)`) alike:
 * stops at an empty or short page or at the reported total; a repeating page ends the run with an error.
 */
export async function* offsetLimitPages<Body>(
  options: OffsetLimitOptions<Body>,
): AsyncGenerator<Paged<Body, number>> {
  const guard = new RepeatGuard(options.what);
  const maxPages = options.maxPages ?? DEFAULT_MAX_PAGES;
  for (let offset = options.start, count = 0; count < maxPages; count++) {
    guard.position(offset);
    const body = await options.fetch(offset, options.limit);
    const records = options.records(body) ?? [];
    guard.page(records);
    const total = options.total?.(body);
    const next = offset + records.length;
    const last =
      records.length === 0 || records.length < options.limit || (total !== undefined && next >= total);
    yield { body, records, position: offset, next: last ? undefined : next };
    if (last) return;
    offset = next;
  }
}

import { RepeatGuard } from './repeat-guard.ts';
import { DEFAULT_MAX_PAGES, type Paged, type PaginatorOptions } from './types.ts';

/** Options of `cursorTokenPages`. */
export interface CursorTokenOptions<Body> extends PaginatorOptions<Body> {
  /** The token to start from; `undefined` for the first page. */
  readonly start: string | undefined;
  readonly fetch: (cursor: string | undefined) => Promise<Body>;
  /** The next token from a body (GlobalGiving `nextProjectId`); `undefined`/empty ends. */
  readonly nextCursor: (body: Body) => string | number | null | undefined;
  /** An explicit "more pages" flag, when the platform has one (`hasNext`); false ends. */
  readonly hasMore?: (body: Body) => boolean | undefined;
}

/**
 * Cursor-token pagination (`?nextProjectId=123`, `after:` tokens): follows the token the platform returns;
 * a token that comes back ends the run with an error instead of looping.
 */
export async function* cursorTokenPages<Body>(
  options: CursorTokenOptions<Body>,
): AsyncGenerator<Paged<Body, string | undefined>> {
  const guard = new RepeatGuard(options.what);
  const maxPages = options.maxPages ?? DEFAULT_MAX_PAGES;
  let cursor = options.start;
  for (let count = 0; count < maxPages; count++) {
    guard.position(cursor ?? null);
    const body = await options.fetch(cursor);
    const records = options.records(body) ?? [];
    guard.page(records);
    const token = options.nextCursor(body);
    const more = options.hasMore?.(body) ?? true;
    const next = more && token !== undefined && token !== null && token !== '' ? String(token) : undefined;
    yield { body, records, position: cursor, next };
    if (next === undefined) return;
    cursor = next;
  }
}

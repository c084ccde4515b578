import { RepeatGuard } from './repeat-guard.ts';
import { DEFAULT_MAX_PAGES, type Paged, type PaginatorOptions } from './types.ts';

/** Finds the `rel="next"` URL of an RFC 8288 Link header, resolved against the request URL. */
export function nextLink(header: string | null | undefined, base: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(/,(?=\s*<)/)) {
    const match = /<([^>]*)>\s*;(.*)/.exec(part.trim());
    if (match && /\brel\s*=\s*"?([^";]*\s)?next(\s[^";]*)?"?/i.test(match[2] ?? '')) {
      return new URL(match[1] ?? '', base).toString();
    }
  }
  return undefined;
}

/** Options of `linkHeaderPages`. */
export interface LinkHeaderOptions<Body> extends PaginatorOptions<Body> {
  /** The URL to start from (the first page, or the checkpointed next URL). */
  readonly start: string;
  /** Fetches a URL, returning the body and the Link header. */
  readonly fetch: (url: string) => Promise<{ body: Body; link: string | null | undefined }>;
}

/** Link-header pagination (GitHub style `Link: <...?page=3>; rel="next"`); a URL that repeats is an error. */
export async function* linkHeaderPages<Body>(
  options: LinkHeaderOptions<Body>,
): AsyncGenerator<Paged<Body, string>> {
  const guard = new RepeatGuard(options.what);
  const maxPages = options.maxPages ?? DEFAULT_MAX_PAGES;
  let url: string | undefined = options.start;
  for (let count = 0; url !== undefined && count < maxPages; count++) {
    guard.position(url);
    const { body, link } = await options.fetch(url);
    const records = options.records(body) ?? [];
    guard.page(records);
    const next = nextLink(link, url);
    yield { body, records, position: url, next };
    url = next;
  }
}

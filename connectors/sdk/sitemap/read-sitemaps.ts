import type { Logger } from '../../../lib/log.ts';
import { HttpError } from '../errors.ts';
import type { HttpClient } from '../http.ts';
import { parseSitemap, type SitemapEntry } from './parse-sitemap.ts';

/** Options of `readSitemaps`. */
export interface ReadSitemapsOptions {
  readonly http: HttpClient;
  /** Sitemap URLs to start from: `/sitemap.xml`, and those robots.txt names. */
  readonly sitemaps: readonly string[];
  readonly signal?: AbortSignal;
  readonly log?: Logger;
  /** Sitemaps read at most, indexes included: a safety net against sitemap loops and huge sites; 100. */
  readonly maxSitemaps?: number;
  /** Whether a URL may be fetched (robots.txt); sitemaps it refuses are skipped. */
  readonly allowed?: (url: string) => Promise<boolean>;
  /** Runs each request, e.g. within a host's Crawl-delay. */
  readonly throttle?: <T>(url: string, task: () => Promise<T>) => Promise<T>;
}

/**
 * Reads sitemaps and the sitemap indexes among them, breadth first, and gives every page URL with its
 * `lastmod`, each URL once. A sitemap that is missing (4xx) is skipped: a site without one is crawled from
 * its pages instead. Other failures (5xx after retries, network errors) are thrown, so that a run does not
 * take a half-read sitemap for the whole site.
 *
 * @example
 * const pages = await readSitemaps({ http: context.http, sitemaps: [`${site}/sitemap.xml`] });
 */
export async function readSitemaps(options: ReadSitemapsOptions): Promise<SitemapEntry[]> {
  const max = options.maxSitemaps ?? 100;
  const queue = [...options.sitemaps];
  const seenSitemaps = new Set<string>();
  const pages = new Map<string, SitemapEntry>();
  while (queue.length > 0 && seenSitemaps.size < max) {
    const url = queue.shift() as string;
    if (seenSitemaps.has(url)) continue;
    seenSitemaps.add(url);
    if (options.allowed && !(await options.allowed(url))) continue;
    let body: string;
    try {
      const fetch = () =>
        options.http.text({ url, signal: options.signal, headers: { accept: 'application/xml, text/xml' } });
      body = (await (options.throttle ? options.throttle(url, fetch) : fetch())).body;
    } catch (error) {
      if (error instanceof HttpError && error.status >= 400 && error.status < 500 && error.status !== 429) {
        options.log?.info({ url, status: error.status }, 'no sitemap here');
        continue;
      }
      throw error;
    }
    const sitemap = parseSitemap(body);
    for (const child of sitemap.sitemaps) queue.push(new URL(child.loc, url).toString());
    for (const page of sitemap.urls) {
      const loc = new URL(page.loc, url).toString();
      if (!pages.has(loc)) pages.set(loc, { ...page, loc });
    }
  }
  return [...pages.values()];
}

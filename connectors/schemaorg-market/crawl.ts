import {
  checkpointJson,
  ConnectorError,
  createRobotsGuard,
  fetchHtmlPage,
  type JsonValue,
  type RawPage,
  type ReadContext,
  readSitemaps,
  type RobotsGuard,
  type SitemapEntry,
} from '../sdk/index.ts';
import { type SchemaOrgMarketConfig, UNSET_SITE } from './config.ts';
import { pageListings } from './page-listings.ts';
import { type CrawlPlan, planCrawl } from './state.ts';

/**
 * Reads a marketplace's listing pages: robots.txt first (a site whose robots.txt cannot be read is not
 * crawled, RFC 9309), then the sitemaps (configured and those robots.txt names, indexes followed) and the
 * start pages, on the site's host and under `include` only; pages robots.txt disallows are never fetched and
 * its Crawl-delay is kept. Each page's listings are yielded with a checkpoint every `pagesPerCheckpoint`
 * pages; pages are read in URL order, so a resumed crawl continues after the last one read. Incremental crawls
 * skip pages whose sitemap `lastmod` lies before the start of the last completed crawl.
 */
export async function* crawlListings(
  context: ReadContext<SchemaOrgMarketConfig>,
  checkpoint: JsonValue | undefined,
): AsyncIterable<RawPage> {
  const { config } = context;
  const { state, plan } = planCrawl(context.mode, checkpoint, new Date().toISOString());
  const origin = new URL(context.baseUrl).origin;
  if (origin === UNSET_SITE) {
    throw new ConnectorError(
      'config',
      'set the baseUrl of this source to the marketplace website to crawl (e.g. https://www.buurtmarkt.nl)',
    );
  }
  const robots = createRobotsGuard({ http: context.http, signal: context.signal, log: context.log });
  const host = await robots.forHost(origin);
  if (host.status === 'unreachable') {
    throw new ConnectorError(
      'transient',
      `robots.txt of ${origin} could not be read (${host.reason}); a site whose robots.txt is unreachable is not crawled, trying again next run`,
    );
  }
  const pages = await pagesToRead(context, robots, host.policy.sitemaps, plan);
  let records: unknown[] = [];
  let count = 0;
  let read = 0;
  for (const page of pages) {
    if (read >= config.maxPages) {
      throw new ConnectorError(
        'transient',
        `${origin}: read maxPages (${config.maxPages}) pages; the next run continues after ${page.loc}`,
      );
    }
    if (await robots.allowed(page.loc)) {
      read++;
      const fetched = await fetchHtmlPage({
        http: context.http,
        url: page.loc,
        robots,
        signal: context.signal,
        log: context.log,
      });
      if (fetched && !fetched.noindex) {
        const found = pageListings({
          url: fetched.url,
          html: fetched.html,
          language: fetched.language,
          lastmod: page.lastmod,
        });
        if (found.unreadableBlocks > 0)
          context.log.warn(
            { url: fetched.url, blocks: found.unreadableBlocks },
            'JSON-LD blocks that cannot be read',
          );
        if (found.withoutOrganisation > 0)
          context.log.info(
            { url: fetched.url, listings: found.withoutOrganisation },
            'listings of persons or of no organisation skipped',
          );
        records.push(...found.records);
      }
    }
    count++;
    if (count % config.pagesPerCheckpoint === 0 && count < pages.length) {
      yield {
        records,
        total: undefined,
        // The checkpoint keeps the path, not the URL: a site that moves host or scheme still resumes.
        state: checkpointJson({ lastRun: state.lastRun, run: { ...plan, afterUrl: sitePath(page.loc) } }),
      };
      records = [];
    }
  }
  yield { records, state: checkpointJson({ lastRun: plan.started }) };
}

/**
 * The pages of this crawl in URL order: sitemap pages and start pages on the site (under `include`), left
 * out when before the resume point, or unchanged since the last crawl in an incremental one.
 */
async function pagesToRead(
  context: ReadContext<SchemaOrgMarketConfig>,
  robots: RobotsGuard,
  robotsSitemaps: readonly string[],
  plan: CrawlPlan,
): Promise<SitemapEntry[]> {
  const { config } = context;
  const origin = new URL(context.baseUrl).origin;
  const absolute = (url: string) => new URL(url, `${origin}/`).toString();
  const onSite = (url: string) => {
    const parsed = new URL(url);
    return (
      parsed.origin === origin &&
      (config.include.length === 0 || config.include.some((prefix) => parsed.pathname.startsWith(prefix)))
    );
  };
  const sitemaps = [...new Set([...config.sitemaps.map(absolute), ...robotsSitemaps])].filter(
    (url) => new URL(url).origin === origin,
  );
  const entries = await readSitemaps({
    http: context.http,
    sitemaps,
    signal: context.signal,
    log: context.log,
    allowed: (url) => robots.allowed(url),
    throttle: (url, task) => robots.throttle(url, task),
  });
  const pages = new Map<string, SitemapEntry>();
  for (const entry of [...entries, ...config.startUrls.map((url) => ({ loc: absolute(url) }))]) {
    if (onSite(entry.loc) && !pages.has(entry.loc)) pages.set(entry.loc, entry);
  }
  const since = plan.since ? Date.parse(plan.since) : Number.NaN;
  return [...pages.values()]
    .filter((page) => !plan.afterUrl || sitePath(page.loc) > sitePath(plan.afterUrl))
    .filter(
      (page) => Number.isNaN(since) || page.lastmod === undefined || !(Date.parse(page.lastmod) < since),
    )
    .sort((a, b) => (sitePath(a.loc) < sitePath(b.loc) ? -1 : sitePath(a.loc) > sitePath(b.loc) ? 1 : 0));
}

/** The path and query of a page on the site; checkpoints written as full URLs by earlier versions still work. */
function sitePath(url: string): string {
  if (url.startsWith('/')) return url;
  const parsed = new URL(url);
  return `${parsed.pathname}${parsed.search}`;
}

import {
  checkpointJson,
  ConnectorError,
  createRobotsGuard,
  fetchHtmlPage,
  isUnsetBaseUrl,
  type JsonValue,
  type RawPage,
  type ReadContext,
  readSitemaps,
  type RobotsGuard,
} from '../sdk/index.ts';
import type { JsonLdConfig } from './config.ts';
import { readPageLinks } from './page-links.ts';
import { pageRecords } from './page-records.ts';
import { type CrawlRun, readState } from './state.ts';

/**
 * Crawls the site and yields the structured-data nodes of its pages, a checkpoint after every
 * `pagesPerCheckpoint` pages. The crawl starts from the sitemaps (those configured and those robots.txt
 * names) and the start pages, follows links on the site up to `maxDepth`, never leaves the site's host,
 * fetches nothing robots.txt disallows, keeps to its Crawl-delay, and respects `noindex` and `nofollow`.
 *
 * Incremental crawls leave out sitemap pages whose `lastmod` is older than the start of the last completed
 * crawl, and do not rediscover them through links; the start pages, sitemap pages without `lastmod` and
 * pages only links lead to are fetched every time. A site whose robots.txt cannot be read is not crawled at all (RFC 9309).
 */
export async function* crawl(
  context: ReadContext<JsonLdConfig>,
  checkpoint: JsonValue | undefined,
): AsyncIterable<RawPage> {
  const { config } = context;
  const state = readState(checkpoint);
  const origin = new URL(context.baseUrl).origin;
  if (isUnsetBaseUrl(context.baseUrl)) {
    throw new ConnectorError(
      'config',
      'set the baseUrl of this source to the website to crawl (e.g. https://www.buurtkracht.nl)',
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
  const run = state.run ?? (await startRun(context, robots, host.policy.sitemaps, state.lastRun));
  const visited = new Set(run.visited);
  const queued = new Set(run.queue.map((page) => page.path));
  const emitted = new Set(run.emitted);
  const onSite = (url: string) =>
    new URL(url).origin === origin &&
    !config.exclude.some((prefix) => new URL(url).pathname.startsWith(prefix));
  let records: unknown[] = [];
  let pages = 0;
  const snapshot = (): CrawlRun => ({ ...run, visited: [...visited], emitted: [...emitted] });

  while (run.queue.length > 0 && run.fetched < config.maxPages) {
    const next = run.queue.shift()!;
    queued.delete(next.path);
    if (visited.has(next.path)) continue;
    visited.add(next.path);
    const url = `${origin}${next.path}`;
    if (!onSite(url) || !(await robots.allowed(url))) continue;
    const fetched = await fetchHtmlPage({
      http: context.http,
      url,
      robots,
      signal: context.signal,
      log: context.log,
    });
    run.fetched++;
    pages++;
    if (fetched) {
      if (!fetched.noindex) {
        const found = pageRecords({
          url: fetched.url,
          html: fetched.html,
          publicOrigin: config.publicUrl ? new URL(config.publicUrl).origin : undefined,
          language: fetched.language,
          lastmod: next.lastmod,
        });
        if (found.unreadableBlocks > 0) {
          context.log.warn(
            { url: fetched.url, blocks: found.unreadableBlocks },
            'JSON-LD blocks that cannot be read',
          );
        }
        for (const record of found.records) {
          if (emitted.has(record.id)) continue;
          emitted.add(record.id);
          records.push(record);
        }
      }
      const { nofollow, links } = readPageLinks(fetched.html, fetched.url);
      if (config.followLinks && !nofollow && next.depth < config.maxDepth) {
        for (const link of links) {
          if (!onSite(link)) continue;
          const path = pathOf(link);
          if (visited.has(path) || queued.has(path)) continue;
          queued.add(path);
          run.queue.push({ path, depth: next.depth + 1 });
        }
      }
    }
    if (pages >= config.pagesPerCheckpoint && run.queue.length > 0 && run.fetched < config.maxPages) {
      yield { records, state: checkpointJson({ lastRun: state.lastRun, run: snapshot() }) };
      records = [];
      pages = 0;
    }
  }
  if (run.queue.length > 0) context.log.warn({ maxPages: config.maxPages }, 'crawl stopped at maxPages');
  yield { records, state: checkpointJson({ lastRun: run.started }) };
}

/**
 * Plans a crawl: the start pages (always, so that links lead from them), then every sitemap page on the
 * site, left out when unchanged since the last completed crawl in an incremental run; all at depth 0.
 */
async function startRun(
  context: ReadContext<JsonLdConfig>,
  robots: RobotsGuard,
  robotsSitemaps: readonly string[],
  lastRun: string | undefined,
): Promise<CrawlRun> {
  const started = new Date().toISOString();
  const origin = new URL(context.baseUrl).origin;
  const absolute = (url: string) => new URL(url, `${origin}/`).toString();
  const sitemaps = [...new Set([...context.config.sitemaps, ...robotsSitemaps].map(absolute))].filter(
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
  const since = context.mode === 'incremental' && lastRun ? Date.parse(lastRun) : Number.NaN;
  const unchanged = (lastmod: string | undefined) => lastmod !== undefined && Date.parse(lastmod) < since;
  const onSite = entries.filter((entry) => new URL(entry.loc).origin === origin);
  const lastmods = new Map(onSite.map((entry) => [pathOf(entry.loc), entry.lastmod]));
  const starts = context.config.startUrls.map((url) => pathOf(absolute(url)));
  const queue: CrawlRun['queue'] = starts.map((path) => ({ path, depth: 0, lastmod: lastmods.get(path) }));
  const visited: string[] = [];
  for (const [path, lastmod] of lastmods) {
    if (starts.includes(path)) continue;
    if (unchanged(lastmod)) visited.push(path);
    else queue.push({ path, depth: 0, lastmod });
  }
  return { started, queue, visited, emitted: [], fetched: 0 };
}

/** The path and query of a URL on the site: how the crawl state names pages. */
function pathOf(url: string): string {
  const parsed = new URL(url);
  return `${parsed.pathname}${parsed.search}`;
}

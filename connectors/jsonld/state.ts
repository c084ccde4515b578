import { z } from 'zod';
import type { JsonValue } from '../sdk/index.ts';

/** A page waiting to be fetched. */
const QueuedPage = z.object({
  /** Path and query on the site, so that a checkpoint survives a change of the site's address. */
  path: z.string().startsWith('/'),
  /** Links away from a start page or a sitemap page. */
  depth: z.number().int().nonnegative(),
  lastmod: z.string().optional(),
});
export type QueuedPage = z.infer<typeof QueuedPage>;

/**
 * The checkpoint of the `nodes` stream. `lastRun` is when the last completed crawl started: an incremental
 * crawl skips sitemap pages whose `lastmod` is older. `run` is present only while a crawl is in progress:
 * its frontier, the pages it has seen and the records it has yielded, so that a resumed crawl neither
 * fetches a page twice nor yields a site-wide organisation again.
 */
export const CrawlState = z.object({
  lastRun: z.string().optional(),
  run: z
    .object({
      started: z.string(),
      queue: z.array(QueuedPage),
      /** Paths fetched, refused, or left out as unchanged in this crawl. */
      visited: z.array(z.string()),
      /** Record ids yielded in this crawl. */
      emitted: z.array(z.string()),
      fetched: z.number().int().nonnegative(),
    })
    .optional(),
});
export type CrawlState = z.infer<typeof CrawlState>;
export type CrawlRun = NonNullable<CrawlState['run']>;

/** Reads a checkpoint; an unreadable one counts as none (a fresh crawl), never as an error. */
export function readState(checkpoint: JsonValue | undefined): CrawlState {
  const parsed = CrawlState.safeParse(checkpoint ?? {});
  return parsed.success ? parsed.data : {};
}

import { z } from 'zod';
import type { JsonValue, SyncMode } from '../sdk/index.ts';

/**
 * The checkpoint of the `listings` stream. `lastRun` is when the last completed crawl started: an
 * incremental crawl skips sitemap pages whose `lastmod` is older. `run` is present only while a crawl is in
 * progress: pages are read in URL order, and a resumed crawl continues after `afterUrl`.
 */
export const CrawlState = z.object({
  lastRun: z.string().optional(),
  run: z
    .object({
      started: z.string(),
      afterUrl: z.string(),
      /** Incremental crawls skip pages last modified before this; absent in a full crawl. */
      since: z.string().optional(),
    })
    .optional(),
});
export type CrawlState = z.infer<typeof CrawlState>;

/** How a crawl proceeds. */
export interface CrawlPlan {
  readonly started: string;
  readonly afterUrl?: string;
  readonly since?: string;
}

/**
 * Plans a crawl: continue an interrupted crawl after its last page; otherwise an incremental crawl after a
 * completed one reads pages changed since it started; otherwise every page. An unreadable checkpoint counts
 * as none.
 */
export function planCrawl(
  mode: SyncMode,
  raw: JsonValue | undefined,
  now: string,
): { state: CrawlState; plan: CrawlPlan } {
  const parsed = CrawlState.safeParse(raw ?? {});
  const state = parsed.success ? parsed.data : {};
  if (state.run) return { state, plan: { ...state.run } };
  if (mode === 'incremental' && state.lastRun) return { state, plan: { started: now, since: state.lastRun } };
  return { state, plan: { started: now } };
}

import type { Logger } from '../../lib/log.ts';
import { HttpError } from './errors.ts';
import { HostLimiter } from './host-limiter.ts';
import type { HttpClient } from './http.ts';
import {
  allowAllPolicy,
  disallowAllPolicy,
  parseRobotsTxt,
  type RobotsPolicy,
  robotsPolicy,
} from './robots-txt.ts';

/** The product token Knooppunt's User-Agent starts with, which robots.txt groups name. */
export const KNOOPPUNT_PRODUCT_TOKEN = 'Knooppunt';

/** How a host's robots.txt was read. */
export type RobotsStatus = 'parsed' | 'missing' | 'unreachable';

/** The policy for one host, with how its robots.txt was read. */
export interface HostRobots {
  readonly origin: string;
  readonly status: RobotsStatus;
  readonly policy: RobotsPolicy;
  /** Why robots.txt is unreachable, for logs and errors. */
  readonly reason?: string;
}

/** Options of `createRobotsGuard`. */
export interface RobotsGuardOptions {
  readonly http: HttpClient;
  /** The crawler's product token; Knooppunt's by default. */
  readonly productToken?: string;
  readonly signal?: AbortSignal;
  readonly log?: Logger;
  /** A Crawl-delay longer than this is capped, so that one host cannot stall a run for hours; 60 s. */
  readonly maxCrawlDelaySeconds?: number;
}

/** Answers, per run, what a crawler may fetch and how fast; see `createRobotsGuard`. */
export interface RobotsGuard {
  /** The robots.txt policy of a URL's host, fetched once per guard. */
  forHost(url: string): Promise<HostRobots>;
  /** Whether the URL may be fetched. */
  allowed(url: string): Promise<boolean>;
  /** Runs a request to the URL no sooner than the host's Crawl-delay after the previous one. */
  throttle<T>(url: string, task: () => Promise<T>): Promise<T>;
}

/**
 * Creates a robots.txt guard for one run: fetches and parses each host's robots.txt once (RFC 9309: a 4xx
 * means no restrictions, a 5xx, 429 or network failure means nothing may be fetched), answers whether a URL
 * may be fetched, and spaces requests to a host by its Crawl-delay. Create one per run, so that a changed
 * robots.txt is read again next time.
 *
 * @example
 * const robots = createRobotsGuard({ http: context.http, signal: context.signal });
 * if (await robots.allowed(url)) await robots.throttle(url, () => context.http.text(url));
 */
export function createRobotsGuard(options: RobotsGuardOptions): RobotsGuard {
  const token = options.productToken ?? KNOOPPUNT_PRODUCT_TOKEN;
  const maxDelay = options.maxCrawlDelaySeconds ?? 60;
  const hosts = new Map<string, Promise<HostRobots>>();
  const limiters = new Map<string, Promise<HostLimiter | undefined>>();

  async function read(origin: string): Promise<HostRobots> {
    const url = `${origin}/robots.txt`;
    try {
      const response = await options.http.text({
        url,
        signal: options.signal,
        headers: { accept: 'text/plain' },
      });
      return { origin, status: 'parsed', policy: robotsPolicy(parseRobotsTxt(response.body), token) };
    } catch (error) {
      if (error instanceof HttpError && error.status >= 400 && error.status < 500 && error.status !== 429) {
        return { origin, status: 'missing', policy: allowAllPolicy() };
      }
      if (options.signal?.aborted) throw error;
      const reason = error instanceof Error ? error.message : String(error);
      options.log?.warn({ url, reason }, 'robots.txt unreachable: nothing on this host is fetched');
      return { origin, status: 'unreachable', policy: disallowAllPolicy(), reason };
    }
  }

  function forHost(url: string): Promise<HostRobots> {
    const origin = new URL(url).origin;
    let entry = hosts.get(origin);
    if (!entry) {
      entry = read(origin);
      hosts.set(origin, entry);
    }
    return entry;
  }

  /** One limiter per host with a Crawl-delay, created once even when requests race for it. */
  function limiterFor(url: string): Promise<HostLimiter | undefined> {
    const origin = new URL(url).origin;
    let limiter = limiters.get(origin);
    if (!limiter) {
      limiter = forHost(url).then((host) => {
        const delay = Math.min(maxDelay, host.policy.crawlDelaySeconds ?? 0);
        return delay > 0 ? new HostLimiter({ concurrency: 1, requestsPerMinute: 60 / delay }) : undefined;
      });
      limiters.set(origin, limiter);
    }
    return limiter;
  }

  return {
    forHost,
    async allowed(url) {
      const parsed = new URL(url);
      return (await forHost(url)).policy.allows(`${parsed.pathname}${parsed.search}`);
    },
    async throttle(url, task) {
      const limiter = await limiterFor(url);
      return limiter ? limiter.run(task, options.signal) : task();
    },
  };
}

import { DEFAULT_REDIS_PREFIX, DEFAULT_REDIS_URL, REDIS_PREFIX_PATTERN } from '../config.ts';
import type { Store } from '../store.ts';
import { connectRedis } from './connect.ts';
import type { RedisContext } from './context.ts';
import { createRedisFeed } from './feed.ts';
import { redisIndexes } from './indexes.ts';
import { redisInitiatives } from './initiatives.ts';
import { redisKeys } from './keys.ts';
import { redisLeases } from './leases.ts';
import { redisQuarantine } from './quarantine.ts';
import { redisRuns } from './runs.ts';
import { loadScripts, type RedisClient } from './scripts.ts';
import { redisSourceRecords } from './source-records.ts';
import { redisState } from './state.ts';

/**
 * About how many change-feed entries the stream keeps. A million entries is about a hundred full
 * refreshes of a 10,000-record source, some 100 MB of Redis memory; a reader further behind must rescan.
 */
export const DEFAULT_REDIS_FEED_RETENTION = 1_000_000;

/** Options of `createRedisStore`. */
export interface RedisStoreOptions {
  /** Where Redis listens; default `redis://127.0.0.1:6379`. Ignored when `client` is given. */
  readonly url?: string;
  /**
   * A connected client to use instead, e.g. an ioredis `Cluster`; give it `enableAutoPipelining: true`.
   * The store does not close a client it did not open.
   */
  readonly client?: RedisClient;
  /** Prefix of every key, so several stores (or test runs) share one Redis; default `kp`. */
  readonly prefix?: string;
  /** Change-feed entries to keep, about; default `DEFAULT_REDIS_FEED_RETENTION`. */
  readonly feedRetention?: number;
}

/**
 * The shared store: Redis (or Redis Cluster) via ioredis, for the distributed mode where harvesters and
 * subgraph replicas in many processes share one store. Key design: README.md in this folder.
 *
 * @example
 * const store = await createRedisStore({ url: 'redis://redis:6379', prefix: 'kp' });
 */
export async function createRedisStore(options: RedisStoreOptions = {}): Promise<Store> {
  const prefix = options.prefix ?? DEFAULT_REDIS_PREFIX;
  if (!REDIS_PREFIX_PATTERN.test(prefix)) {
    throw new TypeError(
      `Redis key prefix ${JSON.stringify(prefix)} may only hold letters, digits, "_", ".", ":" and "-"`,
    );
  }
  const retention = options.feedRetention ?? DEFAULT_REDIS_FEED_RETENTION;
  if (!Number.isInteger(retention) || retention < 1) {
    throw new RangeError(`feedRetention must be a positive whole number, got ${retention}`);
  }
  const client = options.client ?? (await connectRedis(options.url ?? DEFAULT_REDIS_URL));
  const keys = redisKeys(prefix);
  const scripts = loadScripts(client);
  const context: RedisContext = {
    client,
    keys,
    scripts,
    feed: createRedisFeed(client, keys, scripts, retention),
  };
  return {
    capabilities: { backend: 'redis', shared: true, durable: true },
    ...redisSourceRecords(context),
    ...redisInitiatives(context),
    ...redisIndexes(context),
    ...redisState(context),
    ...redisQuarantine(context),
    ...redisRuns(context),
    readChanges: context.feed.readChanges,
    lastSeq: context.feed.lastSeq,
    ...redisLeases(context),
    async close() {
      if (!options.client) await client.quit();
    },
  };
}

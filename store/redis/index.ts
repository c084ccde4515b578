/** The Redis backend of the store (shared, for the distributed mode). Exports here are public API. */
export { connectRedis, redactRedisUrl } from './connect.ts';
export { purgeRedisPrefix } from './purge.ts';
export { createRedisStore, DEFAULT_REDIS_FEED_RETENTION, type RedisStoreOptions } from './redis-store.ts';
export type { RedisClient } from './scripts.ts';

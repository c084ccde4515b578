import type { RedisFeed } from './feed.ts';
import type { RedisKeys } from './keys.ts';
import type { RedisClient, RedisScripts } from './scripts.ts';

/** What each part of the Redis store works with. */
export interface RedisContext {
  readonly client: RedisClient;
  readonly keys: RedisKeys;
  readonly scripts: RedisScripts;
  readonly feed: RedisFeed;
}

/** Largest number of members or changes sent in one command, so no single command blocks Redis for long. */
export const COMMAND_BATCH = 1_000;

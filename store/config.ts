import { z } from 'zod';

/** Where the embedded store keeps its file unless configured otherwise. */
export const DEFAULT_SQLITE_PATH = './data/knooppunt.db';
/** The Redis a shared store talks to unless configured otherwise. */
export const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';
/** The key prefix of a shared store unless configured otherwise. */
export const DEFAULT_REDIS_PREFIX = 'kp';

/**
 * Allowed in a Redis key prefix: no braces (they would change the Cluster hash slot of every key)
 * and no glob characters (they would make purging by prefix match other keys).
 */
export const REDIS_PREFIX_PATTERN = /^[A-Za-z0-9_.:-]{1,64}$/;

const SqliteConfig = z.strictObject({
  backend: z.literal('sqlite'),
  path: z.string().min(1).optional().describe(`database file or ":memory:"; default ${DEFAULT_SQLITE_PATH}`),
});

const RedisConfig = z.strictObject({
  backend: z.literal('redis'),
  url: z
    .url({ protocol: /^rediss?$/ })
    .optional()
    .describe(`redis:// or rediss:// URL; default ${DEFAULT_REDIS_URL}`),
  prefix: z
    .string()
    .regex(REDIS_PREFIX_PATTERN, 'letters, digits, "_", ".", ":" and "-" (at most 64)')
    .optional()
    .describe(`prefix of every key; default ${DEFAULT_REDIS_PREFIX}`),
});

/**
 * Which store backend to open: `sqlite` (embedded, the default, a file under `./data`) or `redis`
 * (shared by many processes, for the distributed mode).
 *
 * @example
 * StoreConfig.parse({ backend: 'redis', url: 'redis://redis:6379', prefix: 'kp' });
 */
export const StoreConfig = z
  .discriminatedUnion('backend', [SqliteConfig, RedisConfig])
  .default({ backend: 'sqlite', path: DEFAULT_SQLITE_PATH })
  .describe('StoreConfig');
export type StoreConfig = z.infer<typeof StoreConfig>;
/** The store configuration as written in a config file, before defaults are applied. */
export type StoreConfigInput = z.input<typeof StoreConfig>;

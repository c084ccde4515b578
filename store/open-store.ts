import { StoreConfig, type StoreConfigInput } from './config.ts';
import type { Store } from './store.ts';

/**
 * Opens the configured store. The backend is imported only when chosen, so the embedded mode never
 * loads ioredis. A Redis that does not answer fails here, with an error naming its URL.
 *
 * @example
 * const store = await openStore({ backend: 'redis', url: 'redis://redis:6379' });
 */
export async function openStore(config?: StoreConfigInput): Promise<Store> {
  const parsed = StoreConfig.safeParse(config);
  if (!parsed.success) {
    const issues = parsed.error.issues.map(
      (issue) => `${['store', ...issue.path].join('.')}: ${issue.message}`,
    );
    throw new TypeError(`invalid store configuration: ${issues.join('; ')}`);
  }
  const store = parsed.data;
  if (store.backend === 'redis') {
    const { createRedisStore } = await import('./redis/index.ts');
    return createRedisStore({ url: store.url, prefix: store.prefix });
  }
  const { createSqliteStore } = await import('./sqlite/index.ts');
  return createSqliteStore({ path: store.path });
}

/** The store: one interface, two backends. Exports here are public API. */

export {
  DEFAULT_REDIS_PREFIX,
  DEFAULT_REDIS_URL,
  DEFAULT_SQLITE_PATH,
  StoreConfig,
  type StoreConfigInput,
} from './config.ts';
export { blockingIndex, INDEXES } from './indexes.ts';
export { openStore } from './open-store.ts';
export type { Store } from './store.ts';
export type * from './types.ts';

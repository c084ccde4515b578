import type { Logger } from '../../lib/log.ts';
import type { Change, Store } from '../../store/index.ts';
import { type ChangeFollower, followChanges } from './follow-changes.ts';

/** An in-memory index that loads from the store once and then applies the change feed. */
export interface LiveIndex {
  /** Loads everything it indexes from the store. */
  load(store: Store): Promise<void>;
  /** Applies a batch of change-feed entries (re-reading what changed in one round trip per entity type). */
  apply(store: Store, changes: readonly Change[]): Promise<void>;
}

/**
 * Loads the indexes and keeps them current from the change feed, read from the position before loading so that
 * nothing written meanwhile is missed (applying a change twice is harmless: entries are re-read).
 */
export async function startLiveIndexes(
  indexes: readonly LiveIndex[],
  options: { store: Store; log: Logger; intervalMs?: number },
): Promise<ChangeFollower> {
  const afterSeq = await options.store.lastSeq();
  for (const index of indexes) await index.load(options.store);
  return followChanges({
    store: options.store,
    afterSeq,
    intervalMs: options.intervalMs,
    log: options.log,
    apply: async (changes) => {
      for (const index of indexes) await index.apply(options.store, changes);
    },
  });
}

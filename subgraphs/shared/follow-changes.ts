import type { Logger } from '../../lib/log.ts';
import type { Change, Store } from '../../store/index.ts';

/** A running change-feed follower. */
export interface ChangeFollower {
  /** The last sequence number applied. */
  readonly seq: () => number;
  /** Stops polling; resolves when the batch in progress is applied. */
  stop(): Promise<void>;
}

/**
 * Polls the store's change feed from `afterSeq` and hands every batch to `apply`, so in-memory indexes of
 * subgraph replicas stay current without a restart. Errors are logged and retried at the next poll.
 */
export function followChanges(options: {
  store: Store;
  afterSeq: number;
  apply: (changes: Change[]) => Promise<void> | void;
  log: Logger;
  intervalMs?: number;
  batchSize?: number;
}): ChangeFollower {
  let seq = options.afterSeq;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let inFlight: Promise<void> = Promise.resolve();
  const interval = options.intervalMs ?? 250;
  const batchSize = options.batchSize ?? 5000;

  async function poll(): Promise<void> {
    try {
      for (;;) {
        const changes = await options.store.readChanges(seq, batchSize);
        if (changes.length === 0 || stopped) break;
        await options.apply(changes);
        seq = changes.at(-1)?.seq ?? seq;
        if (changes.length < batchSize) break;
      }
    } catch (error) {
      options.log.warn({ err: error }, 'change feed poll failed; retrying');
    }
    if (!stopped) timer = setTimeout(() => (inFlight = poll()), interval);
  }

  timer = setTimeout(() => (inFlight = poll()), interval);
  return {
    seq: () => seq,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await inFlight;
    },
  };
}

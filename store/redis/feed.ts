import { checkLimit, checkSeq, chunks, type PendingChange } from '../common/index.ts';
import type { Change } from '../types.ts';
import type { RedisKeys } from './keys.ts';
import type { RedisClient, RedisScripts } from './scripts.ts';

const CHANGES_PER_SCRIPT = 1_000;

/** The change feed of the Redis store: a Stream whose entry ids are the seqs, plus the counter that numbers them. */
export interface RedisFeed {
  /** Appends changes after the write they describe has landed. */
  append(changes: readonly PendingChange[]): Promise<void>;
  readChanges(afterSeq: number, limit: number): Promise<Change[]>;
  lastSeq(): Promise<number>;
}

/**
 * Creates the feed. The stream is trimmed to about `retention` entries (MAXLEN ~, which trims whole
 * internal nodes and is cheap); a reader that fell further behind sees a gap (its first change has
 * `seq > afterSeq + 1`) and must rescan.
 */
export function createRedisFeed(
  client: RedisClient,
  keys: RedisKeys,
  scripts: RedisScripts,
  retention: number,
): RedisFeed {
  return {
    async append(changes) {
      const at = new Date().toISOString();
      // In sequence, so a batch's changes keep their order in the feed.
      for (const slice of chunks(changes, CHANGES_PER_SCRIPT)) {
        const triples = slice.flatMap((change) => [change.entity, change.key, change.op]);
        await scripts.appendChanges(keys.feedSeq, keys.feedLog, retention, at, ...triples);
      }
    },

    async readChanges(afterSeq, limit) {
      checkSeq('readChanges', afterSeq);
      checkLimit('readChanges', limit);
      const entries = await client.xrange(keys.feedLog, `${afterSeq + 1}-0`, '+', 'COUNT', limit);
      return entries.map(([id, fields]) => {
        const field: Record<string, string> = {};
        for (let i = 0; i < fields.length; i += 2) field[fields[i]!] = fields[i + 1]!;
        return {
          seq: Number.parseInt(id, 10),
          entity: field.e as Change['entity'],
          key: field.k!,
          op: field.o as Change['op'],
          at: field.t!,
        };
      });
    },

    async lastSeq() {
      return Number((await client.get(keys.feedSeq)) ?? 0);
    },
  };
}

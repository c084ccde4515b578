import { checkLimit, distinct, epochMs, lastWins } from '../common/index.ts';
import type { Store } from '../store.ts';
import type { QuarantineEntry } from '../types.ts';
import type { RedisContext } from './context.ts';

/**
 * The quarantine members of the Redis store: a hash per entry, listed through sorted sets scored by
 * time (all entries, and per source). Equal times list in descending id order, as in SQLite.
 */
export function redisQuarantine({
  client,
  keys,
}: RedisContext): Pick<Store, 'putQuarantine' | 'listQuarantine' | 'deleteQuarantine' | 'countQuarantine'> {
  /** The stored source of each id (null where unknown), to keep the per-source sets right on replace and delete. */
  const storedSources = (ids: readonly string[]) =>
    Promise.all(ids.map((id) => client.hget(keys.quarantine(id), 's')));

  return {
    async putQuarantine(entries) {
      const batch = lastWins(entries, (entry) => entry.id).map((entry) => ({
        entry,
        atMs: epochMs(`quarantine entry ${entry.id}: at`, entry.at),
      }));
      const before = await storedSources(batch.map(({ entry }) => entry.id));
      await Promise.all(
        batch.flatMap(({ entry, atMs }, i) => {
          const previous = before[i];
          return [
            client.hset(keys.quarantine(entry.id), 's', entry.source, 'j', JSON.stringify(entry)),
            client.zadd(keys.quarantineByTime, atMs, entry.id),
            client.zadd(keys.quarantineOf(entry.source), atMs, entry.id),
            ...(previous && previous !== entry.source
              ? [client.zrem(keys.quarantineOf(previous), entry.id)]
              : []),
          ];
        }),
      );
    },

    async listQuarantine({ source, limit }) {
      checkLimit('listQuarantine', limit);
      const set = source === undefined ? keys.quarantineByTime : keys.quarantineOf(source);
      const ids = await client.zrevrangebyscore(set, '+inf', '-inf', 'LIMIT', 0, limit);
      const jsons = await Promise.all(ids.map((id) => client.hget(keys.quarantine(id), 'j')));
      return jsons.flatMap((json) => (json === null ? [] : [JSON.parse(json) as QuarantineEntry]));
    },

    async deleteQuarantine(ids) {
      const unique = distinct(ids);
      const sources = await storedSources(unique);
      await Promise.all(
        unique.flatMap((id, i) => {
          const source = sources[i];
          if (!source) return [];
          return [
            client.del(keys.quarantine(id)),
            client.zrem(keys.quarantineByTime, id),
            client.zrem(keys.quarantineOf(source), id),
          ];
        }),
      );
    },

    async countQuarantine(source) {
      return client.zcard(source === undefined ? keys.quarantineByTime : keys.quarantineOf(source));
    },
  };
}

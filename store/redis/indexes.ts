import type { Store } from '../store.ts';
import type { IndexEntry } from '../types.ts';
import type { RedisContext } from './context.ts';

/** The members of each index value among the entries, one list per Redis key. */
function groupByKey(context: RedisContext, entries: readonly IndexEntry[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const { index, value, member } of entries) {
    const key = context.keys.index(index, value);
    const members = groups.get(key);
    if (members) members.push(member);
    else groups.set(key, [member]);
  }
  return groups;
}

/**
 * The secondary-index members of the Redis store: one sorted set per index value, all scores 0, so
 * ZRANGE returns members in byte order, the order the SQLite backend returns too.
 */
export function redisIndexes(
  context: RedisContext,
): Pick<Store, 'addIndexEntries' | 'removeIndexEntries' | 'lookupIndex'> {
  const { client, keys } = context;
  return {
    async addIndexEntries(entries) {
      await Promise.all(
        [...groupByKey(context, entries)].map(([key, members]) =>
          client.zadd(key, ...members.flatMap((member) => [0, member])),
        ),
      );
    },

    async removeIndexEntries(entries) {
      await Promise.all(
        [...groupByKey(context, entries)].map(([key, members]) => client.zrem(key, ...members)),
      );
    },

    async lookupIndex(index, values) {
      const unique = [...new Set(values)];
      const members = await Promise.all(
        unique.map((value) => client.zrange(keys.index(index, value), 0, -1)),
      );
      return new Map(unique.map((value, i) => [value, members[i]!]));
    },
  };
}

import type { Initiative } from '../../schema/index.ts';
import { changesOf, checkLimit, chunks, distinct, lastWins, toPage } from '../common/index.ts';
import type { Store } from '../store.ts';
import { COMMAND_BATCH, type RedisContext } from './context.ts';

type InitiativeMethods = Pick<
  Store,
  | 'putInitiatives'
  | 'getInitiatives'
  | 'deleteInitiatives'
  | 'scanInitiatives'
  | 'countInitiatives'
  | 'putAliases'
  | 'getAliases'
>;

/** The initiative and alias members of the Redis store: one string key per initiative and per alias. */
export function redisInitiatives({ client, keys, feed }: RedisContext): InitiativeMethods {
  async function getMany(redisKeys: readonly string[]): Promise<(string | null)[]> {
    return Promise.all(redisKeys.map((key) => client.get(key)));
  }

  return {
    async putInitiatives(initiatives) {
      const batch = lastWins(initiatives, (initiative) => initiative.id);
      const ids = batch.map((initiative) => initiative.id);
      await Promise.all([
        ...batch.map((initiative) => client.set(keys.initiative(initiative.id), JSON.stringify(initiative))),
        ...chunks(ids, COMMAND_BATCH).map((slice) =>
          client.zadd(keys.allInitiatives, ...slice.flatMap((id) => [0, id])),
        ),
      ]);
      await feed.append(changesOf('initiative', 'upsert', ids));
    },

    async getInitiatives(ids) {
      const jsons = await getMany(ids.map((id) => keys.initiative(id)));
      return jsons.map((json) => (json === null ? undefined : (JSON.parse(json) as Initiative)));
    },

    async deleteInitiatives(ids) {
      const unique = distinct(ids);
      const removed = await Promise.all(unique.map((id) => client.del(keys.initiative(id))));
      const deleted = unique.filter((_, i) => removed[i] === 1);
      await Promise.all(
        chunks(deleted, COMMAND_BATCH).map((slice) => client.zrem(keys.allInitiatives, ...slice)),
      );
      await feed.append(changesOf('initiative', 'delete', deleted));
    },

    async scanInitiatives({ after, limit }) {
      checkLimit('scanInitiatives', limit);
      const page = toPage(
        await client.zrangebylex(
          keys.allInitiatives,
          after === undefined ? '-' : `(${after}`,
          '+',
          'LIMIT',
          0,
          limit + 1,
        ),
        limit,
        (id) => id,
      );
      const found = await getMany(page.items.map((id) => keys.initiative(id)));
      const items = found.flatMap((json) => (json === null ? [] : [JSON.parse(json) as Initiative]));
      return { ...page, items };
    },

    async countInitiatives() {
      return client.zcard(keys.allInitiatives);
    },

    async putAliases(entries) {
      const batch = lastWins(entries, (entry) => entry.alias);
      await Promise.all(batch.map(({ alias, id }) => client.set(keys.alias(alias), id)));
      await feed.append(
        changesOf(
          'alias',
          'upsert',
          batch.map((entry) => entry.alias),
        ),
      );
    },

    async getAliases(aliases) {
      const ids = await getMany(aliases.map((alias) => keys.alias(alias)));
      return ids.map((id) => id ?? undefined);
    },
  };
}

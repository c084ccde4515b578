import { encodeJson } from '../common/index.ts';
import type { Store } from '../store.ts';
import type { RedisContext } from './context.ts';

/** The connector-state members of the Redis store: one hash per source, one field per stream. */
export function redisState({
  client,
  keys,
}: RedisContext): Pick<Store, 'getState' | 'setState' | 'clearState'> {
  return {
    async getState(source, stream) {
      const json = await client.hget(keys.state(source), stream);
      return json === null ? undefined : JSON.parse(json);
    },

    async setState(source, stream, state) {
      await client.hset(keys.state(source), stream, encodeJson(`state of ${source}/${stream}`, state));
    },

    async clearState(source, stream) {
      if (stream === undefined) await client.del(keys.state(source));
      else await client.hdel(keys.state(source), stream);
    },
  };
}

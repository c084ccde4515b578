import { checkLimit, epochMs, RUNS_KEPT } from '../common/index.ts';
import type { Store } from '../store.ts';
import type { HarvestRun } from '../types.ts';
import type { RedisContext } from './context.ts';

/** The run-history members of the Redis store: per source a hash of runs and a sorted set by start time. */
export function redisRuns({ client, keys, scripts }: RedisContext): Pick<Store, 'putRun' | 'listRuns'> {
  return {
    async putRun(run) {
      const startedMs = epochMs(`run ${run.id}: startedAt`, run.startedAt);
      await scripts.putRun(
        keys.runs(run.source),
        keys.runOrder(run.source),
        run.id,
        JSON.stringify(run),
        startedMs,
        RUNS_KEPT,
      );
    },

    async listRuns(source, limit) {
      checkLimit('listRuns', limit);
      const ids = await client.zrevrange(keys.runOrder(source), 0, limit - 1);
      if (ids.length === 0) return [];
      const jsons = await client.hmget(keys.runs(source), ...ids);
      return jsons.flatMap((json) => (json === null ? [] : [JSON.parse(json) as HarvestRun]));
    },
  };
}

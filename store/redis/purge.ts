import { Cluster, type Redis } from 'ioredis';
import type { RedisClient } from './scripts.ts';

const SCAN_COUNT = 1_000;

/**
 * Deletes every key of a store prefix (`<prefix>:*`): for tests, and for operators who drop a store.
 * A prefix also matches longer prefixes that begin with it plus `:` (`kp` purges `kp:test:*` too).
 * On a Cluster every master is scanned; keys are unlinked one command each, so no command spans slots.
 */
export async function purgeRedisPrefix(client: RedisClient, prefix: string): Promise<number> {
  const nodes: Redis[] = client instanceof Cluster ? client.nodes('master') : [client];
  let purged = 0;
  for (const node of nodes) {
    let cursor = '0';
    do {
      const [next, found] = await node.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', SCAN_COUNT);
      await Promise.all(found.map((key) => node.unlink(key)));
      purged += found.length;
      cursor = next;
    } while (cursor !== '0');
  }
  return purged;
}

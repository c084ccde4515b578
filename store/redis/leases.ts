import { checkTtl } from '../common/index.ts';
import type { Store } from '../store.ts';
import type { RedisContext } from './context.ts';

/**
 * The lease members of the Redis store: a key holding the owner with a PX expiry, taken with SET NX PX
 * and changed only through compare-and-pexpire / compare-and-delete scripts, so a harvester that lost its
 * lease can never extend or release the next holder's. Expiry runs on the Redis server's clock.
 */
export function redisLeases({
  keys,
  scripts,
}: RedisContext): Pick<Store, 'acquireLease' | 'renewLease' | 'releaseLease'> {
  return {
    async acquireLease(name, owner, ttlMs) {
      checkTtl('acquireLease', ttlMs);
      return (await scripts.acquireLease(keys.lease(name), owner, ttlMs)) === 1;
    },

    async renewLease(name, owner, ttlMs) {
      checkTtl('renewLease', ttlMs);
      return (await scripts.renewLease(keys.lease(name), owner, ttlMs)) === 1;
    },

    async releaseLease(name, owner) {
      await scripts.releaseLease(keys.lease(name), owner);
    },
  };
}

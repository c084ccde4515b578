import { describe, expect, it } from 'vitest';
import { defineStoreContract, sourceRecords } from '../contract/index.ts';
import { purgeRedisPrefix } from './purge.ts';
import { createRedisStore } from './redis-store.ts';
import { describeWithRedis } from './with-test-redis.ts';

await describeWithRedis('redis store', ({ url, prefix, admin }) => {
  let stores = 0;
  defineStoreContract('redis', () => createRedisStore({ url, prefix: `${prefix}:${++stores}` }));

  describe('beyond the contract', () => {
    it('two stores on one prefix share records and number one feed', async () => {
      const [a, b] = await Promise.all(
        [1, 2].map(() => createRedisStore({ url, prefix: `${prefix}:shared` })),
      );
      await Promise.all([
        a!.putSourceRecords(sourceRecords(50, { prefix: 'a' })),
        b!.putSourceRecords(sourceRecords(50, { prefix: 'b' })),
      ]);
      expect(await a!.countSourceRecords()).toBe(100);
      expect((await b!.readChanges(0, 1_000)).map((change) => change.seq)).toEqual(
        Array.from({ length: 100 }, (_, i) => i + 1),
      );
      await Promise.all([a!.close(), b!.close()]);
    });

    it('purging a prefix deletes its keys and no others', async () => {
      await admin.set(`${prefix}:purge:a`, '1');
      await admin.set(`${prefix}:purge:b`, '1');
      await admin.set(`${prefix}:purged`, '1');
      expect(await purgeRedisPrefix(admin, `${prefix}:purge`)).toBe(2);
      expect(await admin.exists(`${prefix}:purge:a`, `${prefix}:purge:b`, `${prefix}:purged`)).toBe(1);
    });
  });
});

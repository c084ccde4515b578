import { describe, expect } from 'vitest';
import { type ContractTest, sleep } from '../contract-test.ts';

/** Short enough to keep the suite quick, long enough that a busy machine does not expire it mid-case. */
const SHORT_TTL = 150;
const LONG_TTL = 30_000;

/** Contract cases for leases. */
export function leaseCases(test: ContractTest): void {
  describe('leases', () => {
    test('a free lease can be acquired, and acquiring it again as its holder succeeds', async (store) => {
      expect(await store.acquireLease('harvest:nlvoorelkaar', 'harvester-1', LONG_TTL)).toBe(true);
      expect(await store.acquireLease('harvest:nlvoorelkaar', 'harvester-1', LONG_TTL)).toBe(true);
    });

    test('a held lease is exclusive to its holder', async (store) => {
      await store.acquireLease('harvest:nlvoorelkaar', 'harvester-1', LONG_TTL);
      expect(await store.acquireLease('harvest:nlvoorelkaar', 'harvester-2', LONG_TTL)).toBe(false);
      expect(await store.acquireLease('harvest:voordekunst', 'harvester-2', LONG_TTL)).toBe(true);
    });

    test('an expired lease can be taken by another owner', async (store) => {
      await store.acquireLease('harvest:nlvoorelkaar', 'harvester-1', SHORT_TTL);
      await sleep(SHORT_TTL * 2);
      expect(await store.acquireLease('harvest:nlvoorelkaar', 'harvester-2', LONG_TTL)).toBe(true);
      expect(await store.renewLease('harvest:nlvoorelkaar', 'harvester-1', LONG_TTL)).toBe(false);
    });

    test('renewing keeps a lease past its first expiry', async (store) => {
      await store.acquireLease('harvest:nlvoorelkaar', 'harvester-1', SHORT_TTL);
      expect(await store.renewLease('harvest:nlvoorelkaar', 'harvester-1', LONG_TTL)).toBe(true);
      await sleep(SHORT_TTL * 2);
      expect(await store.acquireLease('harvest:nlvoorelkaar', 'harvester-2', LONG_TTL)).toBe(false);
    });

    test('only the holder can renew a lease, and an expired lease cannot be renewed', async (store) => {
      expect(await store.renewLease('harvest:nlvoorelkaar', 'harvester-1', LONG_TTL)).toBe(false);
      await store.acquireLease('harvest:nlvoorelkaar', 'harvester-1', SHORT_TTL);
      expect(await store.renewLease('harvest:nlvoorelkaar', 'harvester-2', LONG_TTL)).toBe(false);
      await sleep(SHORT_TTL * 2);
      expect(await store.renewLease('harvest:nlvoorelkaar', 'harvester-1', LONG_TTL)).toBe(false);
    });

    test('only the holder can release a lease', async (store) => {
      await store.acquireLease('harvest:nlvoorelkaar', 'harvester-1', LONG_TTL);
      await store.releaseLease('harvest:nlvoorelkaar', 'harvester-2');
      expect(await store.acquireLease('harvest:nlvoorelkaar', 'harvester-2', LONG_TTL)).toBe(false);
      await store.releaseLease('harvest:nlvoorelkaar', 'harvester-1');
      expect(await store.acquireLease('harvest:nlvoorelkaar', 'harvester-2', LONG_TTL)).toBe(true);
    });

    test('of several owners acquiring at once exactly one wins', async (store) => {
      const owners = Array.from({ length: 10 }, (_, i) => `harvester-${i}`);
      const won = await Promise.all(
        owners.map((owner) => store.acquireLease('harvest:nlvoorelkaar', owner, LONG_TTL)),
      );
      expect(won.filter(Boolean)).toHaveLength(1);
    });

    test('a lease duration that is not a positive whole number is rejected', async (store) => {
      await expect(store.acquireLease('harvest:nlvoorelkaar', 'harvester-1', 0)).rejects.toThrow(/ttlMs/);
      await expect(store.renewLease('harvest:nlvoorelkaar', 'harvester-1', 1.5)).rejects.toThrow(/ttlMs/);
    });
  });
}

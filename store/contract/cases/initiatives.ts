import { describe, expect } from 'vitest';
import type { ContractTest } from '../contract-test.ts';
import { initiative } from '../fixtures.ts';

/** Contract cases for initiatives and aliases. */
export function initiativeCases(test: ContractTest): void {
  describe('initiatives', () => {
    test('initiatives can be put and read back in the order of the ids', async (store) => {
      const a = initiative('ini_a1', ['nlvoorelkaar:1001']);
      const b = initiative('ini_b2', ['voordekunst:77', 'nlvoorelkaar:1002']);
      await store.putInitiatives([a, b]);
      expect(await store.getInitiatives(['ini_b2', 'ini_onbekend', 'ini_a1'])).toEqual([b, undefined, a]);
    });

    test('putting an initiative with an existing id replaces it', async (store) => {
      await store.putInitiatives([initiative('ini_a1', ['nlvoorelkaar:1001'])]);
      const merged = initiative('ini_a1', ['nlvoorelkaar:1001', 'voordekunst:77']);
      await store.putInitiatives([merged]);
      expect(await store.getInitiatives(['ini_a1'])).toEqual([merged]);
      expect(await store.countInitiatives()).toBe(1);
    });

    test('deleting initiatives removes them and ignores unknown ids', async (store) => {
      await store.putInitiatives([initiative('ini_a1'), initiative('ini_b2')]);
      await store.deleteInitiatives(['ini_a1', 'ini_onbekend']);
      expect(await store.getInitiatives(['ini_a1', 'ini_b2'])).toEqual([undefined, initiative('ini_b2')]);
      expect(await store.countInitiatives()).toBe(1);
    });

    test('initiative scans page through ids in order', async (store) => {
      const ids = ['ini_05', 'ini_01', 'ini_04', 'ini_02', 'ini_03'];
      await store.putInitiatives(ids.map((id) => initiative(id)));
      const first = await store.scanInitiatives({ limit: 2 });
      expect(first.items.map((item) => item.id)).toEqual(['ini_01', 'ini_02']);
      const second = await store.scanInitiatives({ after: first.next, limit: 2 });
      expect(second.items.map((item) => item.id)).toEqual(['ini_03', 'ini_04']);
      const last = await store.scanInitiatives({ after: second.next, limit: 2 });
      expect(last.items.map((item) => item.id)).toEqual(['ini_05']);
      expect(last.next).toBeUndefined();
    });

    test('initiative scans reject a limit outside 1 to 10,000', async (store) => {
      await expect(store.scanInitiatives({ limit: 0 })).rejects.toThrow(/limit/);
    });

    test('count counts initiatives', async (store) => {
      expect(await store.countInitiatives()).toBe(0);
      await store.putInitiatives([initiative('ini_a1'), initiative('ini_b2')]);
      expect(await store.countInitiatives()).toBe(2);
    });

    test('aliases resolve to their target and can be re-pointed', async (store) => {
      await store.putAliases([
        { alias: 'ini_oud1', id: 'ini_a1' },
        { alias: 'ini_oud2', id: 'ini_a1' },
      ]);
      expect(await store.getAliases(['ini_oud2', 'ini_a1', 'ini_oud1'])).toEqual([
        'ini_a1',
        undefined,
        'ini_a1',
      ]);
      await store.putAliases([{ alias: 'ini_oud1', id: 'ini_b2' }]);
      expect(await store.getAliases(['ini_oud1', 'ini_oud2'])).toEqual(['ini_b2', 'ini_a1']);
    });

    test('getInitiatives does not follow aliases', async (store) => {
      await store.putInitiatives([initiative('ini_a1')]);
      await store.putAliases([{ alias: 'ini_oud1', id: 'ini_a1' }]);
      expect(await store.getInitiatives(['ini_oud1'])).toEqual([undefined]);
    });
  });
}

import { describe, expect } from 'vitest';
import type { ContractTest } from '../contract-test.ts';
import { quarantineEntry } from '../fixtures.ts';

/** Contract cases for the quarantine. */
export function quarantineCases(test: ContractTest): void {
  describe('quarantine', () => {
    const older = quarantineEntry('nlvoorelkaar:initiatieven:11', '2026-11-20T03:00:00Z');
    // Later than `older` although its text sorts first: order follows the instant, not the string.
    const newer = quarantineEntry('nlvoorelkaar:initiatieven:12', '2026-11-20T04:30:00+01:00');
    const other = quarantineEntry('voordekunst:projecten:5', '2026-11-20T03:10:00Z', 'voordekunst');

    test('quarantine lists entries newest first', async (store) => {
      await store.putQuarantine([older, newer, other]);
      expect(await store.listQuarantine({ limit: 10 })).toEqual([newer, other, older]);
    });

    test('quarantine lists filter by source and stop at the limit', async (store) => {
      await store.putQuarantine([older, newer, other]);
      expect(await store.listQuarantine({ source: 'nlvoorelkaar', limit: 10 })).toEqual([newer, older]);
      expect(await store.listQuarantine({ limit: 2 })).toEqual([newer, other]);
      expect(await store.listQuarantine({ source: 'onbekend', limit: 10 })).toEqual([]);
    });

    test('a quarantine entry with an existing id replaces it', async (store) => {
      await store.putQuarantine([older]);
      const again = { ...older, at: '2026-11-21T03:00:00Z', stage: 'mapping' as const };
      await store.putQuarantine([again]);
      expect(await store.listQuarantine({ limit: 10 })).toEqual([again]);
      expect(await store.countQuarantine()).toBe(1);
    });

    test('deleting quarantine entries removes them and ignores unknown ids', async (store) => {
      await store.putQuarantine([older, newer, other]);
      await store.deleteQuarantine([newer.id, 'onbekend']);
      expect(await store.listQuarantine({ limit: 10 })).toEqual([other, older]);
      expect(await store.countQuarantine('nlvoorelkaar')).toBe(1);
    });

    test('quarantine counts count all entries or those of one source', async (store) => {
      expect(await store.countQuarantine()).toBe(0);
      await store.putQuarantine([older, newer, other]);
      expect(await store.countQuarantine()).toBe(3);
      expect(await store.countQuarantine('nlvoorelkaar')).toBe(2);
      expect(await store.countQuarantine('onbekend')).toBe(0);
    });
  });
}

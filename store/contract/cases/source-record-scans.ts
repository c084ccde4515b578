import { describe, expect } from 'vitest';
import { byteOrder, type ContractTest } from '../contract-test.ts';
import { sourceRecords } from '../fixtures.ts';

/** Contract cases for scanning and counting source records. */
export function sourceRecordScanCases(test: ContractTest): void {
  describe('source record scans', () => {
    test('scan pages through all records in key order', async (store) => {
      const records = [
        ...sourceRecords(5, { source: 'voordekunst' }),
        ...sourceRecords(4, { source: 'nlvoorelkaar' }),
      ];
      await store.putSourceRecords(records);
      const seen: string[] = [];
      let after: string | undefined;
      let pages = 0;
      do {
        const page = await store.scanSourceRecords({ after, limit: 4 });
        seen.push(...page.items.map((record) => record.key));
        after = page.next;
        pages++;
      } while (after !== undefined);
      expect(seen).toEqual(records.map((record) => record.key).sort(byteOrder));
      expect(pages).toBe(3);
    });

    test('scan of one source pages through only its records', async (store) => {
      const wanted = sourceRecords(5, { source: 'voordekunst' });
      await store.putSourceRecords([...sourceRecords(3, { source: 'nlvoorelkaar' }), ...wanted]);
      const first = await store.scanSourceRecords({ source: 'voordekunst', limit: 3 });
      expect(first.items).toEqual(wanted.slice(0, 3));
      expect(first.next).toBe(wanted[2]!.key);
      const second = await store.scanSourceRecords({ source: 'voordekunst', after: first.next, limit: 3 });
      expect(second.items).toEqual(wanted.slice(3));
      expect(second.next).toBeUndefined();
    });

    test('a scan page that ends exactly at the last record has no next', async (store) => {
      await store.putSourceRecords(sourceRecords(4));
      const page = await store.scanSourceRecords({ limit: 4 });
      expect(page.items).toHaveLength(4);
      expect(page.next).toBeUndefined();
      expect(await store.scanSourceRecords({ source: 'onbekend', limit: 4 })).toEqual({ items: [] });
    });

    test('scan rejects a limit outside 1 to 10,000', async (store) => {
      await expect(store.scanSourceRecords({ limit: 0 })).rejects.toThrow(/limit/);
      await expect(store.scanSourceRecords({ limit: 10_001 })).rejects.toThrow(/limit/);
    });

    test('count counts all records or those of one source', async (store) => {
      expect(await store.countSourceRecords()).toBe(0);
      await store.putSourceRecords([...sourceRecords(3, { source: 'voordekunst' }), ...sourceRecords(2)]);
      expect(await store.countSourceRecords()).toBe(5);
      expect(await store.countSourceRecords('voordekunst')).toBe(3);
      expect(await store.countSourceRecords('onbekend')).toBe(0);
    });
  });
}

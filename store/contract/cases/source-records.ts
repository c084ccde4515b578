import { describe, expect } from 'vitest';
import { byteOrder, type ContractTest } from '../contract-test.ts';
import { sourceRecord, sourceRecords } from '../fixtures.ts';

/** Contract cases for putting and getting source records. */
export function sourceRecordCases(test: ContractTest): void {
  describe('source records', () => {
    test('a new record is reported as inserted and can be read back', async (store) => {
      const record = sourceRecord();
      expect(await store.putSourceRecords([record])).toEqual({
        inserted: [record.key],
        updated: [],
        unchanged: [],
      });
      expect(await store.getSourceRecords([record.key])).toEqual([record]);
    });

    test('every kind of record round-trips unchanged', async (store) => {
      const records = (['initiative', 'campaign', 'opportunity', 'listing', 'grant'] as const).map((kind) =>
        sourceRecord({ kind, sourceId: `kind-${kind}` }),
      );
      await store.putSourceRecords(records);
      expect(await store.getSourceRecords(records.map((record) => record.key))).toEqual(records);
    });

    test('a record with another content hash is reported as updated and replaces the stored one', async (store) => {
      await store.putSourceRecords([sourceRecord()]);
      const changed = sourceRecord({ description: 'Vanaf januari ook op donderdagavond open.' });
      expect(await store.putSourceRecords([changed])).toEqual({
        inserted: [],
        updated: [changed.key],
        unchanged: [],
      });
      expect(await store.getSourceRecords([changed.key])).toEqual([changed]);
    });

    test('a record with the same content hash is reported as unchanged and not rewritten', async (store) => {
      const first = sourceRecord();
      await store.putSourceRecords([first]);
      const again = sourceRecord({ harvestedAt: '2026-11-21T03:00:00Z' });
      expect(await store.putSourceRecords([again])).toEqual({
        inserted: [],
        updated: [],
        unchanged: [first.key],
      });
      expect((await store.getSourceRecords([first.key]))[0]?.harvestedAt).toBe(first.harvestedAt);
    });

    test('a batch reports each key in the order it was given', async (store) => {
      const [b, a, c] = [
        sourceRecord({ sourceId: 'b' }),
        sourceRecord({ sourceId: 'a' }),
        sourceRecord({ sourceId: 'c' }),
      ];
      await store.putSourceRecords([a!]);
      const result = await store.putSourceRecords([
        b!,
        sourceRecord({ sourceId: 'a', description: 'Nieuw.' }),
        c!,
      ]);
      expect(result).toEqual({ inserted: [b!.key, c!.key], updated: [a!.key], unchanged: [] });
    });

    test('get returns records in the order of the keys and undefined for unknown keys', async (store) => {
      const records = sourceRecords(3);
      await store.putSourceRecords(records);
      const [r1, r2, r3] = records;
      expect(await store.getSourceRecords([r3!.key, 'nlvoorelkaar:onbekend', r1!.key, r3!.key])).toEqual([
        r3,
        undefined,
        r1,
        r3,
      ]);
      expect(await store.getSourceRecords([r2!.key])).toEqual([r2]);
      expect(await store.getSourceRecords([])).toEqual([]);
    });

    test('duplicate keys in one batch: the last record wins and the key is reported once', async (store) => {
      const first = sourceRecord();
      const last = sourceRecord({ description: 'De laatste versie.' });
      const other = sourceRecord({ sourceId: '2002' });
      expect(await store.putSourceRecords([first, other, last])).toEqual({
        inserted: [first.key, other.key],
        updated: [],
        unchanged: [],
      });
      expect(await store.getSourceRecords([first.key])).toEqual([last]);
    });

    test('keys with spaces, braces, colons and non-ASCII characters round-trip', async (store) => {
      const records = ['a b', '{tag}', 'x:y:z', 'café-ﬁ-🚲'].map((sourceId) => sourceRecord({ sourceId }));
      await store.putSourceRecords(records);
      expect(await store.getSourceRecords(records.map((record) => record.key))).toEqual(records);
      const scanned = await store.scanSourceRecords({ limit: 10 });
      expect(scanned.items.map((record) => record.key)).toEqual(records.map((r) => r.key).sort(byteOrder));
    });

    test('a record without its key is rejected naming its position', async (store) => {
      const broken = { ...sourceRecord(), key: '' };
      await expect(store.putSourceRecords([sourceRecord(), broken])).rejects.toThrow(/position 1: key/);
    });
  });
}

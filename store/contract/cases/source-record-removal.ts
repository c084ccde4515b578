import { describe, expect } from 'vitest';
import type { ContractTest } from '../contract-test.ts';
import { sourceRecord, sourceRecords } from '../fixtures.ts';

const GONE_AT = '2026-11-21T03:00:00Z';

/** Contract cases for marking source records gone and deleting them. */
export function sourceRecordRemovalCases(test: ContractTest): void {
  describe('source records gone and deleted', () => {
    test('marking records gone sets goneAt and leaves unknown keys alone', async (store) => {
      const [kept, gone] = sourceRecords(2);
      await store.putSourceRecords([kept!, gone!]);
      await store.markSourceRecordsGone([gone!.key, 'nlvoorelkaar:onbekend'], GONE_AT);
      const [readKept, readGone, unknown] = await store.getSourceRecords([
        kept!.key,
        gone!.key,
        'nlvoorelkaar:onbekend',
      ]);
      expect(readKept).toEqual(kept);
      expect(readGone).toEqual({ ...gone, goneAt: GONE_AT });
      expect(unknown).toBeUndefined();
    });

    test('marking a record gone again keeps the time it was first missed', async (store) => {
      const record = sourceRecord();
      await store.putSourceRecords([record]);
      await store.markSourceRecordsGone([record.key], GONE_AT);
      await store.markSourceRecordsGone([record.key], '2026-11-22T03:00:00Z');
      expect((await store.getSourceRecords([record.key]))[0]?.goneAt).toBe(GONE_AT);
    });

    test('a gone record put again with the same content is reported as updated and no longer gone', async (store) => {
      const record = sourceRecord();
      await store.putSourceRecords([record]);
      await store.markSourceRecordsGone([record.key], GONE_AT);
      expect(await store.putSourceRecords([record])).toEqual({
        inserted: [],
        updated: [record.key],
        unchanged: [],
      });
      const [read] = await store.getSourceRecords([record.key]);
      expect(read).toEqual(record);
      expect(read).not.toHaveProperty('goneAt');
    });

    test('delete removes records and returns how many existed', async (store) => {
      const [a, b, c] = sourceRecords(3);
      await store.putSourceRecords([a!, b!, c!]);
      expect(await store.deleteSourceRecords([a!.key, c!.key, c!.key, 'nlvoorelkaar:onbekend'])).toBe(2);
      expect(await store.getSourceRecords([a!.key, b!.key, c!.key])).toEqual([undefined, b, undefined]);
      expect(await store.countSourceRecords()).toBe(1);
      expect((await store.scanSourceRecords({ limit: 10 })).items).toEqual([b]);
      expect(await store.deleteSourceRecords([a!.key])).toBe(0);
    });

    test('a deleted record put again is reported as inserted', async (store) => {
      const record = sourceRecord();
      await store.putSourceRecords([record]);
      await store.deleteSourceRecords([record.key]);
      expect(await store.putSourceRecords([record])).toEqual({
        inserted: [record.key],
        updated: [],
        unchanged: [],
      });
    });
  });
}

import { describe, expect } from 'vitest';
import { byteOrder, type ContractTest } from '../contract-test.ts';
import { sourceRecord, sourceRecords } from '../fixtures.ts';

const GONE_AT = '2026-11-21T03:00:00Z';

/** Contract cases for putting, getting, deleting, marking gone, scanning and counting source records. */
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

    test('a record without its key is rejected naming its position', async (store) => {
      const broken = { ...sourceRecord(), key: '' };
      await expect(store.putSourceRecords([sourceRecord(), broken])).rejects.toThrow(/position 1: key/);
    });
  });
}

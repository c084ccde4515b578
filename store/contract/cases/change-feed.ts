import { describe, expect } from 'vitest';
import type { Store } from '../../store.ts';
import type { Change } from '../../types.ts';
import type { ContractTest } from '../contract-test.ts';
import { initiative, sourceRecord, sourceRecords } from '../fixtures.ts';

/** The changes after `seq`, without their `seq` and `at`, to compare with what a write should produce. */
async function changesAfter(store: Store, seq: number): Promise<Pick<Change, 'entity' | 'key' | 'op'>[]> {
  return (await store.readChanges(seq, 10_000)).map(({ entity, key, op }) => ({ entity, key, op }));
}

const upsert = (key: string) => ({ entity: 'sourceRecord', key, op: 'upsert' });

/** Contract cases for the change feed. */
export function changeFeedCases(test: ContractTest): void {
  describe('change feed', () => {
    test('an empty store has an empty feed', async (store) => {
      expect(await store.lastSeq()).toBe(0);
      expect(await store.readChanges(0, 10)).toEqual([]);
    });

    test('inserted and updated records append one upsert each, unchanged ones none', async (store) => {
      const [a, b] = sourceRecords(2);
      await store.putSourceRecords([a!, b!]);
      expect(await changesAfter(store, 0)).toEqual([upsert(a!.key), upsert(b!.key)]);
      const seq = await store.lastSeq();
      const changedB = sourceRecord({ sourceId: b!.sourceId, description: 'Gewijzigd.' });
      const c = sourceRecord({ sourceId: 'r0003' });
      await store.putSourceRecords([a!, changedB, c]);
      expect(await changesAfter(store, seq)).toEqual([upsert(b!.key), upsert(c.key)]);
    });

    test('deletes append a delete for each record that existed', async (store) => {
      const [a, b] = sourceRecords(2);
      await store.putSourceRecords([a!, b!]);
      const seq = await store.lastSeq();
      await store.deleteSourceRecords([b!.key, 'nlvoorelkaar:onbekend']);
      expect(await changesAfter(store, seq)).toEqual([{ entity: 'sourceRecord', key: b!.key, op: 'delete' }]);
    });

    test('marking records gone and bringing them back append upserts', async (store) => {
      const record = sourceRecord();
      await store.putSourceRecords([record]);
      const seq = await store.lastSeq();
      await store.markSourceRecordsGone([record.key, 'nlvoorelkaar:onbekend'], '2026-11-21T03:00:00Z');
      await store.markSourceRecordsGone([record.key], '2026-11-22T03:00:00Z');
      await store.putSourceRecords([record]);
      expect(await changesAfter(store, seq)).toEqual([upsert(record.key), upsert(record.key)]);
    });

    test('initiative puts and deletes and alias puts append their changes', async (store) => {
      await store.putInitiatives([initiative('ini_a1'), initiative('ini_b2')]);
      await store.deleteInitiatives(['ini_b2', 'ini_onbekend']);
      await store.putAliases([{ alias: 'ini_b2', id: 'ini_a1' }]);
      expect(await changesAfter(store, 0)).toEqual([
        { entity: 'initiative', key: 'ini_a1', op: 'upsert' },
        { entity: 'initiative', key: 'ini_b2', op: 'upsert' },
        { entity: 'initiative', key: 'ini_b2', op: 'delete' },
        { entity: 'alias', key: 'ini_b2', op: 'upsert' },
      ]);
    });

    test('seq grows by one per change and lastSeq is the highest', async (store) => {
      await store.putSourceRecords(sourceRecords(3));
      await store.putInitiatives([initiative('ini_a1')]);
      const changes = await store.readChanges(0, 100);
      expect(changes.map((change) => change.seq)).toEqual([1, 2, 3, 4]);
      expect(await store.lastSeq()).toBe(4);
      for (const change of changes) expect(Number.isNaN(Date.parse(change.at))).toBe(false);
    });

    test('readChanges returns the changes after a seq, at most limit', async (store) => {
      await store.putSourceRecords(sourceRecords(5));
      const page = await store.readChanges(2, 2);
      expect(page.map((change) => change.seq)).toEqual([3, 4]);
      expect(await store.readChanges(5, 10)).toEqual([]);
      await expect(store.readChanges(0, 0)).rejects.toThrow(/limit/);
      await expect(store.readChanges(-1, 10)).rejects.toThrow(/afterSeq/);
    });

    test('concurrent writers get strictly increasing, distinct seqs', async (store) => {
      await Promise.all(
        Array.from({ length: 8 }, (_, writer) =>
          store.putSourceRecords(sourceRecords(5, { prefix: `w${writer}-` })),
        ),
      );
      const seqs = (await store.readChanges(0, 100)).map((change) => change.seq);
      expect(seqs).toHaveLength(40);
      for (let i = 1; i < seqs.length; i++) expect(seqs[i]).toBeGreaterThan(seqs[i - 1]!);
      expect(await store.lastSeq()).toBe(seqs.at(-1));
    });
  });
}

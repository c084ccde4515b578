import { describe, expect } from 'vitest';
import { blockingIndex, INDEXES } from '../../indexes.ts';
import type { ContractTest } from '../contract-test.ts';

/** Contract cases for secondary indexes. */
export function indexCases(test: ContractTest): void {
  describe('indexes', () => {
    test('lookup returns the sorted members of each value and empty arrays for unknown values', async (store) => {
      const index = blockingIndex('domain');
      await store.addIndexEntries([
        { index, value: 'repaircafe-utrecht-oost.nl', member: 'voordekunst:77' },
        { index, value: 'repaircafe-utrecht-oost.nl', member: 'nlvoorelkaar:1001' },
        { index, value: 'zuidenwind.nl', member: 'nlvoorelkaar:1002' },
      ]);
      const found = await store.lookupIndex(index, [
        'zuidenwind.nl',
        'onbekend.nl',
        'repaircafe-utrecht-oost.nl',
      ]);
      expect(found).toEqual(
        new Map([
          ['zuidenwind.nl', ['nlvoorelkaar:1002']],
          ['onbekend.nl', []],
          ['repaircafe-utrecht-oost.nl', ['nlvoorelkaar:1001', 'voordekunst:77']],
        ]),
      );
    });

    test('adding an existing entry and removing a missing one change nothing', async (store) => {
      const entry = { index: INDEXES.members, value: 'ini_a1', member: 'nlvoorelkaar:1001' };
      await store.addIndexEntries([entry, entry]);
      await store.addIndexEntries([entry]);
      await store.removeIndexEntries([{ ...entry, member: 'nlvoorelkaar:9999' }]);
      expect(await store.lookupIndex(INDEXES.members, ['ini_a1'])).toEqual(
        new Map([['ini_a1', [entry.member]]]),
      );
    });

    test('removing entries takes only those members out', async (store) => {
      const entries = ['nlvoorelkaar:1001', 'nlvoorelkaar:1002', 'voordekunst:77'].map((member) => ({
        index: INDEXES.members,
        value: 'ini_a1',
        member,
      }));
      await store.addIndexEntries(entries);
      await store.removeIndexEntries([entries[1]!]);
      expect((await store.lookupIndex(INDEXES.members, ['ini_a1'])).get('ini_a1')).toEqual([
        'nlvoorelkaar:1001',
        'voordekunst:77',
      ]);
      await store.removeIndexEntries(entries);
      expect((await store.lookupIndex(INDEXES.members, ['ini_a1'])).get('ini_a1')).toEqual([]);
    });

    test('indexes are separate even when names and values share colons', async (store) => {
      await store.addIndexEntries([
        { index: 'block', value: 'domain:zuidenwind.nl', member: 'a:1' },
        { index: 'block:domain', value: 'zuidenwind.nl', member: 'b:2' },
      ]);
      expect(
        (await store.lookupIndex('block', ['domain:zuidenwind.nl'])).get('domain:zuidenwind.nl'),
      ).toEqual(['a:1']);
      expect((await store.lookupIndex('block:domain', ['zuidenwind.nl'])).get('zuidenwind.nl')).toEqual([
        'b:2',
      ]);
    });
  });
}

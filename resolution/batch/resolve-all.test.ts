import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../bench/resolution/dataset.ts';
import { silentLogger } from '../../lib/log.ts';
import { INDEXES, openStore } from '../../store/index.ts';
import { createResolver } from '../create-resolver.ts';
import { assignmentsIn } from '../testing/index.ts';
import { resolveAllInStore } from './resolve-all.ts';

describe('resolveAllInStore', () => {
  it('writes the same initiatives as incremental resolution, and changes nothing when run again', async () => {
    const records = [...generateDataset(21, 200)].map(({ record }) => record);
    const incremental = await openStore({ backend: 'sqlite', path: ':memory:' });
    const resolver = createResolver({ store: incremental, log: silentLogger() });
    for (let start = 0; start < records.length; start += 25) {
      const page = records.slice(start, start + 25);
      await incremental.putSourceRecords(page);
      await resolver.resolve(page);
    }
    const full = await openStore({ backend: 'sqlite', path: ':memory:' });
    await full.putSourceRecords(records);
    const first = await resolveAllInStore({ store: full, log: silentLogger(), progress: false });
    expect(first.created).toBe(first.initiatives);
    const expected = await assignmentsIn(incremental);
    expect(await assignmentsIn(full)).toEqual(expected);
    const [someId] = [...expected.values()];
    const [left, right] = await Promise.all([
      incremental.getInitiatives([someId!]),
      full.getInitiatives([someId!]),
    ]);
    expect(right).toEqual(left);

    const again = await resolveAllInStore({ store: full, log: silentLogger(), progress: false });
    expect(again).toMatchObject({ created: 0, updated: 0, merged: 0, deleted: 0 });
    const members = await full.lookupIndex(INDEXES.members, [someId!]);
    expect(members.get(someId!)).toEqual(right[0]?.members);
    await Promise.all([incremental.close(), full.close()]);
  });

  it('deletes initiatives whose records are all gone', async () => {
    const records = [...generateDataset(22, 40)].map(({ record }) => record);
    const store = await openStore({ backend: 'sqlite', path: ':memory:' });
    await store.putSourceRecords(records);
    await resolveAllInStore({ store, log: silentLogger(), progress: false });
    const before = await store.countInitiatives();
    await store.deleteSourceRecords(records.slice(0, 10).map((record) => record.key));
    const summary = await resolveAllInStore({ store, log: silentLogger(), progress: false });
    expect(summary.records).toBe(records.length - 10);
    expect(await store.countInitiatives()).toBeLessThan(before);
    expect([...(await assignmentsIn(store)).keys()].sort()).toEqual(
      records
        .slice(10)
        .map((record) => record.key)
        .sort(),
    );
    await store.close();
  });
});

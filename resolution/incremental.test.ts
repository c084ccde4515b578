import { describe, expect, it } from 'vitest';
import { generateDataset } from '../bench/resolution/dataset.ts';
import { Random } from '../bench/resolution/random.ts';
import { silentLogger } from '../lib/log.ts';
import { type SourceRecord, withContentHash } from '../schema/index.ts';
import { INDEXES, openStore } from '../store/index.ts';
import { resolveBatch } from './batch/index.ts';
import { createResolver } from './create-resolver.ts';
import { recordFeatures } from './features/record-features.ts';
import { createScorer } from './scoring/model.ts';
import { assignmentsIn } from './testing/index.ts';

/** A small cap, so that buckets cross it while records come and go. */
const CAP = 6;

/** Full resolution of a record set, in memory: key -> initiative id. */
function fullResolution(
  records: readonly SourceRecord[],
  firstSeen: ReadonlyMap<string, string>,
): Map<string, string> {
  const { clusters } = resolveBatch({
    records: records.map((record) => recordFeatures(record, firstSeen.get(record.key) ?? record.harvestedAt)),
    scorer: createScorer(),
    caps: { bucket: CAP, located: 3 },
    explain: false,
  });
  const assignments = new Map<string, string>();
  for (const cluster of clusters) for (const key of cluster.members) assignments.set(key, cluster.id);
  return assignments;
}

/** Splits records into pages of random sizes, as harvests deliver them. */
function pages<T>(random: Random, items: readonly T[]): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length;) {
    const size = random.int(1, 40);
    result.push(items.slice(start, start + size));
    start += size;
  }
  return result;
}

describe('incremental resolution', () => {
  for (const seed of [11, 12, 13]) {
    it(`gives the same initiatives as full resolution, for records in any order (seed ${seed})`, async () => {
      const random = new Random(seed);
      const records = [...generateDataset(seed, 240)].map(({ record }) => record);
      const store = await openStore({ backend: 'sqlite', path: ':memory:' });
      const resolver = createResolver({
        store,
        log: silentLogger(),
        options: { bucketCap: CAP, unplacedCap: 3 },
      });
      for (const page of pages(random, random.shuffle(records))) {
        await store.putSourceRecords(page);
        await resolver.resolve(page);
      }
      const firstSeen = new Map(records.map((record) => [record.key, record.harvestedAt]));
      const full = fullResolution(records, firstSeen);
      expect(new Set(full.values()).size).toBeLessThan(records.length * 0.6);
      expect(await assignmentsIn(store)).toEqual(full);

      // Changed and removed records, again in random pages: still the same as resolving what is left at once.
      const changed = random.sample(records, 25).map((record) =>
        withContentHash({
          ...record,
          harvestedAt: '2027-01-01T00:00:00Z',
          initiative: {
            ...record.initiative,
            name: `${record.initiative.name} ${random.pick(['Noord', 'Oost'])}`,
          },
        }),
      );
      const changedKeys = new Set(changed.map((record) => record.key));
      const removed = random.sample(
        records.filter((record) => !changedKeys.has(record.key)),
        25,
      );
      for (const page of pages(random, changed)) {
        await store.putSourceRecords(page);
        await resolver.resolve(page);
      }
      for (const page of pages(random, removed)) {
        const keys = page.map((record) => record.key);
        await store.deleteSourceRecords(keys);
        await resolver.remove(keys);
      }
      const removedKeys = new Set(removed.map((record) => record.key));
      const now = [
        ...records.filter((record) => !changedKeys.has(record.key) && !removedKeys.has(record.key)),
        ...changed,
      ];
      expect(await assignmentsIn(store)).toEqual(fullResolution(now, firstSeen));
      const orphans = await store.lookupIndex(INDEXES.memberOf, [...removedKeys]);
      expect([...orphans.values()].flat()).toEqual([]);
      await store.close();
    });
  }
});

import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../bench/resolution/dataset.ts';
import type { InitiativeProfile } from '../../schema/index.ts';
import { BLOCKING_RULES, type BucketCaps, blockingKeys, capOf, probesOf } from '../blocking/rules.ts';
import { type RecordFeatures, recordFeatures } from '../features/record-features.ts';
import { sourceRecord } from '../testing/index.ts';
import { candidatePairs } from './candidate-pairs.ts';

function batch(profiles: InitiativeProfile[]): RecordFeatures[] {
  return profiles.map((profile, i) =>
    recordFeatures(sourceRecord({ key: `s:${String(i).padStart(4, '0')}`, profile })),
  );
}

function pairSet(records: readonly RecordFeatures[], caps: BucketCaps): Set<string> {
  const pairs = candidatePairs(records, caps);
  return new Set(Array.from({ length: pairs.length }, (_, k) => `${pairs.a[k]}-${pairs.b[k]}`));
}

/** The candidate pairs as the store-backed resolver finds them: bucket lookups per key and probe. */
function storeStylePairs(records: readonly RecordFeatures[], caps: BucketCaps): Set<string> {
  const buckets = new Map<string, number[]>();
  const keys = records.map((features) => blockingKeys(features));
  keys.forEach((list, i) => {
    for (const key of list) {
      const id = `${key.rule}\u0000${key.value}`;
      buckets.set(id, [...(buckets.get(id) ?? []), i]);
    }
  });
  const pairs = new Set<string>();
  keys.forEach((list, i) => {
    for (const key of list) {
      for (const probe of probesOf(key)) {
        const size = (value: string) => buckets.get(`${key.rule}\u0000${value}`)?.length ?? 0;
        if (probe.guards.some((value) => size(value) > capOf(key.rule, value, caps))) continue;
        for (const j of buckets.get(`${key.rule}\u0000${probe.value}`) ?? []) {
          if (j !== i) pairs.add(`${Math.min(i, j)}-${Math.max(i, j)}`);
        }
      }
    }
  });
  return pairs;
}

const utrecht = { locality: 'Utrecht', country: 'NL' as const };
const zwolle = { locality: 'Zwolle', country: 'NL' as const };

describe('candidatePairs', () => {
  it('counts each pair once, attributed to the first rule that found it', () => {
    const records = batch([
      { name: 'De Groene Vingers', website: 'https://groenevingers.nl', location: utrecht },
      { name: 'Stichting De Groene Vingers', website: 'https://www.groenevingers.nl/', location: utrecht },
    ]);
    const pairs = candidatePairs(records, { bucket: 10, located: 10 });
    expect(pairs.length).toBe(1);
    expect(BLOCKING_RULES[pairs.rule[0]!]).toBe('site');
    expect(Object.values(pairs.perRule).reduce((sum, n) => sum + n, 0)).toBe(1);
  });

  it('pairs nothing from a bucket over the cap, and counts it', () => {
    const many = Array.from({ length: 6 }, () => ({ name: 'Buurthuis De Linde', location: utrecht }));
    expect(candidatePairs(batch(many), { bucket: 10, located: 10 }).length).toBe(15);
    const capped = candidatePairs(batch(many), { bucket: 5, located: 5 });
    expect(capped.length).toBe(0);
    expect(capped.oversized).toBeGreaterThan(0);
  });

  it('pairs a record without a place by name only with names few located records carry', () => {
    const located = Array.from({ length: 3 }, (_, i) => ({
      name: 'Buurthuis De Linde',
      location: { locality: `Dorp${i}` },
    }));
    const records = batch([{ name: 'Buurthuis De Linde' }, ...located]);
    const withUnplaced = (caps: BucketCaps) =>
      [...pairSet(records, caps)].filter((pair) => pair.startsWith('0-'));
    expect(withUnplaced({ bucket: 10, located: 3 })).toHaveLength(3);
    expect(withUnplaced({ bucket: 10, located: 2 })).toHaveLength(0);
  });

  it('pairs names in the same place, or where one states no place, never across places', () => {
    const records = batch([
      { name: 'Buurthuis De Linde', location: utrecht },
      { name: 'Buurthuis De Linde', location: zwolle },
      { name: 'Buurthuis De Linde' },
    ]);
    expect(pairSet(records, { bucket: 10, located: 10 })).toEqual(new Set(['0-2', '1-2']));
  });

  it('pairs an acronym with the names it abbreviates, but not names that merely share one', () => {
    const records = batch([
      { name: 'KiNL' },
      { name: 'Kracht in Nederland' },
      { name: 'Koken in Noord-Limburg' },
    ]);
    const pairs = pairSet(records, { bucket: 10, located: 10 });
    expect(pairs.has('0-1')).toBe(true);
    expect(pairs.has('1-2')).toBe(false);
  });

  it('finds exactly the pairs the store-backed lookups find, on generated data', () => {
    const records = [...generateDataset(7, 600)].map(({ record }) => recordFeatures(record));
    records.sort((x, y) => (x.key < y.key ? -1 : 1));
    for (const caps of [
      { bucket: 3, located: 3 },
      { bucket: 8, located: 2 },
      { bucket: 48, located: 4 },
    ]) {
      expect(pairSet(records, caps)).toEqual(storeStylePairs(records, caps));
    }
  });
});

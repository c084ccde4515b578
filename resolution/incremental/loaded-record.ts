import type { SourceRecord } from '../../schema/index.ts';
import type { Store } from '../../store/index.ts';
import { type RecordFeatures, recordFeatures } from '../features/record-features.ts';
import { RESOLUTION_INDEXES } from './index-names.ts';

/** A stored record together with its resolution features. */
export interface LoadedRecord {
  readonly record: SourceRecord;
  readonly features: RecordFeatures;
}

/**
 * Loads records by key with the time the hub first saw each (a record never seen before counts from its
 * `harvestedAt`). Keys the store does not hold are left out.
 */
export async function loadRecords(store: Store, keys: readonly string[]): Promise<Map<string, LoadedRecord>> {
  const loaded = new Map<string, LoadedRecord>();
  if (keys.length === 0) return loaded;
  const [records, seen] = await Promise.all([
    store.getSourceRecords(keys),
    store.lookupIndex(RESOLUTION_INDEXES.firstSeen, keys),
  ]);
  records.forEach((record, i) => {
    if (record === undefined) return;
    const firstSeen = seen.get(keys[i]!)?.[0] ?? record.harvestedAt;
    loaded.set(record.key, {
      record,
      features: recordFeatures(record, firstSeen),
    });
  });
  return loaded;
}

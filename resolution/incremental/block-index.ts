import type { IndexEntry, Store } from '../../store/index.ts';
import { blockingIndex } from '../../store/index.ts';
import {
  type BlockingKey,
  type BlockingRule,
  type BucketCaps,
  blockingKeys,
  capOf,
} from '../blocking/rules.ts';
import type { RecordFeatures } from '../features/record-features.ts';
import { RESOLUTION_INDEXES } from './index-names.ts';

function encode(key: BlockingKey): string {
  return `${key.rule}=${key.value}`;
}

function entriesOf(recordKey: string, encoded: string): IndexEntry[] {
  const cut = encoded.indexOf('=');
  return [
    {
      index: blockingIndex(encoded.slice(0, cut)),
      value: encoded.slice(cut + 1),
      member: recordKey,
    },
    { index: RESOLUTION_INDEXES.blockKeys, value: recordKey, member: encoded },
  ];
}

async function bucketMembers(store: Store, buckets: readonly string[]): Promise<Map<string, string[]>> {
  const byRule = new Map<string, string[]>();
  for (const bucket of buckets) {
    const cut = bucket.indexOf('=');
    const values = byRule.get(bucket.slice(0, cut)) ?? [];
    values.push(bucket.slice(cut + 1));
    byRule.set(bucket.slice(0, cut), values);
  }
  const members = new Map<string, string[]>();
  await Promise.all(
    [...byRule].map(async ([rule, values]) => {
      const found = await store.lookupIndex(blockingIndex(rule), values);
      for (const [value, keys] of found) members.set(`${rule}=${value}`, keys);
    }),
  );
  return members;
}

/**
 * Brings the blocking indexes up to date for records that were added, changed (`features` given) or
 * removed (`features` undefined). Returns the records whose candidate pairs changed beyond their own:
 * every member of a bucket that crossed the size cap, since its pairs appeared or vanished together.
 */
export async function updateBlockIndex(
  store: Store,
  changes: ReadonlyMap<string, RecordFeatures | undefined>,
  caps: BucketCaps,
): Promise<Set<string>> {
  const previous = await store.lookupIndex(RESOLUTION_INDEXES.blockKeys, [...changes.keys()]);
  const removed: IndexEntry[] = [];
  const added: IndexEntry[] = [];
  /** bucket -> record keys leaving (-) or joining (+) it. */
  const moves = new Map<string, { joining: string[]; leaving: string[] }>();
  const move = (bucket: string) => {
    let entry = moves.get(bucket);
    if (entry === undefined) {
      entry = { joining: [], leaving: [] };
      moves.set(bucket, entry);
    }
    return entry;
  };
  for (const [recordKey, features] of changes) {
    const before = new Set(previous.get(recordKey) ?? []);
    const after = new Set(features === undefined ? [] : blockingKeys(features).map(encode));
    for (const encoded of before) {
      if (after.has(encoded)) continue;
      removed.push(...entriesOf(recordKey, encoded));
      move(encoded).leaving.push(recordKey);
    }
    for (const encoded of after) {
      if (before.has(encoded)) continue;
      added.push(...entriesOf(recordKey, encoded));
      move(encoded).joining.push(recordKey);
    }
  }
  const before = await bucketMembers(store, [...moves.keys()]);
  if (removed.length > 0) await store.removeIndexEntries(removed);
  if (added.length > 0) await store.addIndexEntries(added);
  const flipped = new Set<string>();
  for (const [bucket, { joining, leaving }] of moves) {
    const members = before.get(bucket) ?? [];
    const sizeAfter = members.length + joining.length - leaving.length;
    const cut = bucket.indexOf('=');
    const cap = capOf(bucket.slice(0, cut) as BlockingRule, bucket.slice(cut + 1), caps);
    if (members.length > cap === sizeAfter > cap) continue;
    for (const member of members) flipped.add(member);
    for (const member of joining) flipped.add(member);
  }
  return flipped;
}

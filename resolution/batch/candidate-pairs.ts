import { BLOCKING_RULES, type BlockingRule, type BucketCaps } from '../blocking/rules.ts';
import type { RecordFeatures } from '../features/record-features.ts';
import {
  INDEX_BITS,
  LOCATED,
  MAX_BATCH,
  PAIRING,
  UNLOCATED,
  type Workspace,
  workspaceFor,
} from './key-occurrences.ts';
import { radixSort32, sortRunsByLo } from './radix-sort.ts';

/** Candidate pairs of a batch as parallel arrays, `a < b` in record order, each attributed to its first rule. */
export interface CandidatePairs {
  readonly length: number;
  readonly a: Int32Array;
  readonly b: Int32Array;
  /** Index into `BLOCKING_RULES`. */
  readonly rule: Uint8Array;
  /** Pairs attributed to each rule. */
  readonly perRule: Readonly<Record<BlockingRule, number>>;
  /** Buckets skipped because more records than the cap shared their key. */
  readonly oversized: number;
}

/**
 * Walks the buckets of sorted key occurrences and hands each bucket's pairs to `emit`; returns how many
 * buckets were skipped as over the cap. Called twice: once to count, once to fill exactly sized arrays.
 */
function walkBuckets(
  keys: Uint32Array,
  lo: Uint32Array,
  payload: Uint32Array,
  caps: BucketCaps,
  emit: (x: number, y: number, rule: number) => void,
): number {
  let oversized = 0;
  const n = keys.length;
  const pairing: number[] = [];
  const partners: number[] = [];
  for (let start = 0; start < n;) {
    let end = start + 1;
    while (end < n && keys[end] === keys[start] && lo[end] === lo[start]) end++;
    const rule = payload[start]! >>> (INDEX_BITS + 2);
    pairing.length = 0;
    partners.length = 0;
    // A name key's two sides (`u:` and `l:`) both take the lower cap; they share this bucket.
    let cap = caps.bucket;
    for (let k = start; k < end; k++) {
      const entry = payload[k]!;
      const role = (entry >>> INDEX_BITS) & 3;
      if (role === LOCATED || role === UNLOCATED) cap = Math.min(caps.bucket, caps.located);
      const list = role === PAIRING || role === UNLOCATED ? pairing : partners;
      const record = entry & (MAX_BATCH - 1);
      // A record can state one key twice (two names alike); within a bucket its entries are contiguous.
      if (list[list.length - 1] !== record) list.push(record);
    }
    if (pairing.length > cap) oversized++;
    else {
      for (let i = 0; i < pairing.length; i++) {
        for (let j = i + 1; j < pairing.length; j++) emit(pairing[i]!, pairing[j]!, rule);
      }
      if (partners.length > cap) oversized++;
      else for (const x of pairing) for (const y of partners) if (x !== y) emit(x, y, rule);
    }
    start = end;
  }
  return oversized;
}

/**
 * Turns the key occurrences in a workspace into candidate pairs: each bucket of equal keys yields its
 * pairs unless it holds more records than its cap (see `BucketCaps`). Pairs found by several rules are kept once, attributed
 * to the first rule; they come out ordered by first record, then second. Reuses the workspace's memory.
 */
export function pairsFromWorkspace(space: Workspace, records: number, caps: BucketCaps): CandidatePairs {
  const length = space.length;
  const sorted = radixSort32(
    space.hi.subarray(0, length),
    space.lo.subarray(0, length),
    space.payload.subarray(0, length),
    {
      keys: space.sorted.keys.subarray(0, length),
      lo: space.sorted.lo.subarray(0, length),
      payload: space.sorted.payload.subarray(0, length),
    },
  );
  sortRunsByLo(sorted.keys, sorted.lo, sorted.payload);

  // Count, then fill: pairs grouped by first record (a counting sort), in the space the unsorted keys left.
  const { perFirst, cursor } = space;
  perFirst.fill(0);
  let total = 0;
  walkBuckets(sorted.keys, sorted.lo, sorted.payload, caps, (x, y) => {
    perFirst[Math.min(x, y) + 1]!++;
    total++;
  });
  for (let i = 1; i <= records; i++) perFirst[i]! += perFirst[i - 1]!;
  cursor.set(perFirst.subarray(0, records));
  const packed =
    total <= space.hi.length * 2 ? new Int32Array(space.hi.buffer, 0, total) : new Int32Array(total);
  const oversized = walkBuckets(sorted.keys, sorted.lo, sorted.payload, caps, (x, y, rule) => {
    const first = Math.min(x, y);
    packed[cursor[first]!++] = Math.max(x, y) * 8 + rule;
  });

  // The sorted keys are spent: their space takes the output (9 bytes per pair against 12 per key).
  const fits = total * 9 <= space.hi.length * 12;
  const out = fits ? space.sorted.keys.buffer : new ArrayBuffer(total * 9);
  const base = fits ? space.sorted.keys.byteOffset : 0;
  const a = new Int32Array(out, base, total);
  const b = new Int32Array(out, base + total * 4, total);
  const rules = new Uint8Array(out, base + total * 8, total);
  const perRule = Object.fromEntries(BLOCKING_RULES.map((rule) => [rule, 0])) as Record<BlockingRule, number>;
  let count = 0;
  for (let first = 0; first < records; first++) {
    const segment = packed.subarray(perFirst[first]!, perFirst[first + 1]!).sort();
    let last = -1;
    for (const code of segment) {
      const second = code >>> 3;
      if (second === last) continue;
      last = second;
      a[count] = first;
      b[count] = second;
      rules[count] = code & 7;
      perRule[BLOCKING_RULES[code & 7]!]++;
      count++;
    }
  }
  return {
    length: count,
    a: a.subarray(0, count),
    b: b.subarray(0, count),
    rule: rules.subarray(0, count),
    perRule,
    oversized,
  };
}

/**
 * Finds the candidate pairs of a batch with the same rules and caps as the store-backed resolver: every
 * record's blocking keys are hashed to 64 bits and radix-sorted into buckets (see `pairsFromWorkspace`).
 */
export function candidatePairs(records: readonly RecordFeatures[], caps: BucketCaps): CandidatePairs {
  if (records.length > MAX_BATCH) throw new RangeError(`a batch holds at most ${MAX_BATCH} records`);
  return pairsFromWorkspace(workspaceFor(records), records.length, caps);
}

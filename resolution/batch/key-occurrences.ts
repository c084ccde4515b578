import {
  BLOCKING_RULES,
  type BlockingRule,
  pairsWithOwnRole,
  roleOf,
  visitBlockingKeys,
} from '../blocking/rules.ts';
import { mix } from '../features/minhash.ts';
import type { RecordFeatures } from '../features/record-features.ts';

/** Record indices fit in 24 bits (16.7 million records per batch); role and rule go above them. */
export const INDEX_BITS = 24;
export const MAX_BATCH = 1 << INDEX_BITS;
/** A key that pairs with its own bucket (symmetric keys and pairing roles), or only with the pairing role. */
export const PAIRING = 0;
export const PARTNER = 1;
/** The two sides of a name key (`l:` partner, `u:` pairing), under the lower located cap. */
export const LOCATED = 2;
export const UNLOCATED = 3;

const RULE_INDEX = Object.fromEntries(BLOCKING_RULES.map((rule, i) => [rule, i])) as Record<
  BlockingRule,
  number
>;

/**
 * Hashes a bucket key (rule, value from `start`) to 64 bits as two 32-bit halves, FNV-1a and a
 * multiply-rotate hash in one pass, so unrelated keys practically never share a bucket.
 */
function hashKey(rule: number, value: string, start: number, out: Uint32Array): void {
  let h1 = (0x811c9dc5 ^ rule) >>> 0;
  let h2 = (0x9e3779b1 ^ Math.imul(rule, 0x85ebca77)) >>> 0;
  for (let i = start; i < value.length; i++) {
    const c = value.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0xcc9e2d51);
    h2 = (h2 << 15) | (h2 >>> 17);
  }
  out[0] = mix(h1);
  out[1] = mix(h2 ^ value.length);
}

/** Receives one hashed key occurrence: the key's 64-bit hash and the payload (record, role, rule). */
export type OccurrenceSink = (hi: number, lo: number, payload: number) => void;

const scratch = new Uint32Array(2);

/**
 * Hashes every blocking key of one record as an occurrence of `index`. A pairing role and its partner
 * (see `roleOf`) share one bucket here, told apart by the role bit.
 */
export function hashRecordKeys(features: RecordFeatures, index: number, sink: OccurrenceSink): void {
  visitBlockingKeys(features, (ruleName, value) => {
    const rule = RULE_INDEX[ruleName];
    const keyRole = roleOf(ruleName, value);
    hashKey(rule, value, keyRole === undefined ? 0 : 2, scratch);
    const role =
      keyRole === 'u:'
        ? UNLOCATED
        : keyRole === 'l:'
          ? LOCATED
          : pairsWithOwnRole(keyRole)
            ? PAIRING
            : PARTNER;
    sink(scratch[0]!, scratch[1]!, index | (role << INDEX_BITS) | (rule << (INDEX_BITS + 2)));
  });
}

/** Replaces the record index of an occurrence payload, keeping role and rule. */
export function withIndex(payload: number, index: number): number {
  return ((payload & ~(MAX_BATCH - 1)) | index) >>> 0;
}

/**
 * The working memory of one blocking run, taken as one allocation. With a million records in the heap,
 * every large typed array allocated makes V8 run a full garbage collection of seconds; reusing regions of
 * one buffer for the successive stages keeps that to one.
 */
export interface Workspace {
  /** Key occurrences: 64-bit key (`hi`, `lo`) and payload; `length` of them are filled. */
  readonly hi: Uint32Array;
  readonly lo: Uint32Array;
  readonly payload: Uint32Array;
  length: number;
  /** Where the radix sort puts the sorted occurrences. */
  readonly sorted: {
    readonly keys: Uint32Array;
    readonly lo: Uint32Array;
    readonly payload: Uint32Array;
  };
  /** Pairs per first record as prefix sums, and the write cursor of each. */
  readonly perFirst: Int32Array;
  readonly cursor: Int32Array;
}

/** Allocates a workspace for up to `capacity` key occurrences of `records` records. */
export function createWorkspace(capacity: number, records: number): Workspace {
  const buffer = new ArrayBuffer(capacity * 24 + (2 * records + 1) * 4);
  const view = (index: number) => new Uint32Array(buffer, index * capacity * 4, capacity);
  return {
    hi: view(0),
    lo: view(1),
    payload: view(2),
    length: 0,
    sorted: { keys: view(3), lo: view(4), payload: view(5) },
    perFirst: new Int32Array(buffer, capacity * 24, records + 1),
    cursor: new Int32Array(buffer, capacity * 24 + (records + 1) * 4, records),
  };
}

/** Appends an occurrence to a workspace; throws a RangeError when it is full. */
export function appendOccurrence(space: Workspace, hi: number, lo: number, payload: number): void {
  const at = space.length;
  if (at === space.hi.length) throw new RangeError('blocking workspace too small');
  space.hi[at] = hi;
  space.lo[at] = lo;
  space.payload[at] = payload;
  space.length = at + 1;
}

/** Records whose keys are counted to size the workspace before hashing them all. */
const SAMPLE = 2000;

/** Counts the keys of every `step`-th record (records sorted by key cluster by source, so a prefix would mislead). */
function countKeys(records: readonly RecordFeatures[], step: number): number {
  let counted = 0;
  for (let index = 0; index < records.length; index += step)
    visitBlockingKeys(records[index]!, () => counted++);
  return counted;
}

function fill(records: readonly RecordFeatures[], capacity: number): Workspace | undefined {
  const space = createWorkspace(capacity, records.length);
  try {
    records.forEach((features, index) => {
      hashRecordKeys(features, index, (hi, lo, payload) => appendOccurrence(space, hi, lo, payload));
    });
    return space;
  } catch (error) {
    if (error instanceof RangeError) return undefined;
    throw error;
  }
}

/** Hashes the keys of every record into a workspace sized from a sample (or from all keys when the sample fell short). */
export function workspaceFor(records: readonly RecordFeatures[]): Workspace {
  const step = Math.max(1, Math.floor(records.length / SAMPLE));
  const sampled = Math.ceil(records.length / step);
  const estimate = Math.ceil((countKeys(records, step) / Math.max(1, sampled)) * records.length * 1.2) + 1024;
  return fill(records, estimate) ?? fill(records, countKeys(records, 1))!;
}

/**
 * Renumbers the records of the occurrences in a workspace, in place: `newIndex[old]` is the record's new
 * index, or -1 to drop its occurrences (a duplicate key superseded by a later version).
 */
export function remapOccurrences(space: Workspace, newIndex: Int32Array): void {
  let kept = 0;
  for (let k = 0; k < space.length; k++) {
    const payload = space.payload[k]!;
    const index = newIndex[payload & (MAX_BATCH - 1)]!;
    if (index < 0) continue;
    space.hi[kept] = space.hi[k]!;
    space.lo[kept] = space.lo[k]!;
    space.payload[kept] = withIndex(payload, index);
    kept++;
  }
  space.length = kept;
}

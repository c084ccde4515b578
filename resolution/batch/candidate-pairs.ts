import {
  ACRONYM_SPELLED,
  ACRONYM_WRITTEN,
  BLOCKING_RULES,
  type BlockingRule,
  blockingKeys,
} from '../blocking/rules.ts';
import { hashString } from '../features/minhash.ts';
import type { RecordFeatures } from '../features/record-features.ts';
import { Growable } from './growable.ts';
import { radixSort64 } from './radix-sort.ts';

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

/** Record indices fit in 24 bits (16.7 million records per batch); role and rule go above them. */
const INDEX_BITS = 24;
export const MAX_BATCH = 1 << INDEX_BITS;
const ROLE_PLAIN = 0;
const ROLE_WRITTEN = 1;
const ROLE_SPELLED = 2;

/** A second, independent 32-bit hash, so a bucket key is 64 bits and unrelated keys practically never collide. */
function hashOther(text: string): number {
  let h = 0x9e3779b1;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x85ebca77) ^ (h >>> 15);
  return hashString(String(h), 0x1b873593);
}

/**
 * Finds the candidate pairs of a batch with the same rules and caps as the store-backed resolver: every
 * record's blocking keys are hashed to 64 bits, radix-sorted, and each bucket of equal keys yields its pairs
 * unless it holds more than `cap` records. Pairs found by several rules are counted once.
 */
export function candidatePairs(records: readonly RecordFeatures[], cap: number): CandidatePairs {
  if (records.length > MAX_BATCH) throw new RangeError(`a batch holds at most ${MAX_BATCH} records`);
  const hi = new Growable(Uint32Array, records.length * 8);
  const lo = new Growable(Uint32Array, records.length * 8);
  const payload = new Growable(Uint32Array, records.length * 8);
  records.forEach((features, index) => {
    for (const key of blockingKeys(features)) {
      const rule = BLOCKING_RULES.indexOf(key.rule);
      let role = ROLE_PLAIN;
      let value = key.value;
      if (key.rule === 'acronym') {
        role = value.startsWith(ACRONYM_WRITTEN) ? ROLE_WRITTEN : ROLE_SPELLED;
        value = value.slice(role === ROLE_WRITTEN ? ACRONYM_WRITTEN.length : ACRONYM_SPELLED.length);
      }
      const text = `${key.rule}\u0000${value}`;
      hi.push(hashString(text));
      lo.push(hashOther(text));
      payload.push(index | (role << INDEX_BITS) | (rule << (INDEX_BITS + 2)));
    }
  });
  const sorted = radixSort64(hi.view(), lo.view(), payload.view());
  const codes = new Growable(Float64Array, records.length * 4);
  const emit = (x: number, y: number, rule: number) => {
    if (x === y) return;
    const [first, second] = x < y ? [x, y] : [y, x];
    codes.push((first * MAX_BATCH + second) * 8 + rule);
  };
  let oversized = 0;
  const n = sorted.hi.length;
  const written: number[] = [];
  const spelled: number[] = [];
  for (let start = 0; start < n; ) {
    let end = start + 1;
    while (end < n && sorted.hi[end] === sorted.hi[start] && sorted.lo[end] === sorted.lo[start]) end++;
    const rule = sorted.payload[start]! >>> (INDEX_BITS + 2);
    written.length = 0;
    spelled.length = 0;
    for (let k = start; k < end; k++) {
      const entry = sorted.payload[k]!;
      const role = (entry >>> INDEX_BITS) & 3;
      (role === ROLE_SPELLED ? spelled : written).push(entry & (MAX_BATCH - 1));
    }
    if (written.length > cap) oversized++;
    else {
      for (let i = 0; i < written.length; i++)
        for (let j = i + 1; j < written.length; j++) emit(written[i]!, written[j]!, rule);
      if (spelled.length > cap) oversized++;
      else for (const x of written) for (const y of spelled) emit(x, y, rule);
    }
    start = end;
  }
  const all = codes.view().sort();
  const a = new Growable(Int32Array, all.length + 1);
  const b = new Growable(Int32Array, all.length + 1);
  const rules = new Growable(Uint8Array, all.length + 1);
  const perRule = Object.fromEntries(BLOCKING_RULES.map((rule) => [rule, 0])) as Record<BlockingRule, number>;
  let last = -1;
  for (const code of all) {
    const pair = Math.floor(code / 8);
    if (pair === last) continue;
    last = pair;
    const rule = code - pair * 8;
    a.push(Math.floor(pair / MAX_BATCH));
    b.push(pair % MAX_BATCH);
    rules.push(rule);
    perRule[BLOCKING_RULES[rule]!]++;
  }
  return { length: a.length, a: a.view(), b: b.view(), rule: rules.view(), perRule, oversized };
}

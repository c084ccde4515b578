/** Bits per radix pass: 2048 buckets keep the scatter within cache and TLB reach. */
const BITS = 11;
const BUCKETS = 1 << BITS;

/**
 * Sorts 32-bit `keys`, carrying `lo` and `payload` along, with a stable three-pass LSD radix sort
 * (11 + 11 + 10 bits): linear time for the tens of millions of blocking-key occurrences of a million
 * records, where a comparison sort would take many seconds. The scratch arrays must be as long as the
 * input; the sorted data ends up in the scratch arrays, which are returned.
 */
export function radixSort32(
  keys: Uint32Array,
  lo: Uint32Array,
  payload: Uint32Array,
  scratch: { keys: Uint32Array; lo: Uint32Array; payload: Uint32Array },
): { keys: Uint32Array; lo: Uint32Array; payload: Uint32Array } {
  const n = keys.length;
  let src = { keys, lo, payload };
  let dst = scratch;
  const counts = new Uint32Array(BUCKETS);
  for (let shift = 0; shift < 32; shift += BITS) {
    counts.fill(0);
    const sk = src.keys;
    for (let i = 0; i < n; i++) counts[(sk[i]! >>> shift) & (BUCKETS - 1)]!++;
    let sum = 0;
    for (let d = 0; d < BUCKETS; d++) {
      const count = counts[d]!;
      counts[d] = sum;
      sum += count;
    }
    const { lo: sl, payload: sp } = src;
    const { keys: dk, lo: dl, payload: dp } = dst;
    for (let i = 0; i < n; i++) {
      const at = counts[(sk[i]! >>> shift) & (BUCKETS - 1)]!++;
      dk[at] = sk[i]!;
      dl[at] = sl[i]!;
      dp[at] = sp[i]!;
    }
    [src, dst] = [dst, src];
  }
  return src;
}

/**
 * Sorts each run of equal `keys` by `lo`, stably (insertion sort: runs are short, and a long run of one
 * bucket is already in order), so that entries with equal 64-bit keys become contiguous.
 */
export function sortRunsByLo(keys: Uint32Array, lo: Uint32Array, payload: Uint32Array): void {
  const n = keys.length;
  for (let start = 0; start < n;) {
    let end = start + 1;
    while (end < n && keys[end] === keys[start]) end++;
    for (let i = start + 1; i < end; i++) {
      const l = lo[i]!;
      const p = payload[i]!;
      let j = i - 1;
      while (j >= start && lo[j]! > l) {
        lo[j + 1] = lo[j]!;
        payload[j + 1] = payload[j]!;
        j--;
      }
      lo[j + 1] = l;
      payload[j + 1] = p;
    }
    start = end;
  }
}

/**
 * Sorts 64-bit keys given as `hi`/`lo` 32-bit halves, carrying `payload` along, with a stable LSD radix
 * sort in four 16-bit passes (the input arrays serve as scratch space): linear time for the tens of
 * millions of blocking-key occurrences of a million records, where a comparison sort would take many
 * seconds. Returns the sorted arrays.
 */
export function radixSort64(
  hi: Uint32Array,
  lo: Uint32Array,
  payload: Uint32Array,
): { hi: Uint32Array; lo: Uint32Array; payload: Uint32Array } {
  const n = hi.length;
  let srcHi = hi;
  let srcLo = lo;
  let srcPay = payload;
  let dstHi: Uint32Array = new Uint32Array(n);
  let dstLo: Uint32Array = new Uint32Array(n);
  let dstPay: Uint32Array = new Uint32Array(n);
  const counts = new Uint32Array(65536);
  for (let pass = 0; pass < 4; pass++) {
    const source = pass < 2 ? srcLo : srcHi;
    const shift = pass % 2 === 0 ? 0 : 16;
    counts.fill(0);
    for (let i = 0; i < n; i++) counts[(source[i]! >>> shift) & 0xffff]!++;
    let sum = 0;
    for (let d = 0; d < 65536; d++) {
      const count = counts[d]!;
      counts[d] = sum;
      sum += count;
    }
    for (let i = 0; i < n; i++) {
      const at = counts[(source[i]! >>> shift) & 0xffff]!++;
      dstHi[at] = srcHi[i]!;
      dstLo[at] = srcLo[i]!;
      dstPay[at] = srcPay[i]!;
    }
    [srcHi, dstHi] = [dstHi, srcHi];
    [srcLo, dstLo] = [dstLo, srcLo];
    [srcPay, dstPay] = [dstPay, srcPay];
  }
  return { hi: srcHi, lo: srcLo, payload: srcPay };
}

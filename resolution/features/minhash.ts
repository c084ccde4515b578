/** How many hashes a description sketch keeps; overlap is estimated in steps of 1/16. */
export const SIGNATURE_SIZE = 16;

/** FNV-1a over UTF-16 code units, mixed so that nearby inputs spread over all 32 bits. */
export function hashString(text: string, seed = 0x811c9dc5): number {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return mix(hash);
}

/** A 32-bit finaliser (murmur3 fmix32): every input bit affects every output bit. */
export function mix(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * A bottom-k sketch of a set of strings: the `SIGNATURE_SIZE` smallest distinct hashes of its items, in
 * ascending order (all of them for smaller sets), packed two UTF-16 units per hash into one string, which
 * costs a tenth of a typed array per record when a million records are in memory. One hash per item, so
 * cheap for long descriptions; two sketches estimate the Jaccard similarity of their sets. Returns
 * undefined for an empty set.
 */
export function minhash(items: Iterable<string>): string | undefined {
  const hashes: number[] = [];
  for (const item of items) hashes.push(hashString(item));
  if (hashes.length === 0) return undefined;
  hashes.sort((a, b) => a - b);
  const units: number[] = [];
  let last = -1;
  for (const hash of hashes) {
    if (hash === last) continue;
    last = hash;
    units.push(hash >>> 16, hash & 0xffff);
    if (units.length === 2 * SIGNATURE_SIZE) break;
  }
  return String.fromCharCode(...units);
}

function hashAt(sketch: string, index: number): number {
  return sketch.charCodeAt(2 * index) * 0x10000 + sketch.charCodeAt(2 * index + 1);
}

/**
 * The estimated Jaccard similarity of the sets behind two sketches: among the k smallest hashes of the
 * union, the share found in both (exact when both sets are smaller than k).
 */
export function signatureSimilarity(a: string, b: string): number {
  const n = a.length / 2;
  const m = b.length / 2;
  let i = 0;
  let j = 0;
  let union = 0;
  let both = 0;
  while (union < SIGNATURE_SIZE && (i < n || j < m)) {
    const x = i < n ? hashAt(a, i) : Number.POSITIVE_INFINITY;
    const y = j < m ? hashAt(b, j) : Number.POSITIVE_INFINITY;
    if (x === y) {
      both++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
    union++;
  }
  return union === 0 ? 0 : both / union;
}

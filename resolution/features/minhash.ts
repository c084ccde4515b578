/** How many hash functions a description signature has; agreement is estimated in steps of 1/16. */
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

const SEEDS = Array.from({ length: SIGNATURE_SIZE }, (_, i) => mix(0x9e3779b9 * (i + 1)));

/**
 * A MinHash signature of a set of strings: for each of `SIGNATURE_SIZE` hash functions the smallest hash
 * over the set. The share of equal positions of two signatures estimates the Jaccard similarity of the sets.
 * Returns undefined for an empty set.
 */
export function minhash(items: Iterable<string>): Uint32Array | undefined {
  const signature = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  let any = false;
  for (const item of items) {
    any = true;
    const base = hashString(item);
    for (let i = 0; i < SIGNATURE_SIZE; i++) {
      const h = mix(base ^ SEEDS[i]!);
      if (h < signature[i]!) signature[i] = h;
    }
  }
  return any ? signature : undefined;
}

/** The estimated Jaccard similarity of the sets behind two signatures. */
export function signatureSimilarity(a: Uint32Array, b: Uint32Array): number {
  let equal = 0;
  for (let i = 0; i < SIGNATURE_SIZE; i++) if (a[i] === b[i]) equal++;
  return equal / SIGNATURE_SIZE;
}

/**
 * String similarity for names. Scoring runs over millions of candidate pairs, so these functions work in
 * reusable scratch buffers instead of allocating per call.
 */

let rows = new Int32Array(3 * 64);

/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent transpositions) when it is at most
 * `limit`, else `limit + 1`: the early exit keeps a typo check cheap for short words.
 */
export function boundedEditDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const width = b.length + 1;
  if (rows.length < 3 * width) rows = new Int32Array(3 * width * 2);
  let before = 0;
  let previous = width;
  let current = 2 * width;
  for (let j = 0; j < width; j++) rows[previous + j] = j;
  for (let i = 1; i <= a.length; i++) {
    rows[current] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j < width; j++) {
      const cb = b.charCodeAt(j - 1);
      let value = Math.min(
        rows[previous + j]! + 1,
        rows[current + j - 1]! + 1,
        rows[previous + j - 1]! + (ca === cb ? 0 : 1),
      );
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) {
        value = Math.min(value, rows[before + j - 2]! + 1);
      }
      rows[current + j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    const spare = before;
    before = previous;
    previous = current;
    current = spare;
  }
  return Math.min(rows[previous + b.length]!, limit + 1);
}

/** How many typos a word of this length may carry and still count as the same word. */
function allowedTypos(length: number): number {
  if (length < 4) return 0;
  return length < 8 ? 1 : 2;
}

/** Similarity of two words in [0, 1]: 1 when equal, less per typo, 0 beyond the typos a word may carry. */
export function wordSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const limit = allowedTypos(Math.min(a.length, b.length));
  if (limit === 0) return 0;
  // One typo leaves the first or the last letter as it was: most unrelated words fail this at once.
  if (
    limit === 1 &&
    a.charCodeAt(0) !== b.charCodeAt(0) &&
    a.charCodeAt(a.length - 1) !== b.charCodeAt(b.length - 1)
  ) {
    return 0;
  }
  const distance = boundedEditDistance(a, b, limit);
  return distance > limit ? 0 : 1 - distance / Math.max(a.length, b.length);
}

/** How well the words of two lists pair up one to one: the summed similarity and the number of pairs. */
export interface WordMatch {
  readonly matched: number;
  readonly pairs: number;
}

let grid = new Float64Array(64);
let usedA = new Uint8Array(8);
let usedB = new Uint8Array(8);

/**
 * Pairs the words of two lists one to one, best pairs first (ties to the earliest words), each pair
 * counting its word similarity. Independent of word order; tolerant of typos.
 */
export function matchWords(a: readonly string[], b: readonly string[]): WordMatch {
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0) return { matched: 0, pairs: 0 };
  if (grid.length < n * m) grid = new Float64Array(n * m * 2);
  if (usedA.length < n) usedA = new Uint8Array(n * 2);
  if (usedB.length < m) usedB = new Uint8Array(m * 2);
  for (let i = 0; i < n; i++) for (let j = 0; j < m; j++) grid[i * m + j] = wordSimilarity(a[i]!, b[j]!);
  usedA.fill(0, 0, n);
  usedB.fill(0, 0, m);
  let matched = 0;
  let pairs = 0;
  for (;;) {
    let best = 0;
    let at = -1;
    for (let k = 0; k < n * m; k++) {
      if (grid[k]! > best && usedA[Math.floor(k / m)] === 0 && usedB[k % m] === 0) {
        best = grid[k]!;
        at = k;
      }
    }
    if (at === -1) break;
    usedA[Math.floor(at / m)] = 1;
    usedB[at % m] = 1;
    matched += best;
    pairs++;
  }
  return { matched, pairs };
}

let gramsA: Int32Array = new Int32Array(64);
let gramsB: Int32Array = new Int32Array(64);

function bigrams(words: readonly string[], into: Int32Array): { grams: Int32Array; count: number } {
  let total = 0;
  for (const word of words) total += word.length;
  let grams: Int32Array = into;
  if (grams.length < total) grams = new Int32Array(total * 2);
  let count = 0;
  let previous = -1;
  for (const word of words) {
    for (let i = 0; i < word.length; i++) {
      const code = word.charCodeAt(i);
      if (previous !== -1) grams[count++] = (previous << 16) | code;
      previous = code;
    }
  }
  grams.subarray(0, count).sort();
  return { grams, count };
}

/** The highest Dice similarity two word lists of these letter counts can have (bigram counts bound it). */
export function bigramDiceBound(a: readonly string[], b: readonly string[]): number {
  let x = -1;
  let y = -1;
  for (const word of a) x += word.length;
  for (const word of b) y += word.length;
  return x <= 0 || y <= 0 ? 1 : (2 * Math.min(x, y)) / (x + y);
}

/**
 * Dice similarity of the letter bigrams of two word lists, as if each were written without spaces:
 * catches names that differ in where words are split ("Buurt Moestuin" / "Buurtmoestuin").
 */
export function bigramDice(a: readonly string[], b: readonly string[]): number {
  const x = bigrams(a, gramsA);
  gramsA = x.grams;
  const y = bigrams(b, gramsB);
  gramsB = y.grams;
  if (x.count === 0 || y.count === 0) return a.join('') === b.join('') ? 1 : 0;
  let shared = 0;
  let i = 0;
  let j = 0;
  while (i < x.count && j < y.count) {
    const p = x.grams[i]!;
    const q = y.grams[j]!;
    if (p === q) {
      shared++;
      i++;
      j++;
    } else if (p < q) i++;
    else j++;
  }
  return (2 * shared) / (x.count + y.count);
}

/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent transpositions) when it is at most
 * `limit`, else `limit + 1`: the band and early exit keep a typo check cheap for short words.
 */
export function boundedEditDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const width = b.length + 1;
  let before = new Array<number>(width);
  let previous = new Array<number>(width);
  let current = new Array<number>(width);
  for (let j = 0; j < width; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j < width; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, before[j - 2]! + 1);
      }
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    [before, previous, current] = [previous, current, before];
  }
  return Math.min(previous[b.length]!, limit + 1);
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
  const distance = boundedEditDistance(a, b, limit);
  return distance > limit ? 0 : 1 - distance / Math.max(a.length, b.length);
}

/** How well the words of two lists pair up one to one: the summed similarity and the number of pairs. */
export interface WordMatch {
  readonly matched: number;
  readonly pairs: number;
}

/**
 * Pairs the words of two lists one to one, best pairs first, each pair counting its word similarity.
 * Independent of word order; tolerant of typos.
 */
export function matchWords(a: readonly string[], b: readonly string[]): WordMatch {
  if (a.length === 0 || b.length === 0) return { matched: 0, pairs: 0 };
  const candidates: [number, number, number][] = [];
  for (let i = 0; i < a.length; i++) {
    for (let j = 0; j < b.length; j++) {
      const similarity = wordSimilarity(a[i]!, b[j]!);
      if (similarity > 0) candidates.push([similarity, i, j]);
    }
  }
  candidates.sort((x, y) => y[0] - x[0] || x[1] - y[1] || x[2] - y[2]);
  const usedA = new Uint8Array(a.length);
  const usedB = new Uint8Array(b.length);
  let matched = 0;
  let pairs = 0;
  for (const [similarity, i, j] of candidates) {
    if (usedA[i] || usedB[j]) continue;
    usedA[i] = 1;
    usedB[j] = 1;
    matched += similarity;
    pairs++;
  }
  return { matched, pairs };
}

/** Soft Jaccard similarity of two word lists: matched similarity over the union's size. */
export function softJaccard(a: readonly string[], b: readonly string[]): number {
  const { matched } = matchWords(a, b);
  return a.length === 0 || b.length === 0 ? 0 : matched / (a.length + b.length - matched);
}

/**
 * Dice similarity of the letter bigrams of two strings, spaces removed: catches names that differ in
 * where words are split ("Buurt Moestuin" / "Buurtmoestuin") rather than in the words themselves.
 */
export function bigramDice(a: string, b: string): number {
  const x = a.replace(/ /g, '');
  const y = b.replace(/ /g, '');
  if (x.length < 2 || y.length < 2) return x === y ? 1 : 0;
  const counts = new Map<string, number>();
  for (let i = 0; i + 2 <= x.length; i++) {
    const gram = x.slice(i, i + 2);
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  let shared = 0;
  for (let i = 0; i + 2 <= y.length; i++) {
    const gram = y.slice(i, i + 2);
    const count = counts.get(gram) ?? 0;
    if (count > 0) {
      shared++;
      counts.set(gram, count - 1);
    }
  }
  return (2 * shared) / (x.length - 1 + (y.length - 1));
}

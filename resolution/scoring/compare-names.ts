import type { NameKey } from '../features/name.ts';
import type { RecordFeatures } from '../features/record-features.ts';
import { COMPARISONS, type ComparisonVector } from './comparisons.ts';
import { bigramDice, bigramDiceBound, matchWords } from './similarity.ts';

/** A name level and the similarity behind it, in [0, 1], for explanations. */
export interface NameComparison {
  readonly level: ComparisonVector['name'];
  readonly value: number;
}

/** Place names in a name run over at most this many words ("Alphen aan den Rijn" is two after folding). */
const MAX_TOWN_WORDS = 4;
/** A one-word name must be at least this long to count as contained in a longer one. */
const MIN_CONTAINED_WORD = 4;
const ORDER: readonly string[] = COMPARISONS.name;
/** Names whose letter pairs agree this much differ only in spacing or a typo. */
const TYPO_DICE = 0.92;

/** Drops the words of a name that spell one of the towns (also over several words: "alphen" "rijn"). */
function withoutTowns(tokens: readonly string[], towns: readonly string[]): readonly string[] {
  if (towns.length === 0) return tokens;
  let drop: Uint8Array | undefined;
  for (let i = 0; i < tokens.length; i++) {
    let joined = '';
    for (let j = i; j < tokens.length && j < i + MAX_TOWN_WORDS; j++) {
      joined += tokens[j];
      if (!towns.includes(joined)) continue;
      drop ??= new Uint8Array(tokens.length);
      drop.fill(1, i, j + 1);
      break;
    }
  }
  if (drop === undefined) return tokens;
  const kept = tokens.filter((_, i) => drop[i] === 0);
  return kept.length > 0 ? kept : tokens;
}

function sameWords(x: readonly string[], y: readonly string[], a: NameKey, b: NameKey): boolean {
  if (x === a.tokens && y === b.tokens) return a.sorted === b.sorted;
  return x.length === y.length && [...x].sort().join(' ') === [...y].sort().join(' ');
}

/**
 * Compares two names with place names left out, so "Voedselbank Utrecht" in Utrecht and "Voedselbank"
 * in Amersfoort have the same name and the place comparison tells them apart. Levels: the same words
 * (`exact`), the same words with typos or other word breaks (`typo`), one name's words all inside the
 * other's (`contained`, or `contained-word` when that name is one word), some words shared (`overlap`, `low`).
 */
function compareTwo(a: NameKey, b: NameKey, towns: readonly string[], explain: boolean): NameComparison {
  const x = withoutTowns(a.tokens, towns);
  const y = withoutTowns(b.tokens, towns);
  if (sameWords(x, y, a, b)) return { level: 'exact', value: 1 };
  const found = matchWords(x, y);
  const jaccard = found.matched / (x.length + y.length - found.matched);
  // Without an explanation to write, the bigram comparison is needed only where it could decide the level.
  const dice = explain || bigramDiceBound(x, y) >= TYPO_DICE ? bigramDice(x, y) : 0;
  const value = Math.max(jaccard, dice);
  if ((x.length === y.length && found.pairs === x.length) || dice >= TYPO_DICE)
    return { level: 'typo', value };
  // Containment looks at the names as written: a town in one name is not a word the other lacks.
  const whole = x === a.tokens && y === b.tokens ? found : matchWords(a.tokens, b.tokens);
  const shorter = a.tokens.length <= b.tokens.length ? a.tokens : b.tokens;
  if (whole.pairs === shorter.length && whole.matched >= 0.9 * shorter.length) {
    if (shorter.length >= 2) return { level: 'contained', value };
    if (shorter[0]!.length >= MIN_CONTAINED_WORD) return { level: 'contained-word', value };
  }
  if (jaccard >= 0.5) return { level: 'overlap', value };
  return { level: jaccard >= 0.25 ? 'low' : 'none', value };
}

function isAcronymOf(a: NameKey, b: NameKey): boolean {
  return (
    (a.asAcronym !== undefined && b.acronyms.includes(a.asAcronym)) ||
    (b.asAcronym !== undefined && a.acronyms.includes(b.asAcronym))
  );
}

/**
 * Compares the names of two records (every name with every name, the best level counts), robust to
 * legal-form words, word order, typos, diacritics, place names and acronyms ("KiNL"). The similarity
 * `value` is exact only with `explain`; the level always is.
 */
export function compareNames(a: RecordFeatures, b: RecordFeatures, explain = true): NameComparison {
  const towns: string[] = [];
  for (const place of [a.place, b.place]) {
    if (place?.town !== undefined) towns.push(place.town);
    if (place?.townWords !== undefined && place.townWords !== place.town) towns.push(place.townWords);
  }
  let best: NameComparison = { level: 'none', value: 0 };
  let acronym = false;
  for (const x of a.names) {
    for (const y of b.names) {
      const found = compareTwo(x, y, towns, explain);
      const rank = ORDER.indexOf(found.level) - ORDER.indexOf(best.level);
      if (rank < 0 || (rank === 0 && found.value > best.value)) best = found;
      acronym ||= isAcronymOf(x, y);
    }
  }
  if (acronym && ORDER.indexOf('acronym') < ORDER.indexOf(best.level))
    return { level: 'acronym', value: best.value };
  return best;
}

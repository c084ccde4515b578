import { haversineKm } from '../../schema/index.ts';
import { compareIdentifiers } from '../features/identifiers.ts';
import { signatureSimilarity } from '../features/minhash.ts';
import type { NameKey } from '../features/name.ts';
import type { PlaceKey } from '../features/place.ts';
import type { RecordFeatures } from '../features/record-features.ts';
import { bigramDice, matchWords } from './similarity.ts';

/**
 * The comparisons of a pair and the levels each can take, as in Splink's comparison levels: the model
 * learns how often each level occurs among matches (m) and non-matches (u).
 */
export const COMPARISONS = {
  name: ['exact', 'typo', 'contained', 'acronym', 'contained-word', 'overlap', 'low', 'none'],
  place: ['close', 'town', 'region', 'other-town', 'far', 'country', 'other-country', 'unknown'],
  site: ['same', 'same-domain', 'different', 'unknown'],
  identifier: ['shared', 'conflict', 'unknown'],
  link: ['linked', 'shared', 'none'],
  description: ['high', 'medium', 'low', 'none', 'unknown'],
  legalForm: ['same', 'different', 'unknown'],
  source: ['same-directory', 'same-source', 'different'],
} as const;

/** A comparison's name. */
export type ComparisonName = keyof typeof COMPARISONS;
/** The level a pair takes in every comparison. */
export type ComparisonVector = { readonly [C in ComparisonName]: (typeof COMPARISONS)[C][number] };

/** A compared pair: the levels, plus the raw values behind them for explanations. */
export interface Comparison {
  readonly levels: ComparisonVector;
  /** Raw comparison values, e.g. `name: 0.93`, `distanceKm: 2.4`, `description: 0.5`. */
  readonly values: Readonly<Record<string, number>>;
}

/** Place names in a name run over at most this many words ("Alphen aan den Rijn" is two after folding). */
const MAX_TOWN_WORDS = 4;

/** Legal forms that name a registered entity; `none` and `other` say too little to tell two apart. */
const DISTINCT_FORMS = new Set(['stichting', 'vereniging', 'cooperatie', 'company']);

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

/** How two names compare, strongest level first; `value` is their similarity in [0, 1] for explanations. */
interface NameLikeness {
  readonly level: Exclude<ComparisonVector['name'], 'acronym'>;
  readonly value: number;
}

/** Words of a name that contain the other's words need to be at least this long to count. */
const MIN_CONTAINED_WORD = 4;

/**
 * Compares two names with place names left out, so "Voedselbank Utrecht" in Utrecht and "Voedselbank"
 * in Amersfoort have the same name and the place comparison tells them apart. Levels: the same words
 * (`exact`), the same words with typos or other word breaks (`typo`), one name's words all inside the
 * other's (`contained`, or `contained-word` when that name is one word), some words shared (`overlap`, `low`).
 */
function nameLikeness(a: NameKey, b: NameKey, towns: readonly string[]): NameLikeness {
  const x = withoutTowns(a.tokens, towns);
  const y = withoutTowns(b.tokens, towns);
  if (x.length === y.length && [...x].sort().join(' ') === [...y].sort().join(' '))
    return { level: 'exact', value: 1 };
  const { matched, pairs } = matchWords(x, y);
  const jaccard = matched / (x.length + y.length - matched);
  const dice = bigramDice(x.join(' '), y.join(' '));
  const value = Math.max(jaccard, dice);
  if ((x.length === y.length && pairs === x.length) || dice >= 0.92) return { level: 'typo', value };
  // Containment looks at the names as written: a town in one name is not a word the other lacks.
  const whole = matchWords(a.tokens, b.tokens);
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

function compareNames(
  a: RecordFeatures,
  b: RecordFeatures,
): { level: ComparisonVector['name']; value: number } {
  const towns: string[] = [];
  for (const place of [a.place, b.place]) {
    if (place?.town !== undefined) towns.push(place.town);
    if (place?.townWords !== undefined) towns.push(place.townWords);
  }
  const order = COMPARISONS.name;
  let best: NameLikeness = { level: 'none', value: 0 };
  let acronym = false;
  for (const x of a.names) {
    for (const y of b.names) {
      const likeness = nameLikeness(x, y, towns);
      const rank = order.indexOf(likeness.level) - order.indexOf(best.level);
      if (rank < 0 || (rank === 0 && likeness.value > best.value)) best = likeness;
      acronym ||= isAcronymOf(x, y);
    }
  }
  if (acronym && order.indexOf('acronym') < order.indexOf(best.level))
    return { level: 'acronym', value: best.value };
  return best;
}

function comparePlaces(
  a: PlaceKey | undefined,
  b: PlaceKey | undefined,
): { level: ComparisonVector['place']; km?: number } {
  if (a === undefined || b === undefined) return { level: 'unknown' };
  if (a.country !== undefined && b.country !== undefined && a.country !== b.country) {
    return { level: 'other-country' };
  }
  if (a.lat !== undefined && a.lon !== undefined && b.lat !== undefined && b.lon !== undefined) {
    const km = haversineKm({ lat: a.lat, lon: a.lon }, { lat: b.lat, lon: b.lon });
    if (km < 1.5) return { level: 'close', km };
    if (km < 8) return { level: 'town', km };
    if (km < 35) return { level: 'region', km };
    return { level: 'far', km };
  }
  if (a.postcode !== undefined && a.postcode === b.postcode) return { level: 'close' };
  const sameMunicipality = a.municipality !== undefined && a.municipality === b.municipality;
  const sameTown = a.town !== undefined && a.town === b.town;
  if (sameMunicipality || sameTown) return { level: 'town' };
  const bothKnown =
    (a.municipality !== undefined && b.municipality !== undefined) ||
    (a.town !== undefined && b.town !== undefined);
  return { level: bothKnown ? 'other-town' : 'unknown' };
}

function compareSites(a: RecordFeatures, b: RecordFeatures): ComparisonVector['site'] {
  if (a.site === undefined || b.site === undefined) return 'unknown';
  if (a.site.site === b.site.site) return 'same';
  return a.site.domain === b.site.domain ? 'same-domain' : 'different';
}

function compareLinks(a: RecordFeatures, b: RecordFeatures): ComparisonVector['link'] {
  if (
    (a.self !== undefined && b.links.includes(a.self)) ||
    (b.self !== undefined && a.links.includes(b.self))
  ) {
    return 'linked';
  }
  return a.links.some((link) => b.links.includes(link)) ? 'shared' : 'none';
}

function compareDescriptions(
  a: RecordFeatures,
  b: RecordFeatures,
): { level: ComparisonVector['description']; value?: number } {
  if (a.description === undefined || b.description === undefined) return { level: 'unknown' };
  const value = signatureSimilarity(a.description, b.description);
  const level = value >= 0.5 ? 'high' : value >= 0.25 ? 'medium' : value >= 0.1 ? 'low' : 'none';
  return { level, value };
}

function compareLegalForms(a: RecordFeatures, b: RecordFeatures): ComparisonVector['legalForm'] {
  if (!DISTINCT_FORMS.has(a.legalForm ?? '') || !DISTINCT_FORMS.has(b.legalForm ?? '')) return 'unknown';
  return a.legalForm === b.legalForm ? 'same' : 'different';
}

function compareSources(a: RecordFeatures, b: RecordFeatures): ComparisonVector['source'] {
  if (a.source !== b.source) return 'different';
  return a.kind === 'initiative' && b.kind === 'initiative' ? 'same-directory' : 'same-source';
}

/** Compares two records on every comparison; symmetric in `a` and `b`. */
export function compareRecords(a: RecordFeatures, b: RecordFeatures): Comparison {
  const name = compareNames(a, b);
  const place = comparePlaces(a.place, b.place);
  const description = compareDescriptions(a, b);
  const values: Record<string, number> = { name: round(name.value) };
  if (place.km !== undefined) values.distanceKm = round(place.km);
  if (description.value !== undefined) values.description = round(description.value);
  return {
    levels: {
      name: name.level,
      place: place.level,
      site: compareSites(a, b),
      identifier: compareIdentifiers(a.identifiers, b.identifiers),
      link: compareLinks(a, b),
      description: description.level,
      legalForm: compareLegalForms(a, b),
      source: compareSources(a, b),
    },
    values,
  };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

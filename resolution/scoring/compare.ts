import { compareIdentifiers } from '../features/identifiers.ts';
import { signatureSimilarity } from '../features/minhash.ts';
import type { NameKey } from '../features/name.ts';
import { distanceKm, type PlaceKey } from '../features/place.ts';
import type { RecordFeatures } from '../features/record-features.ts';
import { bigramDice, softJaccard } from './similarity.ts';

/**
 * The comparisons of a pair and the levels each can take, as in Splink's comparison levels: the model
 * learns how often each level occurs among matches (m) and non-matches (u).
 */
export const COMPARISONS = {
  name: ['exact', 'high', 'medium', 'acronym', 'low', 'none'],
  place: ['close', 'town', 'region', 'other-town', 'far', 'other-country', 'unknown'],
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

/** Legal forms that name a registered entity; `none` and `other` say too little to tell two apart. */
const DISTINCT_FORMS = new Set(['stichting', 'vereniging', 'cooperatie', 'company']);

function withoutTowns(tokens: readonly string[], towns: ReadonlySet<string>): readonly string[] {
  if (towns.size === 0) return tokens;
  const kept = tokens.filter((token) => !towns.has(token));
  return kept.length > 0 ? kept : tokens;
}

/**
 * Similarity of two names in [0, 1] with place names left out: "Voedselbank Utrecht" in Utrecht and
 * "Voedselbank" in Amersfoort have alike names, and the place comparison tells them apart.
 */
function nameSimilarity(a: NameKey, b: NameKey, towns: ReadonlySet<string>): number {
  const x = withoutTowns(a.tokens, towns);
  const y = withoutTowns(b.tokens, towns);
  if (x.length === y.length && [...x].sort().join(' ') === [...y].sort().join(' ')) return 1;
  return Math.max(softJaccard(x, y), 0.95 * bigramDice(x.join(' '), y.join(' ')));
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
  const towns = new Set<string>();
  if (a.place?.town !== undefined) towns.add(a.place.town);
  if (b.place?.town !== undefined) towns.add(b.place.town);
  let best = 0;
  let acronym = false;
  for (const x of a.names) {
    for (const y of b.names) {
      best = Math.max(best, nameSimilarity(x, y, towns));
      acronym ||= isAcronymOf(x, y);
    }
  }
  if (best === 1) return { level: 'exact', value: 1 };
  if (best >= 0.88) return { level: 'high', value: best };
  if (best >= 0.7) return { level: 'medium', value: best };
  if (acronym) return { level: 'acronym', value: best };
  return { level: best >= 0.45 ? 'low' : 'none', value: best };
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
    const km = distanceKm(a.lat, a.lon, b.lat, b.lon);
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

import { haversineKm } from '../../schema/index.ts';
import { compareIdentifiers } from '../features/identifiers.ts';
import { signatureSimilarity } from '../features/minhash.ts';
import type { PlaceKey } from '../features/place.ts';
import type { RecordFeatures } from '../features/record-features.ts';
import { compareNames } from './compare-names.ts';
import { COMPARISONS, type ComparisonName, type ComparisonVector } from './comparisons.ts';

export { COMPARISONS, type ComparisonName, type ComparisonVector };

/** A compared pair: the levels, plus the raw values behind them for explanations. */
export interface Comparison {
  readonly levels: ComparisonVector;
  /** Raw comparison values, e.g. `name: 0.93`, `distanceKm: 2.4`, `description: 0.5`. */
  readonly values: Readonly<Record<string, number>>;
}

/** Legal forms that name a registered entity; `none` and `other` say too little to tell two apart. */
const DISTINCT_FORMS = new Set(['stichting', 'vereniging', 'cooperatie', 'company']);

function distanceBetween(a: PlaceKey, b: PlaceKey): number | undefined {
  if (a.lat === undefined || a.lon === undefined || b.lat === undefined || b.lon === undefined)
    return undefined;
  return haversineKm({ lat: a.lat, lon: a.lon }, { lat: b.lat, lon: b.lon });
}

/** Compares places: by distance when both have a point, else by postcode, municipality and town. */
export function comparePlaces(a: PlaceKey | undefined, b: PlaceKey | undefined): ComparisonVector['place'] {
  if (a === undefined || b === undefined) return 'unknown';
  if (a.country !== undefined && b.country !== undefined && a.country !== b.country) return 'other-country';
  const km = distanceBetween(a, b);
  if (km !== undefined) return km < 1.5 ? 'close' : km < 8 ? 'town' : km < 35 ? 'region' : 'far';
  if (a.postcode !== undefined && a.postcode === b.postcode) return 'close';
  if (
    (a.municipality !== undefined && a.municipality === b.municipality) ||
    (a.town !== undefined && a.town === b.town)
  ) {
    return 'town';
  }
  const bothKnown =
    (a.municipality !== undefined && b.municipality !== undefined) ||
    (a.town !== undefined && b.town !== undefined);
  if (bothKnown) return 'other-town';
  return a.country !== undefined && a.country === b.country ? 'country' : 'unknown';
}

export function compareSites(a: RecordFeatures, b: RecordFeatures): ComparisonVector['site'] {
  if (a.site === undefined || b.site === undefined) return 'unknown';
  if (a.site.site === b.site.site) return 'same';
  return a.site.domain === b.site.domain ? 'same-domain' : 'different';
}

export function compareLinks(a: RecordFeatures, b: RecordFeatures): ComparisonVector['link'] {
  if (a.links.length === 0 && b.links.length === 0) return 'none';
  if (
    (a.self !== undefined && b.links.includes(a.self)) ||
    (b.self !== undefined && a.links.includes(b.self))
  ) {
    return 'linked';
  }
  return a.links.some((link) => b.links.includes(link)) ? 'shared' : 'none';
}

function descriptionSimilarity(a: RecordFeatures, b: RecordFeatures): number | undefined {
  if (a.description === undefined || b.description === undefined) return undefined;
  return signatureSimilarity(a.description, b.description);
}

/** Compares descriptions by the estimated overlap of their content words. */
export function compareDescriptions(a: RecordFeatures, b: RecordFeatures): ComparisonVector['description'] {
  const value = descriptionSimilarity(a, b);
  if (value === undefined) return 'unknown';
  return value >= 0.5 ? 'high' : value >= 0.25 ? 'medium' : value >= 0.1 ? 'low' : 'none';
}

export function compareLegalForms(a: RecordFeatures, b: RecordFeatures): ComparisonVector['legalForm'] {
  if (!DISTINCT_FORMS.has(a.legalForm ?? '') || !DISTINCT_FORMS.has(b.legalForm ?? '')) return 'unknown';
  return a.legalForm === b.legalForm ? 'same' : 'different';
}

export function compareSources(a: RecordFeatures, b: RecordFeatures): ComparisonVector['source'] {
  if (a.source !== b.source) return 'different';
  return a.kind === 'initiative' && b.kind === 'initiative' ? 'same-directory' : 'same-source';
}

/** Compares two records on every comparison, with the raw values for explanations; symmetric in `a` and `b`. */
export function compareRecords(a: RecordFeatures, b: RecordFeatures): Comparison {
  const name = compareNames(a, b);
  const values: Record<string, number> = { name: round(name.value) };
  const km = a.place === undefined || b.place === undefined ? undefined : distanceBetween(a.place, b.place);
  if (km !== undefined) values.distanceKm = round(km);
  const description = descriptionSimilarity(a, b);
  if (description !== undefined) values.description = round(description);
  return {
    levels: {
      name: name.level,
      place: comparePlaces(a.place, b.place),
      site: compareSites(a, b),
      identifier: compareIdentifiers(a.identifiers, b.identifiers),
      link: compareLinks(a, b),
      description: compareDescriptions(a, b),
      legalForm: compareLegalForms(a, b),
      source: compareSources(a, b),
    },
    values,
  };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

import {
  DEFAULT_MAX_CENTROID_KM,
  GERMAN_CITIES,
  type GermanCity,
  haversineKm,
  type Municipality,
  NL_MUNICIPALITIES,
  postcodeRangesOf,
  provinceByCode,
} from '../../../schema/index.ts';
import { DE_AREAS, NL_AREAS, streetName } from './place-names.ts';
import type { Rng } from './rng.ts';
import type { WorldLanguage, WorldPlace } from './types.ts';
import { INTERNATIONAL } from './world-countries.ts';

/** Letters Dutch postcodes use (PostNL leaves out F, I, O, Q, U and Y). */
const POSTCODE_LETTERS = 'ABCDEGHJKLMNPRSTVWXZ';

/** Chooses a real place for an initiative of `country`, with a postcode in range and jittered coordinates. */
export function pickPlace(rng: Rng, country: string): WorldPlace {
  if (country === 'NL') return dutchPlace(rng);
  if (country === 'DE') return germanPlace(rng);
  const entry = INTERNATIONAL.find((candidate) => candidate.country === country);
  if (!entry) throw new Error(`the world has no places in ${country}`);
  const city = rng.pick(entry.cities);
  const point = jitter(rng, city, 3);
  return {
    country,
    locality: city.name,
    area: rng.pick(city.areas),
    region: entry.region,
    address: rng.chance(0.5) ? streetAddress(rng, entry.language) : undefined,
    ...point,
  };
}

function municipalityWeight(municipality: Municipality): number {
  if (['GM0363', 'GM0599'].includes(municipality.code)) return 8;
  if (['GM0518', 'GM0344'].includes(municipality.code)) return 6;
  return postcodeRangesOf(municipality.code).length > 0 ? 2 : 1;
}

const WEIGHTED_MUNICIPALITIES = NL_MUNICIPALITIES.map((m) => [m, municipalityWeight(m)] as const);

function dutchPlace(rng: Rng): WorldPlace {
  const municipality = rng.weighted(WEIGHTED_MUNICIPALITIES);
  const ranges = postcodeRangesOf(municipality.code);
  let postcode: string | undefined;
  if (ranges.length > 0) {
    const range = rng.pick(ranges);
    let letters: string;
    do letters = rng.pick([...POSTCODE_LETTERS]) + rng.pick([...POSTCODE_LETTERS]);
    while (letters === 'SA' || letters === 'SD' || letters === 'SS');
    postcode = `${rng.int(range.from, range.to)} ${letters}`;
  }
  const areas = NL_AREAS[municipality.code];
  return {
    country: 'NL',
    locality: townOf(municipality),
    area: areas ? rng.pick(areas) : undefined,
    municipality: { code: municipality.code, name: municipality.name },
    region: provinceByCode(municipality.province)?.name,
    postcode,
    address: postcode && rng.chance(0.7) ? streetAddress(rng, 'nl') : undefined,
    ...dutchPoint(rng, municipality),
  };
}

/** The town people write as locality: the main town of a merged municipality, "Den Haag" for 's-Gravenhage. */
function townOf(municipality: Municipality): string {
  const town = municipality.aliases?.find((alias) => !alias.includes('('));
  return town ?? municipality.name;
}

/** How far a Dutch initiative may lie from its municipality's centroid. */
const DUTCH_JITTER_KM = 1.5;

/**
 * Municipalities whose centroid is close enough to take a jittered point away from this one:
 * a point within r of its own centroid can only be nearer to a centroid less than 2r away.
 */
const RIVALS = new Map<string, readonly Municipality[]>(
  NL_MUNICIPALITIES.map((m) => [
    m.code,
    NL_MUNICIPALITIES.filter((other) => other !== m && haversineKm(m, other) < 2 * DUTCH_JITTER_KM),
  ]),
);

/** A point near the municipality's centroid that the nearest-centroid lookup still attributes to it. */
function dutchPoint(rng: Rng, municipality: Municipality): { lat: number; lon: number } {
  const rivals = RIVALS.get(municipality.code) ?? [];
  for (let attempt = 0; attempt < 4; attempt++) {
    const point = jitter(rng, municipality, DUTCH_JITTER_KM);
    const own = haversineKm(point, municipality);
    if (own <= DEFAULT_MAX_CENTROID_KM && rivals.every((rival) => haversineKm(point, rival) > own))
      return point;
  }
  return { lat: municipality.lat, lon: municipality.lon };
}

/** German cities weighted roughly by size: Berlin most, then Hamburg and München, then the next five. */
const WEIGHTED_CITIES = GERMAN_CITIES.map((c, i) => [c, i === 0 ? 6 : i < 3 ? 3 : i < 8 ? 2 : 1] as const);

function germanPlace(rng: Rng): WorldPlace {
  const city: GermanCity = rng.weighted(WEIGHTED_CITIES);
  const [first, last] = city.postcodes.map(Number) as [number, number];
  const areas = DE_AREAS[city.name];
  return {
    country: 'DE',
    locality: city.name,
    area: areas ? rng.pick(areas) : undefined,
    region: city.state,
    postcode: String(rng.int(first, last)).padStart(5, '0'),
    address: rng.chance(0.7) ? streetAddress(rng, 'de') : undefined,
    ...jitter(rng, city, 4),
  };
}

function streetAddress(rng: Rng, language: WorldLanguage): string {
  const street = streetName(rng, language);
  const number = rng.int(1, 180);
  return language === 'en' ? `${number} ${street}` : `${street} ${number}`;
}

/** A point within `km` of the centre, uniform over the disc, rounded to 5 decimals (about a metre). */
function jitter(rng: Rng, centre: { lat: number; lon: number }, km: number): { lat: number; lon: number } {
  const distance = km * Math.sqrt(rng.next());
  const angle = rng.next() * 2 * Math.PI;
  const dLat = (distance * Math.cos(angle)) / 111.32;
  const dLon = (distance * Math.sin(angle)) / (111.32 * Math.cos((centre.lat * Math.PI) / 180));
  return { lat: round5(centre.lat + dLat), lon: round5(centre.lon + dLon) };
}

function round5(value: number): number {
  return Math.round(value * 1e5) / 1e5;
}

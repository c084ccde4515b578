import type { Location } from '../model/index.ts';
import { nearest } from './geo.ts';
import {
  type Municipality,
  municipalityByCode,
  municipalityByName,
  NL_MUNICIPALITIES,
} from './municipalities.ts';
import { municipalityForPostcode } from './postcodes.ts';
import { provinceByCode } from './provinces.ts';

/**
 * How far a point may lie from a municipality's centroid and still be attributed to it. Seven
 * kilometres covers the built-up area of the larger towns; the list holds only part of the 342
 * municipalities, so a larger radius would pull villages into a neighbour that happens to be listed.
 */
export const DEFAULT_MAX_CENTROID_KM = 7;

/** Options of `deriveMunicipality`. */
export interface DeriveMunicipalityOptions {
  /** Maximum distance in km from a municipality's centroid for the coordinate fallback. */
  readonly maxDistanceKm?: number;
}

/**
 * Fills the Dutch municipality of a location and its province as `region`, and lists what it filled
 * in `derived`. Tries, in order: the postcode's PC4 range, the locality's name, the nearest centroid
 * within `maxDistanceKm` of the coordinates. Locations outside the Netherlands come back unchanged;
 * without a country, only unambiguous evidence (a full "1234 AB" postcode, a listed name, nearby
 * coordinates) counts, and `country` is then derived as NL too.
 *
 * @example
 * deriveMunicipality({ postcode: '3581 KP', country: 'NL' });
 * // { postcode: '3581 KP', country: 'NL', municipality: { code: 'GM0344', name: 'Utrecht' },
 * //   region: 'Utrecht', derived: ['municipality', 'region'] }
 */
export function deriveMunicipality(location: Location, options: DeriveMunicipalityOptions = {}): Location {
  if (location.country && location.country !== 'NL') return location;
  const municipality = location.municipality
    ? municipalityByCode(location.municipality.code)
    : findMunicipality(location, options.maxDistanceKm ?? DEFAULT_MAX_CENTROID_KM);
  if (!municipality) return location;
  const derived = new Set(location.derived ?? []);
  const result: Location = { ...location };
  if (!result.municipality) {
    result.municipality = { code: municipality.code, name: municipality.name };
    derived.add('municipality');
  }
  const province = provinceByCode(municipality.province);
  if (!result.region && province) {
    result.region = province.name;
    derived.add('region');
  }
  if (!result.country) {
    result.country = 'NL';
    derived.add('country');
  }
  if (derived.size > 0) result.derived = [...derived];
  return result;
}

function findMunicipality(location: Location, maxKm: number): Municipality | undefined {
  const postcode = location.postcode?.trim();
  if (postcode && (location.country === 'NL' || /\d{4}\s?[a-z]{2}$/i.test(postcode))) {
    const byPostcode = municipalityForPostcode(postcode);
    if (byPostcode) return byPostcode;
  }
  const byName = location.locality ? municipalityByName(location.locality) : undefined;
  if (byName) return byName;
  if (location.lat !== undefined && location.lon !== undefined) {
    return nearest({ lat: location.lat, lon: location.lon }, NL_MUNICIPALITIES, maxKm);
  }
  return undefined;
}

import type { Location } from '../model/index.ts';
import { countryCode } from './countries.ts';
import { type DeriveMunicipalityOptions, deriveMunicipality } from './derive-municipality.ts';
import { germanCityByName } from './german-cities.ts';
import { normalizePostcode } from './postcode.ts';

/** A location as a platform gives it: untrimmed text, a country name or code, coordinates that may be missing. */
export interface LocationInput {
  readonly address?: string | null;
  readonly postcode?: string | null;
  readonly locality?: string | null;
  readonly region?: string | null;
  /** A country name in English, German or Dutch, or an ISO alpha-2 or alpha-3 code. */
  readonly country?: string | null;
  readonly lat?: number | null;
  readonly lon?: number | null;
  readonly municipality?: Location['municipality'];
  readonly district?: Location['district'];
  readonly neighbourhood?: Location['neighbourhood'];
}

/**
 * Turns a platform's location into a canonical `Location`: trims text and drops empty values, maps
 * the country to ISO alpha-2 (an unknown country is dropped), normalises the postcode for its country,
 * drops unusable coordinates (out of range, or exactly 0,0 - the usual placeholder for "unknown"), and
 * derives the municipality and province for Dutch locations and the state for known German cities.
 * Returns undefined when nothing is left.
 *
 * @example
 * normalizeLocation({ postcode: '3581kp ', locality: 'Utrecht', country: 'Niederlande' });
 * // { postcode: '3581 KP', locality: 'Utrecht', country: 'NL', municipality: { code: 'GM0344', ... }, ... }
 */
export function normalizeLocation(
  input: LocationInput,
  options: DeriveMunicipalityOptions = {},
): Location | undefined {
  const country = countryCode(input.country);
  const location: Location = {};
  const address = clean(input.address);
  const postcode = normalizePostcode(country, input.postcode);
  const locality = clean(input.locality);
  const region = clean(input.region);
  if (address) location.address = address;
  if (postcode) location.postcode = postcode;
  if (locality) location.locality = locality;
  if (input.municipality) location.municipality = input.municipality;
  if (input.district) location.district = input.district;
  if (input.neighbourhood) location.neighbourhood = input.neighbourhood;
  if (region) location.region = region;
  if (country) location.country = country;
  const { lat, lon } = input;
  if (typeof lat === 'number' && typeof lon === 'number' && usableCoordinates(lat, lon)) {
    location.lat = lat;
    location.lon = lon;
  }
  if (Object.keys(location).length === 0) return undefined;
  if (country === 'DE') return withGermanState(location);
  return deriveMunicipality(location, options);
}

function clean(value: string | null | undefined): string | undefined {
  const trimmed = value?.trim().replace(/\s+/g, ' ');
  return trimmed ? trimmed : undefined;
}

function usableCoordinates(lat: number, lon: number): boolean {
  if (!Number.isFinite(lat) || !Number.isFinite(lon)) return false;
  if (lat === 0 && lon === 0) return false;
  return Math.abs(lat) <= 90 && Math.abs(lon) <= 180;
}

function withGermanState(location: Location): Location {
  if (location.region || !location.locality) return location;
  const city = germanCityByName(location.locality);
  if (!city) return location;
  return { ...location, region: city.state, derived: [...(location.derived ?? []), 'region'] };
}

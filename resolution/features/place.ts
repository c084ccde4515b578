import type { Location } from '../../schema/index.ts';
import { germanCityByName, municipalityByName } from '../../schema/index.ts';
import { intern } from './intern.ts';
import { contentWords, foldName } from './name.ts';

/** Where a record says the initiative is, reduced for comparison; every part may be missing. */
export interface PlaceKey {
  readonly country?: string;
  /** CBS municipality code (`GM0344`) when known. */
  readonly municipality?: string;
  /** Folded town or municipality name without spaces or punctuation (`shertogenbosch`). */
  readonly town?: string;
  /** The town's meaningful words joined, as they appear among a name's tokens (`alphenrijn`). */
  readonly townWords?: string;
  /** Postal code without spaces, upper case (`3511AB`). */
  readonly postcode?: string;
  readonly lat?: number;
  readonly lon?: number;
}

/** Reduces a location to a place key, or undefined when it says nothing about where. */
export function placeKey(location: Location | undefined): PlaceKey | undefined {
  if (location === undefined) return undefined;
  const townName = location.locality ?? location.municipality?.name;
  const town = townName === undefined ? undefined : foldName(townName).replace(/ /g, '') || undefined;
  // A Dutch town named without its code still names a municipality ("Den Haag" is GM0518).
  const dutch = location.country === undefined || location.country === 'NL';
  const municipality =
    location.municipality?.code ??
    (dutch && townName !== undefined ? municipalityByName(townName)?.code : undefined);
  const postcode = location.postcode?.replace(/\s+/g, '').toUpperCase() || undefined;
  const hasPoint = location.lat !== undefined && location.lon !== undefined;
  if (
    location.country === undefined &&
    municipality === undefined &&
    town === undefined &&
    postcode === undefined &&
    !hasPoint
  ) {
    return undefined;
  }
  // Every place key has the same fields, so a million of them share one object shape.
  return {
    country: location.country === undefined ? undefined : intern(location.country),
    municipality: municipality === undefined ? undefined : intern(municipality),
    town: town === undefined ? undefined : intern(town),
    townWords:
      town === undefined || townName === undefined ? undefined : intern(contentWords(townName).join('')),
    postcode: postcode === undefined ? undefined : intern(postcode),
    lat: hasPoint ? location.lat : undefined,
    lon: hasPoint ? location.lon : undefined,
  };
}

/**
 * The place a name states when the record's location does not: a qualifier such as "(Zwolle)" or
 * "- Midden-Drenthe" that names a known Dutch municipality or German city.
 */
export function placeFromQualifier(
  qualifier: string | undefined,
  place: PlaceKey | undefined,
): PlaceKey | undefined {
  if (qualifier === undefined || place?.town !== undefined || place?.municipality !== undefined) return place;
  const dutch = municipalityByName(qualifier);
  const known = dutch?.name ?? germanCityByName(qualifier)?.name;
  if (known === undefined) return place;
  return {
    country: place?.country,
    municipality: dutch?.code,
    town: intern(foldName(qualifier).replace(/ /g, '')),
    townWords: intern(contentWords(known).join('')),
    postcode: place?.postcode,
    lat: place?.lat,
    lon: place?.lon,
  };
}

/** The keys a place can be found under for blocking: municipality code and town name. */
export function placeBlockingKeys(place: PlaceKey | undefined): string[] {
  if (place === undefined) return [];
  const keys: string[] = [];
  if (place.municipality !== undefined) keys.push(place.municipality);
  if (place.town !== undefined) keys.push(place.town);
  return keys;
}

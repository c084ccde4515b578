import type { Location } from '../../schema/index.ts';
import { foldName } from './name.ts';

/** Where a record says the initiative is, reduced for comparison; every part may be missing. */
export interface PlaceKey {
  readonly country?: string;
  /** CBS municipality code (`GM0344`) when known. */
  readonly municipality?: string;
  /** Folded town or municipality name, `s-hertogenbosch` style punctuation removed. */
  readonly town?: string;
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
  const postcode = location.postcode?.replace(/\s+/g, '').toUpperCase() || undefined;
  const hasPoint = location.lat !== undefined && location.lon !== undefined;
  const place: PlaceKey = {
    ...(location.country === undefined ? {} : { country: location.country }),
    ...(location.municipality?.code === undefined ? {} : { municipality: location.municipality.code }),
    ...(town === undefined ? {} : { town }),
    ...(postcode === undefined ? {} : { postcode }),
    ...(hasPoint ? { lat: location.lat, lon: location.lon } : {}),
  };
  return Object.keys(place).length === 0 ? undefined : place;
}

const EARTH_RADIUS_KM = 6371;

/** Great-circle distance in kilometres between two WGS84 points. */
export function distanceKm(aLat: number, aLon: number, bLat: number, bLon: number): number {
  const toRad = Math.PI / 180;
  const dLat = (bLat - aLat) * toRad;
  const dLon = (bLon - aLon) * toRad;
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(aLat * toRad) * Math.cos(bLat * toRad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The keys a place can be found under for blocking: municipality code and town name. */
export function placeBlockingKeys(place: PlaceKey | undefined): string[] {
  if (place === undefined) return [];
  const keys: string[] = [];
  if (place.municipality !== undefined) keys.push(place.municipality);
  if (place.town !== undefined) keys.push(place.town);
  return keys;
}

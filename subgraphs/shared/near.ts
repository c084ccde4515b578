import { haversineKm, type LatLon } from '../../schema/index.ts';
import { badUserInput } from './errors.ts';

/** A circle on the map: `near: { lat, lon, radiusKm }` as clients send it. */
export interface Near extends LatLon {
  readonly radiusKm: number;
}

/** The largest radius a `near` argument may ask for; beyond it, a country filter says the same. */
export const MAX_RADIUS_KM = 1000;

/** Checks a `near` argument (coordinates on the globe, a positive radius), naming the argument when wrong. */
export function checkNear(near: Near | null | undefined, argumentName = 'near'): Near | undefined {
  if (!near) return undefined;
  if (!(near.lat >= -90 && near.lat <= 90))
    throw badUserInput(`${argumentName}.lat`, 'must be between -90 and 90');
  if (!(near.lon >= -180 && near.lon <= 180))
    throw badUserInput(`${argumentName}.lon`, 'must be between -180 and 180');
  if (!(near.radiusKm > 0 && near.radiusKm <= MAX_RADIUS_KM))
    throw badUserInput(`${argumentName}.radiusKm`, `must be above 0 and at most ${MAX_RADIUS_KM}`);
  return near;
}

/** Distance in km from the centre of `near` to a point, or undefined when the point lies outside the circle. */
export function distanceWithin(near: Near, point: Partial<LatLon> | undefined): number | undefined {
  if (point?.lat === undefined || point.lon === undefined) return undefined;
  // A cheap box test first: one degree of latitude is 111 km, and haversine is only needed inside the box.
  if (Math.abs(point.lat - near.lat) * 111 > near.radiusKm) return undefined;
  const km = haversineKm(near, { lat: point.lat, lon: point.lon });
  return km <= near.radiusKm ? km : undefined;
}

/** A point in WGS84 degrees. */
export interface LatLon {
  readonly lat: number;
  readonly lon: number;
}

const EARTH_RADIUS_KM = 6371.0088;

/** Great-circle distance between two points in kilometres (haversine formula, mean earth radius). */
export function haversineKm(a: LatLon, b: LatLon): number {
  const toRad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * toRad;
  const dLon = (b.lon - a.lon) * toRad;
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * toRad) * Math.cos(b.lat * toRad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The candidate nearest to `point`, or undefined when none lies within `maxKm`. */
export function nearest<T extends LatLon>(
  point: LatLon,
  candidates: readonly T[],
  maxKm: number,
): T | undefined {
  let best: T | undefined;
  let bestKm = maxKm;
  for (const candidate of candidates) {
    const km = haversineKm(point, candidate);
    if (km <= bestKm) {
      best = candidate;
      bestKm = km;
    }
  }
  return best;
}

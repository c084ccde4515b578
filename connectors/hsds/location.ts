import { type Location, normalizeLocation } from '../../schema/index.ts';
import type { HsdsAddress, HsdsLocation } from './raw.ts';

/** Address types in the order an address says where something is: a visit address before a postal one. */
const ADDRESS_PREFERENCE = ['physical', 'virtual', 'postal'];

/**
 * The canonical location of an HSDS location: its preferred address (physical before postal) and its
 * coordinates, the country falling back to the directory's. Coordinates out of range (the HSDS examples
 * carry 100, 101) are dropped by `normalizeLocation`.
 */
export function hsdsLocation(location: HsdsLocation, country: string | undefined): Location | undefined {
  const address = preferredAddress(location);
  const street = [address?.address_1, address?.address_2].filter((part) => part?.trim()).join(', ');
  return normalizeLocation({
    address: street || undefined,
    postcode: address?.postal_code,
    locality: address?.city,
    region: address?.state_province || address?.region,
    country: address?.country || country,
    lat: location.latitude,
    lon: location.longitude,
  });
}

/** The first location that yields a usable canonical location, physical ones first. */
export function firstLocation(
  locations: readonly (HsdsLocation | null | undefined)[],
  country: string | undefined,
): Location | undefined {
  const present = locations.filter((location): location is HsdsLocation => !!location);
  const ordered = [
    ...present.filter((location) => location.location_type !== 'virtual'),
    ...present.filter((location) => location.location_type === 'virtual'),
  ];
  for (const location of ordered) {
    const mapped = hsdsLocation(location, country);
    if (mapped && (mapped.locality || mapped.postcode || mapped.lat !== undefined)) return mapped;
  }
  return undefined;
}

function preferredAddress(location: HsdsLocation): HsdsAddress | undefined {
  const all = [
    ...(location.addresses ?? []),
    ...(location.physical_addresses ?? []).map((a) => ({ ...a, address_type: a.address_type || 'physical' })),
    ...(location.postal_addresses ?? []).map((a) => ({ ...a, address_type: a.address_type || 'postal' })),
  ];
  const rank = (address: HsdsAddress) => {
    const index = ADDRESS_PREFERENCE.indexOf(address.address_type ?? '');
    return index < 0 ? ADDRESS_PREFERENCE.length : index;
  };
  return [...all].sort((a, b) => rank(a) - rank(b))[0];
}

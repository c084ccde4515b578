import { type Location, normalizeLocation } from '../../schema/index.ts';
import type { DeedmobCoordinates } from './raw.ts';

/** Where a deed or an organisation is, as Deedmob writes it. */
export interface DeedmobPlace {
  /** One line in Google's style: "Christiaan Krammlaan 2, 3571 AX Utrecht, Nederland" or "Renkum, Gelderland, Nederland". */
  readonly address?: string | null;
  readonly postcode?: string | null;
  readonly city?: string | null;
  readonly country_code?: string | null;
  readonly coordinates?: DeedmobCoordinates;
}

const POSTCODE = /\b(\d{4}\s?[A-Z]{2})\b/i;

/**
 * A Deedmob place as a canonical location: the street from the address line (its first part, when that is
 * neither the town, a postcode nor a province), the postcode from the field or else the address line, the
 * town without the "gemeente " that sites put before municipality names, and the coordinates. The Dutch
 * municipality and province are derived from the postcode, the town or the point.
 *
 * @example
 * deedmobLocation({ address: 'Grote Markt, 9712 HN gemeente Groningen, Nederland', city: 'gemeente Groningen' });
 * // { address: 'Grote Markt', postcode: '9712 HN', locality: 'Groningen', municipality: { code: 'GM0014', ... }, ... }
 */
export function deedmobLocation(place: DeedmobPlace): Location | undefined {
  const parts = (place.address ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  const locality = place.city?.replace(/^gemeente\s+/i, '').trim() || localityOf(parts);
  const postcode = place.postcode?.trim() || POSTCODE.exec(place.address ?? '')?.[1];
  const country = place.country_code ?? (/nederland$/i.test(parts.at(-1) ?? '') ? 'NL' : undefined);
  const first = parts[0];
  const street =
    parts.length > 2 &&
    first &&
    !POSTCODE.test(first) &&
    !sameText(first, locality) &&
    /\p{L}{3}/u.test(first)
      ? first
      : undefined;
  return normalizeLocation({
    address: street,
    postcode,
    locality,
    country,
    lat: place.coordinates?.lat,
    lon: place.coordinates?.lng,
  });
}

/** The town in an address line: the part before the province, after any postcode. */
function localityOf(parts: readonly string[]): string | undefined {
  const withPostcode = parts.find((part) => POSTCODE.test(part));
  const town = withPostcode?.replace(POSTCODE, '').trim();
  if (town) return town.replace(/^gemeente\s+/i, '');
  return parts.length >= 3 ? parts[parts.length - 3] : undefined;
}

function sameText(a: string, b: string | undefined): boolean {
  return b !== undefined && a.toLowerCase() === b.toLowerCase();
}

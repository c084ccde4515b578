import { type Location, normalizeLocation } from '../../schema/index.ts';
import {
  hasJsonLdType,
  jsonLdFirst,
  jsonLdNode,
  jsonLdNumber,
  jsonLdString,
  type JsonLdNode,
  type JsonLdValue,
} from '../sdk/index.ts';

/**
 * The canonical location of a schema.org place, as pages write it: a `Place` with an `address` and `geo`,
 * a `PostalAddress` on its own, an organisation's `address` and `geo`, or an address as one line of text.
 * The country is the address's (a code, a name or a `Country` node), else the site's.
 */
export function placeLocation(
  value: JsonLdValue | undefined,
  country: string | undefined,
): Location | undefined {
  if (typeof value === 'string') return normalizeLocation({ address: value, country });
  const node = jsonLdNode(value);
  if (!node || hasJsonLdType(node, 'VirtualLocation')) return undefined;
  const address = hasJsonLdType(node, 'PostalAddress') ? node : jsonLdFirst(node, 'address');
  const geo = jsonLdNode(jsonLdFirst(node, 'geo')) ?? node;
  return withAddress(address, geo, country) ?? placeLocation(jsonLdFirst(node, 'location'), country);
}

function withAddress(
  address: JsonLdValue | undefined,
  geo: JsonLdNode,
  country: string | undefined,
): Location | undefined {
  const lat = jsonLdNumber(jsonLdFirst(geo, 'latitude'));
  const lon = jsonLdNumber(jsonLdFirst(geo, 'longitude'));
  if (typeof address === 'string') return textLocation(address, country, lat, lon);
  const postal = jsonLdNode(address);
  const countryValue = jsonLdFirst(postal, 'addressCountry');
  return normalizeLocation({
    address: jsonLdString(postal, 'streetAddress'),
    postcode: jsonLdString(postal, 'postalCode'),
    locality: jsonLdString(postal, 'addressLocality'),
    region: jsonLdString(postal, 'addressRegion'),
    country:
      jsonLdString(jsonLdNode(countryValue), 'name') ?? jsonLdString(postal, 'addressCountry') ?? country,
    lat,
    lon,
  });
}

/** A Dutch postcode and town at the end of a one-line address: "Kanaalstraat 12, 3531 CJ Utrecht". */
const DUTCH_TAIL = /^(.*?),?\s*(\d{4}\s?[A-Za-z]{2})\s+([^,\d][^,]*)$/;

/** An address written as one line; a Dutch postcode and town at its end are read as such. */
function textLocation(
  text: string,
  country: string | undefined,
  lat?: number,
  lon?: number,
): Location | undefined {
  const dutch = DUTCH_TAIL.exec(text.trim());
  if (!dutch) return normalizeLocation({ address: text, country, lat, lon });
  const [, street, postcode, locality] = dutch;
  return normalizeLocation({ address: street, postcode, locality, country: country ?? 'NL', lat, lon });
}

import { type Location, normalizeLocation } from '../../../schema/index.ts';
import { kvk, type OrgId, rsin, ukCompany, uniqueIds, usEin } from '../normalize/index.ts';
import { anyUkCharity, orgIdentifier } from '../org-id/index.ts';
import { isJsonLdNode, type JsonLdNode, type JsonLdValue } from './nodes.ts';
import {
  hasJsonLdType,
  jsonLdFirst,
  jsonLdNode,
  jsonLdNumber,
  jsonLdString,
  jsonLdText,
  jsonLdValues,
} from './values.ts';

/**
 * The canonical location of a schema.org place as pages write one: a `Place` (or an organisation) with
 * `address` and `geo`, a `PostalAddress` on its own, a `GeoCoordinates`, an address as one line of text, or a
 * place nested in `location`. `addressCountry` may be a code, a name or a `Country` node; `country` is the
 * fallback for addresses that name none. Virtual locations have no place.
 *
 * @example
 * schemaOrgLocation({ '@type': 'Place', address: { postalCode: '3531 ES', addressLocality: 'Utrecht' } }, 'NL');
 */
export function schemaOrgLocation(value: JsonLdValue | undefined, country?: string): Location | undefined {
  const first = Array.isArray(value) ? (value as readonly JsonLdValue[])[0] : value;
  if (typeof first === 'string') return normalizeLocation({ address: first, country });
  if (!isJsonLdNode(first) || hasJsonLdType(first, 'VirtualLocation')) return undefined;
  const address = hasJsonLdType(first, 'PostalAddress') ? first : jsonLdFirst(first, 'address');
  const geo = hasJsonLdType(first, 'GeoCoordinates')
    ? first
    : (jsonLdNode(jsonLdFirst(first, 'geo')) ?? first);
  const lat = jsonLdNumber(jsonLdFirst(geo, 'latitude'));
  const lon = jsonLdNumber(jsonLdFirst(geo, 'longitude'));
  if (typeof address === 'string') return normalizeLocation({ address, country, lat, lon });
  const postal = jsonLdNode(address);
  if (!postal && lat === undefined) return schemaOrgLocation(jsonLdFirst(first, 'location'), country);
  const countryValue = jsonLdFirst(postal, 'addressCountry');
  return normalizeLocation({
    address: jsonLdString(postal, 'streetAddress'),
    postcode: jsonLdString(postal, 'postalCode'),
    locality: jsonLdString(postal, 'addressLocality'),
    region: jsonLdString(postal, 'addressRegion'),
    country:
      (isJsonLdNode(countryValue) ? jsonLdString(countryValue, 'name') : jsonLdText(countryValue)) ?? country,
    lat,
    lon,
  });
}

/** Registers that an `identifier`'s `propertyID` (or `name`) names, in the words sites use for them. */
const REGISTERS: readonly (readonly [RegExp, (id: string) => OrgId | undefined])[] = [
  [/kvk|kamer van koophandel|chamber of commerce|handelsregister/i, kvk],
  [/rsin|fiscaal nummer/i, rsin],
  [/charit/i, anyUkCharity],
  [/compan/i, ukCompany],
  [/\bein\b|employer identification/i, usEin],
];

/**
 * The identifiers a schema.org organisation states, in org-id.guide form: `identifier` values (org-id text
 * such as `NL-KVK-41202535`, or a `PropertyValue` whose `propertyID` is a scheme or names a register),
 * `leiCode`, `iso6523Code` (`0106:41202535` for a KvK number) and `taxID` (the RSIN in the Netherlands, the
 * EIN in the US). Values that do not fit their register are left out rather than kept wrong.
 */
export function schemaOrgIdentifiers(node: JsonLdNode, country?: string): OrgId[] {
  const found: (OrgId | undefined)[] = [];
  for (const value of jsonLdValues(node, 'identifier')) {
    if (!isJsonLdNode(value)) {
      found.push(orgIdentifier(undefined, jsonLdText(value)));
      continue;
    }
    const register = jsonLdString(value, 'propertyID') ?? jsonLdString(value, 'name') ?? '';
    const id = jsonLdString(value, 'value');
    if (!id) continue;
    const known = REGISTERS.find(([pattern]) => pattern.test(register));
    found.push(known ? known[1](id) : orgIdentifier(register, id));
  }
  const lei = jsonLdString(node, 'leiCode');
  if (lei) found.push({ scheme: 'XI-LEI', id: lei });
  for (const code of jsonLdValues(node, 'iso6523Code')) {
    const [icd, id] = (jsonLdText(code) ?? '').split(':').map((part) => part.trim());
    if (icd === '0106' && id) found.push(kvk(id));
    if (icd === '0199' && id) found.push({ scheme: 'XI-LEI', id });
  }
  const taxId = jsonLdString(node, 'taxID');
  if (taxId)
    found.push(country === 'US' ? usEin(taxId) : country === 'NL' || !country ? rsin(taxId) : undefined);
  return uniqueIds(found);
}

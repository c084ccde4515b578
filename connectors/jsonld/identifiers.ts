import {
  anyUkCharity,
  jsonLdNode,
  jsonLdString,
  jsonLdText,
  jsonLdValues,
  type JsonLdNode,
  kvk,
  type OrgId,
  orgIdentifier,
  rsin,
  ukCompany,
  uniqueIds,
  usEin,
} from '../sdk/index.ts';

/** Registers that `identifier` values name in their `propertyID` (or `name`), by the words sites use. */
const NAMED_REGISTERS: readonly (readonly [RegExp, (value: string) => OrgId | undefined])[] = [
  [/kvk|kamer van koophandel|chamber of commerce|handelsregister/i, kvk],
  [/rsin|fiscaal nummer/i, rsin],
  [/charit/i, anyUkCharity],
  [/compan/i, ukCompany],
  [/\bein\b|employer identification/i, usEin],
];

/** ISO 6523 international code designators of registers with an org-id scheme. */
const ISO_6523: Readonly<Record<string, (value: string) => OrgId | undefined>> = {
  '0106': kvk,
  '0199': (value) => ({ scheme: 'XI-LEI', id: value }),
};

/**
 * The identifiers an organisation node states, in org-id form: `identifier` values (org-id text such as
 * `NL-KVK-41202535`, or a `PropertyValue` whose `propertyID` is a scheme or names a register), `leiCode`,
 * `iso6523Code` (`0106:41202535`), and `taxID` (an RSIN in the Netherlands, an EIN in the US).
 */
export function identifiersOf(node: JsonLdNode, country: string | undefined): OrgId[] {
  const found: (OrgId | undefined)[] = [];
  for (const value of jsonLdValues(node, 'identifier')) {
    const property = jsonLdNode(value);
    if (!property) {
      found.push(orgIdentifier(undefined, jsonLdText(value)));
      continue;
    }
    const register = jsonLdString(property, 'propertyID') ?? jsonLdString(property, 'name') ?? '';
    const id = jsonLdString(property, 'value');
    if (!id) continue;
    const named = NAMED_REGISTERS.find(([pattern]) => pattern.test(register));
    found.push(named ? named[1](id) : orgIdentifier(register, id));
  }
  const lei = jsonLdString(node, 'leiCode');
  if (lei) found.push({ scheme: 'XI-LEI', id: lei });
  for (const code of jsonLdValues(node, 'iso6523Code')) {
    const [icd, id] = (jsonLdText(code) ?? '').split(':');
    if (icd && id) found.push(ISO_6523[icd]?.(id.trim()));
  }
  const taxId = jsonLdString(node, 'taxID');
  if (taxId) found.push(country === 'US' ? usEin(taxId) : rsin(taxId));
  return uniqueIds(found);
}

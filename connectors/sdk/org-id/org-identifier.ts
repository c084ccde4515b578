import { kvk, type OrgId, parseOrgId, rsin, ukCharity, ukCompany, usEin } from '../normalize/index.ts';

/** An org-id.guide list code: country, a dash, and the register (`GB-CHC`, `NL-KVK`, `XI-LEI`). */
const SCHEME = /^[A-Z]{2}(-[A-Z0-9]+)+$/;

/** Registers whose numbers have a known shape, normalised by their SDK helpers. */
const KNOWN: Readonly<Record<string, (id: string) => OrgId | undefined>> = {
  'NL-KVK': kvk,
  'NL-RSIN': rsin,
  'GB-CHC': ukCharity,
  'GB-COH': ukCompany,
  'GB-SC': scottishCharity,
  'GB-NIC': northernIrishCharity,
  'US-EIN': usEin,
};

/**
 * Normalises an identifier a platform gives as a scheme and a number (HSDS `organization_identifiers`,
 * JSON-LD `identifier` values): known registers are checked and written the org-id.guide way (KvK
 * numbers padded to 8 digits, company numbers to 8 characters), other well-formed schemes are kept as
 * given. A number of a known register that does not fit it gives undefined rather than a wrong id; an id
 * written whole ("GB-CHC-1164883") is read when the scheme is missing.
 *
 * @example
 * orgIdentifier('GB-COH', '1234567'); // { scheme: 'GB-COH', id: '01234567' }
 * orgIdentifier(undefined, 'GB-SC-SC012710'); // { scheme: 'GB-SC', id: 'SC012710' }
 */
export function orgIdentifier(
  scheme: string | null | undefined,
  id: string | number | null | undefined,
): OrgId | undefined {
  const value = id === null || id === undefined ? '' : String(id).trim();
  if (!value) return undefined;
  const code = scheme?.trim().toUpperCase();
  if (!code) {
    const whole = parseOrgId(value);
    return whole ? orgIdentifier(whole.scheme, whole.id) : undefined;
  }
  if (!SCHEME.test(code)) return undefined;
  const known = KNOWN[code];
  if (known) return known(value.startsWith(`${code}-`) ? value.slice(code.length + 1) : value);
  return { scheme: code, id: value };
}

/** A charity number of any UK register: England and Wales (digits), Scotland (`SC012345`), Northern Ireland (`NIC100002`). */
export function anyUkCharity(raw: string | number | null | undefined): OrgId | undefined {
  const text = String(raw ?? '')
    .trim()
    .toUpperCase();
  if (/^SC\s*\d/.test(text)) return scottishCharity(text);
  if (/^NIC/.test(text)) return northernIrishCharity(text);
  return ukCharity(text);
}

/** A Scottish charity number (OSCR) as `GB-SC`, the `SC` prefix kept as org-id.guide writes it. */
export function scottishCharity(raw: string | number | null | undefined): OrgId | undefined {
  const match = /^SC\s*(\d{6})$/i.exec(String(raw ?? '').trim());
  return match ? { scheme: 'GB-SC', id: `SC${match[1]}` } : undefined;
}

/** A Northern Irish charity number as `GB-NIC`, digits only (`NIC100002` and `100002` alike). */
export function northernIrishCharity(raw: string | number | null | undefined): OrgId | undefined {
  const match = /^(?:NIC\s*)?(\d{6})$/i.exec(String(raw ?? '').trim());
  return match ? { scheme: 'GB-NIC', id: match[1] as string } : undefined;
}

/** An org-id.guide identifier. */
export interface OrgId {
  readonly scheme: string;
  readonly id: string;
}

/** A Dutch KvK number (8 digits, leading zeros kept) as `NL-KVK`; undefined when it is not one. */
export function kvk(raw: string | number | null | undefined): OrgId | undefined {
  if (raw === null || raw === undefined) return undefined;
  const digits = String(raw).replace(/\D/g, '');
  if (digits.length < 7 || digits.length > 8) return undefined;
  return { scheme: 'NL-KVK', id: digits.padStart(8, '0') };
}

/** An RSIN (9 digits) as `NL-RSIN`. */
export function rsin(raw: string | number | null | undefined): OrgId | undefined {
  const digits = String(raw ?? '').replace(/\D/g, '');
  return digits.length === 9 ? { scheme: 'NL-RSIN', id: digits } : undefined;
}

/** A charity number of England and Wales as `GB-CHC` (6 or 7 digits, optional "-n" suffix for subsidiaries). */
export function ukCharity(raw: string | number | null | undefined): OrgId | undefined {
  const text = String(raw ?? '').trim();
  return /^\d{6,7}(-\d+)?$/.test(text) ? { scheme: 'GB-CHC', id: text } : undefined;
}

/** A UK company number as `GB-COH` (8 characters, two-letter prefixes such as SC allowed). */
export function ukCompany(raw: string | number | null | undefined): OrgId | undefined {
  const text = String(raw ?? '')
    .trim()
    .toUpperCase();
  if (/^\d{1,8}$/.test(text)) return { scheme: 'GB-COH', id: text.padStart(8, '0') };
  return /^[A-Z]{2}\d{6}$/.test(text) ? { scheme: 'GB-COH', id: text } : undefined;
}

/** A US Employer Identification Number as `US-EIN` (9 digits, written without the dash). */
export function usEin(raw: string | number | null | undefined): OrgId | undefined {
  const digits = String(raw ?? '').replace(/\D/g, '');
  return digits.length === 9 ? { scheme: 'US-EIN', id: digits } : undefined;
}

/**
 * Reads an org-id.guide identifier written as one string ("NL-KVK-41202535", "GB-CHC-1164883") into
 * scheme and id; undefined when it does not look like one.
 */
export function parseOrgId(raw: string | null | undefined): OrgId | undefined {
  const match = /^([A-Z]{2}-[A-Z0-9]+)-(.+)$/.exec((raw ?? '').trim());
  return match ? { scheme: match[1] as string, id: match[2] as string } : undefined;
}

/** Removes duplicate identifiers (same scheme and id), keeping order. */
export function uniqueIds(ids: readonly (OrgId | undefined)[]): OrgId[] {
  const seen = new Set<string>();
  return ids.filter((id): id is OrgId => {
    if (!id) return false;
    const key = `${id.scheme}:${id.id}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Normalises a postcode for its country: Dutch ones to "1234 AB" (or "1234" when only the digits
 * are given), German ones to their five digits (dropping a "D-" prefix), others trimmed with inner
 * whitespace collapsed. A Dutch or German value that does not fit the country's form is returned
 * trimmed rather than dropped, so that no source data is lost; undefined for an empty value.
 */
export function normalizePostcode(
  country: string | undefined,
  raw: string | null | undefined,
): string | undefined {
  if (raw === null || raw === undefined) return undefined;
  const trimmed = raw.trim().replace(/\s+/g, ' ');
  if (!trimmed) return undefined;
  switch (country?.toUpperCase()) {
    case 'NL': {
      const match = /^([1-9]\d{3})\s*([A-Za-z]{2})?$/.exec(trimmed.replace(/^NL-?\s*/i, ''));
      if (!match) return trimmed;
      return match[2] ? `${match[1]} ${match[2].toUpperCase()}` : match[1];
    }
    case 'DE': {
      const match = /^(?:D-?\s*)?(\d{5})$/i.exec(trimmed);
      return match ? match[1] : trimmed;
    }
    default:
      return trimmed;
  }
}

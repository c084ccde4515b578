/** Digits after the decimal point of a currency (2 for EUR, 0 for JPY), from the platform's Intl data. */
export function currencyExponent(currency: string): number {
  try {
    return (
      new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ??
      2
    );
  } catch {
    return 2;
  }
}

/**
 * Parses an amount written in major units ("1234.5", "1.234,50", 1234.5, "EUR 1,234") into integer minor
 * units, without float drift. Returns undefined for text that holds no amount.
 */
export function toMinor(amount: number | string | null | undefined, currency: string): number | undefined {
  if (amount === null || amount === undefined) return undefined;
  const exponent = currencyExponent(currency);
  if (typeof amount === 'number') {
    return Number.isFinite(amount) ? Math.round(Number((amount * 10 ** exponent).toFixed(2))) : undefined;
  }
  const cleaned = amount.replace(/[^\d.,-]/g, '');
  if (!/\d/.test(cleaned)) return undefined;
  const lastDot = cleaned.lastIndexOf('.');
  const lastComma = cleaned.lastIndexOf(',');
  const decimalAt = Math.max(lastDot, lastComma);
  // A separator followed by exactly three digits and no other separator kind is a thousands separator.
  const fraction = decimalAt >= 0 ? cleaned.slice(decimalAt + 1) : '';
  const isDecimal =
    decimalAt >= 0 && fraction.length > 0 && (fraction.length !== 3 || (lastDot >= 0 && lastComma >= 0));
  const whole = (isDecimal ? cleaned.slice(0, decimalAt) : cleaned).replace(/[.,]/g, '');
  const digits = isDecimal ? fraction : '';
  const value = Number(`${whole || '0'}.${digits || '0'}`);
  return Number.isFinite(value) ? Math.round(Number((value * 10 ** exponent).toFixed(2))) : undefined;
}

/** Builds a Money value from major units, or undefined when the amount is missing or unreadable. */
export function money(
  amount: number | string | null | undefined,
  currency: string,
): { minor: number; currency: string } | undefined {
  const code = currency.trim().toUpperCase();
  const minor = toMinor(amount, code);
  return minor === undefined || minor < 0 ? undefined : { minor, currency: code };
}

/** Builds a Money value from minor units (cents) as platforms like betterplace send them. */
export function moneyFromMinor(
  minor: number | string | null | undefined,
  currency: string,
): { minor: number; currency: string } | undefined {
  const value = typeof minor === 'string' ? Number(minor) : minor;
  if (value === null || value === undefined || !Number.isFinite(value) || value < 0) return undefined;
  return { minor: Math.round(value), currency: currency.trim().toUpperCase() };
}

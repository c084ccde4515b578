import type { Money } from '../../schema/index.ts';
import { badUserInput } from './errors.ts';

/** A `MoneyRange` argument: a currency and optional bounds in minor units. */
export interface MoneyRange {
  readonly currency: string;
  readonly min?: number | null;
  readonly max?: number | null;
}

/** Checks a money range (an ISO 4217 code, bounds in order), naming the argument when it is wrong. */
export function checkMoneyRange(
  range: MoneyRange | null | undefined,
  argumentName: string,
): MoneyRange | undefined {
  if (!range) return undefined;
  if (!/^[A-Z]{3}$/.test(range.currency)) {
    throw badUserInput(`${argumentName}.currency`, 'must be an ISO 4217 code in capitals, e.g. EUR');
  }
  if (range.min != null && range.max != null && range.min > range.max) {
    throw badUserInput(`${argumentName}.min`, 'must not be above `max`');
  }
  return range;
}

/** True when an amount lies within the range (same currency, bounds inclusive). */
export function inRange(amount: Money | undefined, range: MoneyRange): boolean {
  return (
    amount !== undefined &&
    amount.currency === range.currency &&
    (range.min == null || amount.minor >= range.min) &&
    (range.max == null || amount.minor <= range.max)
  );
}

/** Money as people read it in Dutch: `€ 5.000,00`; the bare code for a currency Intl does not know. */
export function formatMoney(amount: Money): string {
  try {
    const digits =
      new Intl.NumberFormat('nl-NL', { style: 'currency', currency: amount.currency }).resolvedOptions()
        .maximumFractionDigits ?? 2;
    return new Intl.NumberFormat('nl-NL', { style: 'currency', currency: amount.currency }).format(
      amount.minor / 10 ** digits,
    );
  } catch {
    return `${amount.currency} ${amount.minor} (minor units)`;
  }
}

/** Adds amounts up per currency, in minor units; currencies in alphabetical order. */
export function totalsPerCurrency(amounts: Iterable<Money | undefined>): Money[] {
  const totals = new Map<string, number>();
  for (const amount of amounts) {
    if (amount) totals.set(amount.currency, (totals.get(amount.currency) ?? 0) + amount.minor);
  }
  return [...totals].sort(([a], [b]) => (a < b ? -1 : 1)).map(([currency, minor]) => ({ minor, currency }));
}

import { toIsoDate } from '../sdk/index.ts';

/**
 * The date of an award as 360Giving publishers write it: ISO 8601 as the standard asks, or, in files made
 * from UK spreadsheets, day first ("17/03/2014", "5/6/2015" is 5 June). The SDK refuses ambiguous
 * slashed dates in general; within the UK standard day-first is the only reading.
 *
 * @example
 * awardDate('05/06/2015'); // '2015-06-05'
 */
export function awardDate(value: string): string | undefined {
  const ukDate = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value.trim());
  if (!ukDate) return toIsoDate(value);
  const [, day, month, year] = ukDate;
  return toIsoDate(`${year}-${month?.padStart(2, '0')}-${day?.padStart(2, '0')}`);
}

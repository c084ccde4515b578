import { z } from 'zod';

/**
 * A number as platforms send it: a JSON number, or a string holding one ("12382", " 8239.33 "), as XML
 * converted to JSON and many JSON APIs give. Other strings fail.
 *
 * @example
 * numeric.parse('8239.33'); // 8239.33
 */
export const numeric = z.union([
  z.number(),
  z
    .string()
    .trim()
    .regex(/^-?\d+(\.\d+)?$/, 'a number')
    .transform(Number),
]);

/**
 * A code or short text that platforms send as a number or a string (a postcode `27599` or `"22270-070"`, an
 * EIN `134133423` or `"13-4133423"`), always as trimmed text.
 */
export const textOrNumber = z
  .union([z.string(), z.number().transform(String)])
  .transform((text) => text.trim());

/** A boolean, or the text `true` / `false` as XML sends it. */
export const boolish = z.union([
  z.boolean(),
  z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.enum(['true', 'false']))
    .transform((text) => text === 'true'),
]);

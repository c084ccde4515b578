import { z } from 'zod';
import { JsonPathString } from './schema-primitives.ts';

/** Transforms without parameters; a manifest writes them as a bare name (`- trim`). */
export const SIMPLE_TRANSFORMS = [
  'html-to-text',
  'trim',
  'lowercase',
  'date',
  'date-time',
  'number',
  'integer',
  'boolean',
  'url',
  'kvk',
  'org-id',
  'country',
  'need-type',
  'legal-form',
  'public-email',
] as const;

const Currency = z.string().regex(/^[A-Za-z]{3}$/, 'an ISO 4217 code such as EUR');

/** Money transforms take a fixed currency or read it from the record. */
const moneyShape = {
  currency: Currency.optional().describe('ISO 4217 code of every amount'),
  currencyPath: JsonPathString.optional().describe("JSON path to the record's currency code"),
};
const oneCurrency = (transform: { currency?: string; currencyPath?: string }) =>
  (transform.currency === undefined) !== (transform.currencyPath === undefined);
const currencyMessage = { message: 'give either currency or currencyPath', path: ['currency'] };

const Money = z
  .strictObject({ type: z.literal('money'), ...moneyShape })
  .refine(oneCurrency, currencyMessage)
  .describe('amount in major units (12.50, "1.234,50") to Money in minor units');
const MinorMoney = z
  .strictObject({ type: z.literal('minor-money'), ...moneyShape })
  .refine(oneCurrency, currencyMessage)
  .describe('amount already in minor units (cents) to Money');

/**
 * One step of a field mapping. Every transform works on each value of the field on its own; a value a
 * transform cannot read (an unreadable date, a personal e-mail address) is dropped rather than guessed.
 */
export const Transform = z.preprocess(
  (value) => (typeof value === 'string' ? { type: value } : value),
  z.discriminatedUnion('type', [
    z.strictObject({ type: z.enum(SIMPLE_TRANSFORMS) }),
    Money,
    MinorMoney,
    z
      .strictObject({
        type: z.literal('postcode'),
        country: z
          .string()
          .regex(/^[A-Z]{2}$/)
          .optional()
          .describe('ISO country the postcodes belong to; NL writes "1234 AB"'),
      })
      .describe('normalises a postcode for its country'),
    z
      .strictObject({
        type: z.literal('themes'),
        keepLabels: z
          .union([z.string().min(1), z.literal(false)])
          .default('initiative.categories')
          .describe('target that keeps the original labels; false to drop them'),
      })
      .describe("maps the platform's labels onto theme codes"),
    z
      .strictObject({ type: z.literal('split'), delimiter: z.string().min(1) })
      .describe('splits text into several values, trimmed, empty parts dropped'),
    z
      .strictObject({
        type: z.literal('map'),
        values: z.record(z.string(), z.json()).describe('lookup table: raw value -> canonical value'),
        default: z.json().optional().describe('value for anything not in the table; dropped when absent'),
      })
      .describe('replaces values through a lookup table (case-insensitive)'),
  ]),
);
export type Transform = z.infer<typeof Transform>;

import { z } from 'zod';

/** A calendar date, `2024-05-01`. */
export const IsoDate = z.iso.date().describe('ISO 8601 calendar date, e.g. 2024-05-01');

/** A point in time with its offset, `2024-05-01T10:00:00Z`. */
export const IsoDateTime = z.iso
  .datetime({ offset: true })
  .describe('ISO 8601 date and time with offset, e.g. 2024-05-01T10:00:00Z');

/** An absolute http(s) URL. */
export const HttpUrl = z
  .url({ protocol: /^https?$/, hostname: z.regexes.domain })
  .describe('absolute http or https URL');

/** Plain text that is not empty after trimming. */
export const Text = z.string().trim().min(1);

/** Money in integer minor units with its ISO 4217 currency (MODEL.md: never floats for money). */
export const Money = z
  .object({
    minor: z
      .number()
      .int()
      .nonnegative()
      .max(Number.MAX_SAFE_INTEGER)
      .describe('amount in minor units (cents)'),
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/, 'an ISO 4217 code in capitals, e.g. EUR')
      .describe('ISO 4217 currency code'),
  })
  .describe('Money: integer minor units and ISO 4217 currency');
export type Money = z.infer<typeof Money>;

/** An organisation identifier in org-id.guide form: `{ scheme: "NL-KVK", id: "41202535" }`. */
export const Identifier = z
  .object({
    scheme: z
      .string()
      .regex(/^[A-Z]{2}(-[A-Z0-9]+)+$/, 'an org-id.guide scheme such as NL-KVK, GB-CHC or US-EIN')
      .describe('org-id.guide list code, e.g. NL-KVK'),
    id: Text.describe('identifier within the scheme, e.g. 41202535'),
  })
  .describe('Organisation identifier (org-id.guide)');
export type Identifier = z.infer<typeof Identifier>;

/** An ISO 3166-1 alpha-2 country code. */
export const CountryCode = z
  .string()
  .regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code in capitals, e.g. NL')
  .describe('ISO 3166-1 alpha-2 country code');

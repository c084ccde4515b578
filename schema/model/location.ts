import { z } from 'zod';
import { CountryCode, Text } from './primitives.ts';

/** A named area with its official code, e.g. `{ code: "GM0363", name: "Amsterdam" }` (CBS codes in NL). */
export const Area = z.object({
  code: Text.describe('official code: CBS GM.... for Dutch municipalities, BU........ for neighbourhoods'),
  name: Text.optional(),
});
export type Area = z.infer<typeof Area>;

/**
 * An address or point of operation. Every field is optional; normalisation fills the municipality
 * from postcode or coordinates where it can and lists such fields in `derived`.
 */
export const Location = z
  .object({
    address: Text.optional().describe('street and number'),
    postcode: Text.optional().describe('postal code; Dutch ones normalised to "1234 AB"'),
    locality: Text.optional().describe('town or village (woonplaats)'),
    municipality: Area.optional().describe('gemeente'),
    district: Area.optional().describe('wijk (CBS WK code)'),
    neighbourhood: Area.optional().describe('buurt (CBS BU code)'),
    region: Text.optional().describe('province, state or region name'),
    country: CountryCode.optional(),
    lat: z.number().min(-90).max(90).optional(),
    lon: z.number().min(-180).max(180).optional(),
    derived: z
      .array(Text)
      .optional()
      .describe('fields that normalisation derived rather than the source stated'),
  })
  .describe('Location (WGS84 coordinates)');
export type Location = z.infer<typeof Location>;

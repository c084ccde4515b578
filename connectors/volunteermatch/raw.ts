import { z } from 'zod';
import { boolish, numeric, oneOrMany, textOrNumber } from '../sdk/index.ts';

/**
 * The raw format of VolunteerMatch's GraphQL API (Open Network API v3) as zod: one opportunity of
 * `searchOpportunities`. Lenient where VolunteerMatch is loose (null for anything optional, skills as one text
 * or a list, numbers as strings, categories it adds later), strict where an opportunity is unusable without
 * the field: its id, its title and its organisation's name.
 */

const OptionalText = z.string().nullish();

/** A location of an opportunity or an organisation; `region` is the state code. */
export const VolunteerMatchLocation = z.object({
  street1: OptionalText,
  street2: OptionalText,
  city: OptionalText,
  region: OptionalText,
  postalCode: textOrNumber.nullish(),
  country: OptionalText,
  virtual: boolish.nullish(),
  geoLocation: z
    .object({ latitude: numeric.nullish(), longitude: numeric.nullish(), accuracy: OptionalText })
    .nullish()
    .catch(null),
});
export type VolunteerMatchLocation = z.infer<typeof VolunteerMatchLocation>;

/** The organisation that posted an opportunity. */
export const VolunteerMatchOrg = z.object({
  id: numeric.pipe(z.number().int().positive()).nullish(),
  name: z.string().trim().min(1, 'the organisation needs a name'),
  mission: OptionalText,
  description: OptionalText,
  url: OptionalText,
  imageUrl: OptionalText,
  phoneNumber: OptionalText,
  location: VolunteerMatchLocation.nullish(),
});
export type VolunteerMatchOrg = z.infer<typeof VolunteerMatchOrg>;

/** When an opportunity takes place: ongoing, or on a date range with times. */
export const VolunteerMatchDateRange = z.object({
  startDate: OptionalText,
  startTime: OptionalText,
  endDate: OptionalText,
  endTime: OptionalText,
  ongoing: boolish.nullish(),
  singleDayOpps: boolish.nullish(),
});
export type VolunteerMatchDateRange = z.infer<typeof VolunteerMatchDateRange>;

/** One opportunity of a search. */
export const VolunteerMatchOpportunity = z.object({
  id: numeric.pipe(z.number().int().positive()),
  title: z.string().trim().min(1, 'an opportunity needs a title'),
  description: OptionalText,
  plaintextDescription: OptionalText,
  categories: oneOrMany(z.string()),
  greatFor: oneOrMany(z.string()),
  skillsNeeded: z.union([z.string(), z.array(z.string())]).nullish(),
  volunteersNeeded: numeric.pipe(z.number().int().nonnegative()).nullish(),
  imageUrl: OptionalText,
  dateRange: VolunteerMatchDateRange.nullish(),
  requirements: z
    .object({
      bgCheck: boolish.nullish(),
      drLicense: boolish.nullish(),
      minimumAge: numeric.nullish(),
      orientation: boolish.nullish(),
    })
    .nullish()
    .catch(null),
  location: VolunteerMatchLocation.nullish(),
  parentOrg: VolunteerMatchOrg,
});
export type VolunteerMatchOpportunity = z.infer<typeof VolunteerMatchOpportunity>;

/** The `searchOpportunities` result: the total and one page of opportunities. */
export const VolunteerMatchSearch = z.object({
  resultsSize: numeric.pipe(z.number().int().nonnegative()),
  currentPage: numeric.nullish(),
  numberOfResults: numeric.nullish(),
  opportunities: z.array(z.unknown()).nullish(),
});
export type VolunteerMatchSearch = z.infer<typeof VolunteerMatchSearch>;

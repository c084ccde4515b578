import { z } from 'zod';
import { boolish, numeric, textOrNumber } from '../sdk/index.ts';

/**
 * The raw format of Idealist's Listings API for volunteer opportunities ("volops") as zod: the list
 * (`/api/v1/listings/volops`) and the details (`/api/v1/listings/volops/{id}`). Lenient where the API allows
 * null, strict where a listing is unusable without the field: its id, its name, and its organisation's name.
 * The apply e-mail address and text are removed before validation (personal-data.ts) and are not part of it.
 */

const OptionalText = z.string().nullish();

/** A listing's pages in Idealist's three languages. */
export const IdealistUrls = z.object({ en: OptionalText, es: OptionalText, pt: OptionalText }).partial();
export type IdealistUrls = z.infer<typeof IdealistUrls>;

/** An address as Idealist writes it; `country` is an ISO code, `cityOnly` hides the street. */
export const IdealistAddress = z.object({
  full: OptionalText,
  description: OptionalText,
  line1: OptionalText,
  line2: OptionalText,
  city: OptionalText,
  state: OptionalText,
  stateCode: OptionalText,
  zipcode: textOrNumber.nullish(),
  country: OptionalText,
  latitude: numeric.nullish(),
  longitude: numeric.nullish(),
  cityOnly: boolish.nullish(),
});
export type IdealistAddress = z.infer<typeof IdealistAddress>;

/** The organisation that posted a listing. */
export const IdealistOrg = z.object({
  id: OptionalText,
  name: z.string().trim().min(1, 'the organisation needs a name'),
  logo: OptionalText,
  areasOfFocus: z.array(z.string()).nullish(),
  orgType: OptionalText,
  is501c3: boolish.nullish(),
  isBCorp: boolish.nullish(),
  isSocialEnterprise: boolish.nullish(),
  locale: OptionalText,
  governmentId: textOrNumber.nullish(),
  address: IdealistAddress.nullish(),
  url: IdealistUrls.nullish(),
});
export type IdealistOrg = z.infer<typeof IdealistOrg>;

/** One entry of the list: enough to decide whether a listing changed or was unpublished. */
export const IdealistVolopSummary = z.object({
  id: z.string().min(1),
  firstPublished: OptionalText,
  updated: z.string(),
  name: OptionalText,
  url: IdealistUrls.nullish(),
  isPublished: boolish,
});
export type IdealistVolopSummary = z.infer<typeof IdealistVolopSummary>;

/** The list: `{ volops, hasMore }`, oldest change first. */
export const IdealistVolopList = z.object({ volops: z.array(z.unknown()), hasMore: z.boolean() });
export type IdealistVolopList = z.infer<typeof IdealistVolopList>;

/**
 * A volunteer opportunity's details as the stream yields it: the detail answer's `volop`, with `isPublished`
 * copied from the list entry (the details do not carry it).
 */
export const IdealistVolop = z.object({
  id: z.string().min(1),
  firstPublished: OptionalText,
  updated: OptionalText,
  name: z.string().trim().min(1, 'a listing needs a name'),
  description: OptionalText,
  expires: OptionalText,
  org: IdealistOrg,
  locale: OptionalText,
  address: IdealistAddress.nullish(),
  applyUrl: OptionalText,
  applyOnIdealist: boolish.nullish(),
  locationType: OptionalText,
  remoteZone: OptionalText,
  remoteState: OptionalText,
  remoteCountry: OptionalText,
  startDate: OptionalText,
  endDate: OptionalText,
  startTime: OptionalText,
  endTime: OptionalText,
  timezone: OptionalText,
  isRecurring: boolish.nullish(),
  timesOfDay: z.array(z.string()).nullish(),
  expectedTime: OptionalText,
  numVolunteersNeeded: numeric.pipe(z.number().int().nonnegative()).nullish(),
  ageRequirement: numeric.nullish(),
  functions: z.array(z.string()).nullish(),
  areasOfFocus: z.array(z.string()).nullish(),
  image: z
    .object({ original: OptionalText, medium: OptionalText, thumbnail: OptionalText })
    .partial()
    .nullish(),
  url: IdealistUrls.nullish(),
  isPublished: boolish.default(true),
});
export type IdealistVolop = z.infer<typeof IdealistVolop>;

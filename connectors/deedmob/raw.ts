import { z } from 'zod';
import { boolish, numeric, textOrNumber } from '../sdk/index.ts';

/**
 * The raw format of a Deedmob site's API as zod: the deed list (`/api/deeds`) and details
 * (`/api/deeds/{id}`). Lenient where sites differ (null for anything optional, numbers as strings, the
 * organisation embedded or not), strict only where a deed is unusable without the field: its id and title.
 * Unknown fields are dropped; the contact person (`contact_id`, `contact`) and the welcome message are
 * removed before validation (personal-data.ts), so they are not part of the schema.
 */

const OptionalText = z.string().nullish();
const Count = numeric.pipe(z.number().int().nonnegative());

/** A point as Deedmob writes it (`{ lat, lng }`); anything else counts as no point. */
export const DeedmobCoordinates = z.object({ lat: numeric, lng: numeric }).nullish().catch(null);
export type DeedmobCoordinates = z.infer<typeof DeedmobCoordinates>;

/**
 * The organisation behind a deed, embedded when the list is asked `withOrganization=true` and in the
 * details. Its e-mail address and phone number have been reduced to a public organisation contact.
 */
export const DeedmobOrganization = z.object({
  id: numeric.pipe(z.number().int().positive()),
  name: z.string().trim().min(1, 'an organisation needs a name'),
  slug: OptionalText,
  logo: OptionalText,
  website: OptionalText,
  about_html: OptionalText,
  address: OptionalText,
  postcode: OptionalText,
  city: OptionalText,
  country_code: OptionalText,
  coordinates: DeedmobCoordinates,
  kvk_number: textOrNumber.nullish(),
  email: OptionalText,
  phone: OptionalText,
  facebook: OptionalText,
  instagram: OptionalText,
  linkedin: OptionalText,
});
export type DeedmobOrganization = z.infer<typeof DeedmobOrganization>;

/** One deed (a volunteer vacancy or a one-off task), as the list and the details give it. */
export const DeedmobDeed = z.object({
  id: numeric.pipe(z.number().int().positive()),
  organization_id: numeric.pipe(z.number().int().positive()).nullish(),
  title: z.string().trim().min(1, 'a deed needs a title'),
  title_en: OptionalText,
  summary: OptionalText,
  summary_en: OptionalText,
  about_html: OptionalText,
  about_html_en: OptionalText,
  date_starting: OptionalText,
  date_ending: OptionalText,
  venue_name: OptionalText,
  address: OptionalText,
  city: OptionalText,
  postcode: OptionalText,
  country_code: OptionalText,
  coordinates: DeedmobCoordinates,
  created_at: OptionalText,
  updated_at: OptionalText,
  published: boolish.nullish(),
  published_at: OptionalText,
  expires_at: OptionalText,
  expired: boolish.nullish(),
  filled: boolish.nullish(),
  status: OptionalText,
  detailedStatus: OptionalText,
  remote: boolish.nullish(),
  subtype: OptionalText,
  commitment: OptionalText,
  fullType: OptionalText,
  type: OptionalText,
  capacity: Count.nullish(),
  hours_min: numeric.nullish(),
  hours_max: numeric.nullish(),
  required_availability: OptionalText,
  detected_languages: z.array(z.string()).nullish(),
  suitable_for_groups: boolish.nullish(),
  vog: boolish.nullish(),
  organization: DeedmobOrganization.nullish().catch(null),
});
export type DeedmobDeed = z.infer<typeof DeedmobDeed>;

/** The envelope of every answer: `{ status, error, data }`. */
export const DeedmobEnvelope = z.object({
  status: numeric,
  error: z.unknown().nullish(),
  data: z.unknown().nullish(),
});
export type DeedmobEnvelope = z.infer<typeof DeedmobEnvelope>;

/** The `data` of a deed list page: results and the pagination block. */
export const DeedmobDeedList = z.object({
  results: z.array(z.unknown()),
  pagination: z.object({ page: Count, pageSize: Count, rowCount: Count, pageCount: Count }),
});
export type DeedmobDeedList = z.infer<typeof DeedmobDeedList>;

/** The `data` of a deed's details. */
export const DeedmobDeedDetail = z.object({ deed: z.unknown() });
export type DeedmobDeedDetail = z.infer<typeof DeedmobDeedDetail>;

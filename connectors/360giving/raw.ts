import { z } from 'zod';
import { numeric, oneOrMany, textOrNumber } from '../sdk/index.ts';

/**
 * The 360Giving Data Standard (grants) as zod. Lenient where publishers differ: identifiers and numbers as
 * text or numbers, lists as single objects, dates as ISO or UK day-first ("17/03/2014"), spreadsheet-style
 * extra columns ignored. Strict where a grant is unusable: it needs an id, a title, an amount awarded, a
 * currency, an award date, a recipient organisation with a name and a funder. Grants to individuals never
 * reach this schema: the reader removes them first (see personal-data.ts).
 */

const Text = z.string().nullish();
const Required = (what: string) => z.string().trim().min(1, what);

/** An organisation as a recipient or a funder. `contactName` never reaches here (see personal-data.ts). */
export const GivingOrganisation = z.object({
  id: textOrNumber.nullish(),
  name: Required('an organisation name'),
  alternateName: Text,
  charityNumber: textOrNumber.nullish(),
  companyNumber: textOrNumber.nullish(),
  streetAddress: Text,
  addressLocality: Text,
  addressRegion: Text,
  addressCountry: Text,
  postalCode: textOrNumber.nullish(),
  url: Text,
  description: Text,
  organisationType: Text,
  email: Text,
  department: Text,
});
export type GivingOrganisation = z.infer<typeof GivingOrganisation>;

/** Where the beneficiaries are. */
export const GivingLocation = z.object({
  name: Text,
  countryCode: Text,
  latitude: numeric.nullish().catch(undefined),
  longitude: numeric.nullish().catch(undefined),
  geoCode: Text,
  geoCodeType: Text,
});
export type GivingLocation = z.infer<typeof GivingLocation>;

/** One grant of a 360Giving data file, or the `data` of a datastore result. */
export const GivingGrant = z.object({
  id: textOrNumber.pipe(z.string().min(1, 'a grant id')),
  title: Required('a grant title'),
  description: Text,
  currency: z
    .string()
    .trim()
    .regex(/^[A-Za-z]{3}$/, 'an ISO 4217 currency code'),
  amountAwarded: numeric,
  awardDate: Required('an award date'),
  url: Text,
  dateModified: Text,
  recipientOrganization: oneOrMany(GivingOrganisation).refine(
    (list) => list.length > 0,
    'a recipient organisation',
  ),
  fundingOrganization: oneOrMany(GivingOrganisation).refine((list) => list.length > 0, 'a funder'),
  grantProgramme: oneOrMany(z.object({ title: Text, code: textOrNumber.nullish(), url: Text })).optional(),
  beneficiaryLocation: oneOrMany(GivingLocation).optional(),
  classifications: oneOrMany(
    z.object({ title: Text, code: textOrNumber.nullish(), vocabulary: Text }),
  ).optional(),
});
export type GivingGrant = z.infer<typeof GivingGrant>;

/** A 360Giving data file: a package of grants. */
export const GivingPackage = z.object({ grants: z.array(z.unknown()) });

/** A page of the datastore's grant lists (Django REST framework, limit/offset). */
export const DatastorePage = z.object({
  count: numeric.optional(),
  next: z.string().nullish(),
  previous: z.string().nullish(),
  results: z.array(z.object({ grant_id: Text, data: z.unknown() })),
});
export type DatastorePage = z.infer<typeof DatastorePage>;

/** The datastore's organisation detail; only when the funder last published is read. */
export const DatastoreOrganisation = z.object({
  org_id: Text,
  name: Text,
  publisher: z.object({ data: z.object({ last_published: Text }).nullish() }).nullish(),
});

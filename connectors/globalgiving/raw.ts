import { z } from 'zod';
import { boolish, numeric, oneOrMany, textOrNumber } from '../sdk/index.ts';

/**
 * The raw format of the GlobalGiving Project API as zod, for its JSON answers and for XML converted with
 * `parseXml`: values may come as text (`"8239.33"`, `"false"`), a list with one element may come as a single
 * object, and empty elements as `""`. Strict only where a record is unusable without the field: the id, a
 * project's title and its organisation's name. Unknown fields are dropped on parsing; the contact person of a
 * project (`contactName`, `contactTitle`, ...) is not part of the schema, and the reader removes it before
 * validation (see personal-data.ts).
 */

const Text = z.string().nullish();
const Id = numeric.pipe(z.number().int().positive());
const Amount = numeric.pipe(z.number().nonnegative());
const Count = numeric.pipe(z.number().int().nonnegative());

/** One theme: a stable id (`edu`, `climate`) and its label, which GlobalGiving renames now and then. */
export const GlobalGivingTheme = z.object({ id: z.string().trim().min(1), name: z.string().trim().min(1) });
export type GlobalGivingTheme = z.infer<typeof GlobalGivingTheme>;

/** A country an organisation works in. */
export const GlobalGivingCountry = z.object({
  iso3166CountryCode: z.string().trim().nullish(),
  name: Text,
});

/** An organisation, as `/orgservice/...` answers it and as projects embed it. */
export const GlobalGivingOrganization = z.object({
  id: Id,
  name: z.string().trim().min(1, 'an organisation needs a name'),
  ein: textOrNumber.nullish(),
  bridgeId: textOrNumber.nullish(),
  addressLine1: Text,
  addressLine2: Text,
  city: Text,
  state: Text,
  postal: textOrNumber.nullish(),
  country: Text,
  iso3166CountryCode: z.string().trim().nullish(),
  url: Text,
  logoUrl: Text,
  mission: Text,
  totalProjects: Count.nullish(),
  activeProjects: Count.nullish(),
  themes: z.object({ theme: oneOrMany(GlobalGivingTheme) }).nullish(),
  countries: z.object({ country: oneOrMany(GlobalGivingCountry) }).nullish(),
});
export type GlobalGivingOrganization = z.infer<typeof GlobalGivingOrganization>;

/** One size of a project image. */
const ImageLink = z.object({ url: Text, size: Text });

/** A project of `/projectservice/...`; `status` is `active`, `funded` or `retired`. */
export const GlobalGivingProject = z.object({
  id: Id,
  title: z.string().trim().min(1, 'a project needs a title'),
  summary: Text,
  need: Text,
  activities: Text,
  longTermImpact: Text,
  active: boolish.nullish(),
  status: Text,
  type: Text,
  goal: Amount.nullish(),
  funding: Amount.nullish(),
  remaining: numeric.nullish(),
  numberOfDonations: Count.nullish(),
  projectLink: Text,
  progressReportLink: Text,
  imageLink: Text,
  image: z.object({ imagelink: oneOrMany(ImageLink) }).nullish(),
  themeName: Text,
  themes: z.object({ theme: oneOrMany(GlobalGivingTheme) }).nullish(),
  country: Text,
  iso3166CountryCode: z.string().trim().nullish(),
  region: Text,
  latitude: numeric.nullish(),
  longitude: numeric.nullish(),
  approvedDate: Text,
  modifiedDate: Text,
  dateOfMostRecentReport: Text,
  organization: GlobalGivingOrganization,
});
export type GlobalGivingProject = z.infer<typeof GlobalGivingProject>;

/**
 * The fields every list envelope has: `numberFound`, and `hasNext` with the next id, which are absent on the
 * last page. An empty result has no item list at all. Items stay unknown here: each is validated on its own,
 * so that one bad record never costs the page.
 */
const ListFields = { numberFound: Count.nullish(), hasNext: boolish.nullish() };

/** A page of projects: `{ "projects": { numberFound, hasNext?, nextProjectId?, project: [...] } }`. */
export const GlobalGivingProjects = z.object({
  projects: z.object({ ...ListFields, nextProjectId: Id.nullish(), project: oneOrMany(z.unknown()) }),
});
export type GlobalGivingProjects = z.infer<typeof GlobalGivingProjects>;

/** A page of organisations: `{ "organizations": { hasNext?, nextOrgId?, organization: [...] } }`. */
export const GlobalGivingOrganizations = z.object({
  organizations: z.object({ ...ListFields, nextOrgId: Id.nullish(), organization: oneOrMany(z.unknown()) }),
});
export type GlobalGivingOrganizations = z.infer<typeof GlobalGivingOrganizations>;

/** GlobalGiving's error body: `{ "error_response": { "error_code", "status", "errors": { "error": [...] } } }`. */
export const GlobalGivingError = z.object({
  error_response: z.object({
    error_code: textOrNumber.nullish(),
    status: Text,
    errors: z.object({ error: oneOrMany(z.object({ error_message: Text })) }).nullish(),
  }),
});
export type GlobalGivingError = z.infer<typeof GlobalGivingError>;

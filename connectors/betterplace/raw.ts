import { z } from 'zod';
import { numeric } from '../sdk/index.ts';

/**
 * The raw format of betterplace.org api_v4 as zod. Lenient where the platform is inconsistent (fields
 * that may be null or absent, numbers that may come as strings), strict where a record is unusable
 * without the field: the project id, its title and the carrier's name. Unknown fields are dropped on
 * parsing; in particular `contact` (the project manager, a private person) is not part of the schema,
 * so no code after validation can see it.
 */

/** A non-negative whole amount in cents, possibly sent as a string. */
const Cents = numeric.pipe(z.number().nonnegative().transform(Math.round));

/** A count, possibly sent as a string. */
const Count = numeric.pipe(z.number().int().nonnegative());

const OptionalText = z.string().nullish();

/** A hypermedia link; `rel` names it (`self`, `platform`, `website`, picture sizes such as `original`). */
export const BetterplaceLink = z.object({
  rel: z.string(),
  href: z.string(),
  templated: z.boolean().optional(),
});
export type BetterplaceLink = z.infer<typeof BetterplaceLink>;

/** A picture: its sizes as links; `fallback: true` means the platform's placeholder, not a real image. */
export const BetterplacePicture = z.object({
  fallback: z.boolean().optional(),
  links: z.array(BetterplaceLink).default([]),
});
export type BetterplacePicture = z.infer<typeof BetterplacePicture>;

/** The organisation that carries a project, as embedded in the project. */
export const BetterplaceCarrier = z.object({
  id: numeric.pipe(z.number().int().positive()).optional(),
  name: z.string().trim().min(1, 'the carrier needs a name'),
  city: OptionalText,
  country: OptionalText,
  picture: BetterplacePicture.nullish(),
  links: z.array(BetterplaceLink).default([]),
});
export type BetterplaceCarrier = z.infer<typeof BetterplaceCarrier>;

/** Organisation details (`/{locale}/api_v4/organisations/{id}.json`). */
export const BetterplaceOrganisation = z.object({
  id: numeric.pipe(z.number().int().positive()),
  name: OptionalText,
  slug: OptionalText,
  description: OptionalText,
  created_at: OptionalText,
  updated_at: OptionalText,
  street: OptionalText,
  zip: OptionalText,
  city: OptionalText,
  country: OptionalText,
  latitude: numeric.nullish(),
  longitude: numeric.nullish(),
  picture: BetterplacePicture.nullish(),
  links: z.array(BetterplaceLink).default([]),
});
export type BetterplaceOrganisation = z.infer<typeof BetterplaceOrganisation>;

/**
 * One project of `/{locale}/api_v4/projects.json`. `carrier` is null when a private person carries the
 * project (the connector nulls it then, since a person's name is personal data). `organisation` is not
 * a platform field: the connector attaches the carrier's organisation details there when it fetched
 * them; a malformed one is ignored rather than costing the project.
 */
export const BetterplaceProject = z.object({
  id: numeric.pipe(z.number().int().positive()),
  created_at: OptionalText,
  updated_at: OptionalText,
  content_updated_at: OptionalText,
  activated_at: OptionalText,
  completed_at: OptionalText,
  closed_at: OptionalText,
  latitude: numeric.nullish(),
  longitude: numeric.nullish(),
  street: OptionalText,
  zip: OptionalText,
  city: OptionalText,
  country: OptionalText,
  title: z.string().trim().min(1, 'a project needs a title'),
  description: OptionalText,
  summary: OptionalText,
  tax_deductible: z.boolean().nullish(),
  donations_prohibited: z.boolean().nullish(),
  open_amount_in_cents: Cents.nullish(),
  donated_amount_in_cents: Cents.nullish(),
  donations_count: Count.nullish(),
  donor_count: Count.nullish(),
  progress_percentage: numeric.nullish(),
  incomplete_need_count: Count.nullish(),
  completed_need_count: Count.nullish(),
  carrier: BetterplaceCarrier.nullable(),
  profile_picture: BetterplacePicture.nullish(),
  links: z.array(BetterplaceLink).default([]),
  organisation: BetterplaceOrganisation.optional().catch(undefined),
});
export type BetterplaceProject = z.infer<typeof BetterplaceProject>;

/** The envelope of every list response. */
export const BetterplaceList = z.object({
  total_entries: Count,
  offset: Count,
  total_pages: Count,
  current_page: Count,
  per_page: Count,
  data: z.array(z.unknown()),
});
export type BetterplaceList = z.infer<typeof BetterplaceList>;

/** The platform's error body (`{ name, status, status_code, reason, links }`). */
export const BetterplaceError = z.object({
  name: z.string().optional(),
  status: z.string().optional(),
  status_code: z.number().optional(),
  reason: z.string().optional(),
  message: z.string().optional(),
});
export type BetterplaceError = z.infer<typeof BetterplaceError>;

/** The href of the first link with the given `rel`, if any. */
export function linkOf(links: readonly BetterplaceLink[] | undefined, rel: string): string | undefined {
  return links?.find((link) => link.rel === rel)?.href;
}

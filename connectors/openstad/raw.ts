import { z } from 'zod';
import { numeric, oneOrMany } from '../sdk/index.ts';

/**
 * The raw format of an OpenStad idea (`GET /api/site/{siteId}/idea`) as zod, after the connector has kept
 * only the fields it may keep (see personal-data.ts). Lenient where sites differ (a theme as text or a
 * list, images as URLs or objects, coordinates missing or malformed), strict about the id and the title.
 */

const OptionalText = z.string().nullish();

/** A picture as sites store it: a URL, or an object with one. */
const Image = z.union([z.string(), z.object({ url: z.string() }).transform((image) => image.url)]);

/** The site-specific form fields of an idea; the ones Knooppunt reads, after personal data is removed. */
export const OpenstadExtraData = z.object({
  theme: oneOrMany(z.string()).catch([]),
  area: oneOrMany(z.string()).catch([]),
  isOrganiserQuestion: OptionalText,
  /** Kept by the connector only when it names an organisation (see personal-data.ts). */
  isOrganiserName: OptionalText,
  isOrganiserWebsite: OptionalText,
  /** Kept only when it is an organisation's role address (info@, secretariaat@). */
  isOrganiserEmail: OptionalText,
  helpNeededQuestion: OptionalText,
  helpNeededDescription: OptionalText,
  images: oneOrMany(Image).catch([]),
});
export type OpenstadExtraData = z.infer<typeof OpenstadExtraData>;

/** An idea: an initiative, plan or proposal on one OpenStad site. */
export const OpenstadIdea = z.object({
  id: numeric.pipe(z.number().int().positive()),
  siteId: numeric.nullish(),
  title: z.string().trim().min(1, 'an idea needs a title'),
  summary: OptionalText,
  description: OptionalText,
  status: OptionalText,
  startDate: OptionalText,
  endDate: OptionalText,
  createdAt: OptionalText,
  updatedAt: OptionalText,
  /** GeoJSON-like point; OpenStad writes `coordinates` as `[lat, lng]`, not GeoJSON's `[lng, lat]`. */
  location: z
    .object({ type: z.string().optional(), coordinates: z.tuple([numeric, numeric]) })
    .nullish()
    .catch(undefined),
  position: z.object({ lat: numeric, lng: numeric }).nullish().catch(undefined),
  extraData: OpenstadExtraData.nullish().catch(undefined),
});
export type OpenstadIdea = z.infer<typeof OpenstadIdea>;

/** The JSON error body of the OpenStad API (`{ status, friendlyStatus, message, errorStack }`). */
export const OpenstadError = z.object({
  status: z.number().optional(),
  friendlyStatus: z.string().optional(),
  message: z.string().optional(),
});
export type OpenstadError = z.infer<typeof OpenstadError>;

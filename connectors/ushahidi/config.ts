import { z } from 'zod';

/** Options of an Ushahidi source: one deployment (a crowdsourced map), whose base URL is the deployment's. */
export const UshahidiConfig = z.object({
  /**
   * Whether posts are offers or requests: `auto` decides per post from the survey (form) it was posted
   * with, its categories and its title; `offer` or `request` fixes it for maps that hold only one kind.
   */
  listingType: z.enum(['auto', 'offer', 'request']).default('auto'),
  /** Per survey (form id), whether its posts are offers or requests; wins over `listingType`. */
  formTypes: z.record(z.string().regex(/^\d+$/, 'a form id'), z.enum(['offer', 'request'])).default({}),
  /** Posts per GeoJSON page; Ushahidi caps `limit` at 500. */
  pageSize: z.number().int().min(1).max(500).default(200),
  /** The public map, for each post's page; the API's base URL when absent. */
  webUrl: z.url({ protocol: /^https?$/ }).optional(),
  /** The language of posts when the text does not tell; deployments often leave `locale` at en_US. */
  language: z
    .string()
    .regex(/^[a-z]{2}$/, 'a two-letter language code')
    .default('nl'),
  /** The country the map covers (ISO 3166-1 alpha-2), when it covers one; posts are located there. */
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code such as NL')
    .optional(),
  /** An OAuth access token, for deployments that do not show posts to anonymous visitors. */
  accessToken: z.string().min(1).optional().meta({ secret: true }),
});
export type UshahidiConfig = z.infer<typeof UshahidiConfig>;

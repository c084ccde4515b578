import { z } from 'zod';

/** Options of a Deedmob site; none is secret, the deed list of a public site needs no login. */
export const DeedmobConfig = z.object({
  /**
   * The site's public address, for links to deed and organisation pages; the base URL when absent (set it
   * when the API is reached through another host). Pages on an address that is no public domain are left out.
   */
  webUrl: z.url({ protocol: /^https?$/ }).optional(),
  /** Deeds per page; Deedmob sites serve at most 50. */
  pageSize: z.number().int().min(1).max(50).default(50),
  /**
   * The language of titles and descriptions: Deedmob keeps what the organisation wrote (`nl`) and a machine
   * translation (`en`, the `*_en` fields). The original is what resolution and Dutch users want.
   */
  language: z.enum(['nl', 'en']).default('nl'),
  /**
   * Fetch a deed's details (`/api/deeds/{id}`) when the list leaves its organisation out, as sites that
   * ignore `withOrganization` do. Costs one request per such deed; without it those deeds are skipped.
   */
  organisationDetails: z.boolean().default(true),
});
export type DeedmobConfig = z.infer<typeof DeedmobConfig>;

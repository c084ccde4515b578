import { z } from 'zod';

/** Options of a betterplace source; none is secret, the API is public. */
export const BetterplaceConfig = z.object({
  /** Language prefix of the API; texts that are not translated come in their original language either way. */
  locale: z.enum(['de', 'en']).default('de'),
  /** Projects per page; betterplace caps it at 200, and fewer pages mean fewer requests. */
  perPage: z.number().int().min(1).max(200).default(200),
  /**
   * Fetch each carrier's organisation details once per run: its website, platform page, description and
   * address. Costs one request per organisation; turn off for a quick harvest of projects alone.
   */
  organisationDetails: z.boolean().default(true),
});
export type BetterplaceConfig = z.infer<typeof BetterplaceConfig>;

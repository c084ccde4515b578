import { z } from 'zod';

/** Options of an Idealist source. */
export const IdealistConfig = z.object({
  /**
   * The Listings API key Idealist support issues (support@idealist.org), sent as the user name of HTTP Basic
   * authentication. A secret, so it comes from the environment (`${IDEALIST_API_KEY}`); without it Idealist
   * answers 401 and the run fails with a configuration error that says how to get one.
   */
  apiKey: z.string().trim().min(1, 'the API key must not be empty').optional().meta({ secret: true }),
  /** The language of the listing page linked as the record's URL; Idealist publishes pages in three. */
  locale: z.enum(['en', 'es', 'pt']).default('en'),
});
export type IdealistConfig = z.infer<typeof IdealistConfig>;

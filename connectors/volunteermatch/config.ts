import { z } from 'zod';
import { VOLUNTEERMATCH_CATEGORIES } from './categories.ts';

/** Options of a VolunteerMatch source. */
export const VolunteerMatchConfig = z.object({
  /**
   * The API key VolunteerMatch issues to partners (https://solutions.volunteermatch.org/contact-us/), sent as
   * the `X-api-key` header. A secret, so it comes from the environment (`${VOLUNTEERMATCH_API_KEY}`); without
   * it the API answers 403 and the run fails with a configuration error.
   */
  apiKey: z.string().trim().min(1, 'the API key must not be empty').optional().meta({ secret: true }),
  /**
   * Where to search: each entry is one search, as VolunteerMatch reads locations ("Oakland, CA", a ZIP code
   * such as "48201"). The API has no "everything" search, so the locations decide what is harvested; the
   * default covers four large US cities, set your own.
   */
  locations: z
    .array(z.string().trim().min(1, 'a location must not be empty'))
    .default(['New York, NY', 'Chicago, IL', 'Oakland, CA', 'Detroit, MI']),
  /** Also run one search for virtual opportunities, which VolunteerMatch keeps apart from every location. */
  virtual: z.boolean().default(true),
  /** Search radius in miles around each location; VolunteerMatch's own default when absent. */
  radius: z.number().int().min(1).max(100).optional(),
  /** Only these VolunteerMatch categories (e.g. `childrenAndYouth`); every category when empty. */
  categories: z.array(z.enum(VOLUNTEERMATCH_CATEGORIES)).default([]),
  /** Opportunities per page (`numberOfResults`); VolunteerMatch serves at most 100. */
  pageSize: z.number().int().min(1).max(100).default(100),
});
export type VolunteerMatchConfig = z.infer<typeof VolunteerMatchConfig>;

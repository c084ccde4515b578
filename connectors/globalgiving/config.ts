import { z } from 'zod';

/** Options of a GlobalGiving source. */
export const GlobalGivingConfig = z.object({
  /**
   * The API key every request carries as `api_key`; a secret, so it comes from the environment
   * (`${GLOBALGIVING_API_KEY}`). Free with a GlobalGiving developer account: globalgiving.org/api/getting-started.
   */
  apiKey: z.string().trim().min(1, 'the API key must not be empty').optional().meta({ secret: true }),
  /**
   * Days between full passes. Between them an incremental run reads only the active projects (the ones whose
   * funding changes); a full pass reads every project and organisation, so that funded and retired projects
   * get their final state.
   */
  fullPassDays: z.number().int().min(1).max(90).default(7),
  /** Harvest the organisation directory as initiative records, besides the organisations behind projects. */
  organisations: z.boolean().default(true),
});
export type GlobalGivingConfig = z.infer<typeof GlobalGivingConfig>;

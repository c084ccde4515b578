import { z } from 'zod';

/** The account types that hold civic initiatives: collectives and funds, and their projects and events. */
export const ACCOUNT_TYPES = ['COLLECTIVE', 'FUND', 'PROJECT', 'EVENT'] as const;

/** Options of an Open Collective source. */
export const OpenCollectiveConfig = z.object({
  /**
   * A personal token (Open Collective: Settings > For developers > Personal tokens), sent as the
   * `Personal-Token` header; a secret, so it comes from the environment (`${OPENCOLLECTIVE_TOKEN}`). Public
   * data needs none; a token raises Open Collective's limit from 10 to 100 requests a minute, and the
   * connector's default limits follow.
   */
  personalToken: z.string().trim().min(1, 'the token must not be empty').optional().meta({ secret: true }),
  /** Which account types to harvest. */
  types: z
    .array(z.enum(ACCOUNT_TYPES))
    .min(1)
    .default([...ACCOUNT_TYPES]),
  /** Accounts per request; Open Collective allows at most 1,000. Fewer make lighter queries, more make fewer requests. */
  pageSize: z.number().int().min(1).max(1000).default(500),
  /**
   * Days between full passes. Between them an incremental run asks only for accounts with a transaction
   * since the last run and for accounts created since; a full pass also picks up profile edits.
   */
  fullPassDays: z.number().int().min(1).max(90).default(7),
});
export type OpenCollectiveConfig = z.infer<typeof OpenCollectiveConfig>;

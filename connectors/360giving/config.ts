import { z } from 'zod';

/** An org-id.guide identifier written whole, as the 360Giving datastore addresses funders: `GB-CHC-1159982`. */
const OrgIdText = z
  .string()
  .trim()
  .regex(/^[A-Z]{2}-[A-Z0-9]+-.+$/, 'an org-id such as GB-CHC-1159982 or GB-SC-SC012710');

/**
 * Options of a 360Giving source: the funders whose grants to read from the 360Giving datastore API, and/or
 * the URLs of 360Giving data files (`{ "grants": [...] }`) that funders publish (the registry at
 * https://registry.threesixtygiving.org/data.json lists them). At least one of the two is needed.
 */
export const ThreeSixtyGivingConfig = z
  .object({
    /** Org ids of funders, read from `/api/v1/org/{org_id}/grants_made/` of the datastore. */
    funders: z.array(OrgIdText).default([]),
    /** URLs of 360Giving JSON data files; a path is resolved against the base URL. */
    packages: z.array(z.string().min(1)).default([]),
    /** Grants per datastore request (`limit`). */
    pageSize: z.number().int().min(1).max(1000).default(100),
    /** Grants of a data file per checkpoint, so that a large file is resumed rather than read again. */
    grantsPerPage: z.number().int().min(1).max(10_000).default(500),
  })
  .refine((config) => config.funders.length > 0 || config.packages.length > 0, {
    message: 'give funders (org ids for the 360Giving datastore) or packages (URLs of 360Giving data files)',
    path: ['funders'],
  });
export type ThreeSixtyGivingConfig = z.infer<typeof ThreeSixtyGivingConfig>;

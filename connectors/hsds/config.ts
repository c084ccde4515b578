import { z } from 'zod';

/**
 * Options of an Open Referral (HSDS) source. One connector serves every HSDS-compliant directory: the base
 * URL is the API root (e.g. `https://bristol.openplace.directory/o/OpenReferralService/v3`), and the paths and
 * features below cover the differences between implementations.
 */
export const HsdsConfig = z.object({
  /** Path of the organisation list; HSDS 3 names it `/organizations`. */
  organizationsPath: z.string().startsWith('/').default('/organizations'),
  /** Path of the service list: `/services` in HSDS 3; older ORUK feeds use e.g. `/hservices`. */
  servicesPath: z.string().startsWith('/').default('/services'),
  /** Harvest organisations as initiative records; off for feeds that only publish services. */
  organizations: z.boolean().default(true),
  /** Harvest services as listings (offers) of their organisations. */
  services: z.boolean().default(true),
  /** Records per page; HSDS sets no maximum, directories commonly allow 100 to 500. */
  perPage: z.number().int().min(1).max(1000).default(100),
  /** Ask for fully nested organisations (`full=true`): identifiers, locations and services in one request. */
  full: z.boolean().default(true),
  /**
   * Read only services changed since the last completed run with `modified_after` (HSDS 3). Turn off for a
   * feed that rejects the parameter; every run then reads everything, which stays correct.
   */
  modifiedAfter: z.boolean().default(true),
  /** Country of the directory (ISO alpha-2), used for addresses that name none. */
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code such as GB')
    .optional(),
  /** Public web page of a service, with `{id}` for its id, when the directory has one. */
  serviceUrlTemplate: z.string().includes('{id}').optional(),
  /** API key for directories that require one; only from the environment. */
  apiKey: z.string().min(1).meta({ secret: true }).optional(),
  /** Header that carries the API key. */
  apiKeyHeader: z.string().min(1).default('x-api-key'),
});
export type HsdsConfig = z.infer<typeof HsdsConfig>;

import { z } from 'zod';

/** The loan statuses Kiva's loan search filters on. */
export const KIVA_STATUS_FILTERS = [
  'fundRaising',
  'funded',
  'raised',
  'payingBack',
  'ended',
  'expired',
  'refunded',
  'defaulted',
] as const;

/** Options of a Kiva source; none is secret: the GraphQL API is public. */
export const KivaConfig = z.object({
  /**
   * Which loans to harvest. `fundRaising` (the default) are the open requests lenders can still fund, a
   * few thousand at any time; the others reach back over Kiva's history of millions of loans.
   */
  status: z.enum(KIVA_STATUS_FILTERS).default('fundRaising'),
  /** Only loans in these countries (ISO 3166-1 alpha-2); all countries when empty. */
  countries: z.array(z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code such as KE')).default([]),
  /** Loans per request; Kiva's loan search returns at most 100. */
  pageSize: z.number().int().min(1).max(100).default(100),
});
export type KivaConfig = z.infer<typeof KivaConfig>;

import { z } from 'zod';

/**
 * Options of an OpenStad source. One OpenStad API serves many sites (a municipality's participation
 * platforms), so each configured source names its site; the base URL is the API host.
 */
export const OpenstadConfig = z.object({
  /** The site whose ideas are harvested; 197 is Wij Amsterdam on api2.openstad.amsterdam. */
  siteId: z.number().int().positive().default(197),
  /** The public website of the site, where each idea has its own page. */
  webUrl: z.url({ protocol: /^https?$/ }).default('https://wijamsterdam.nl'),
  /** Path of an idea's public page; `{id}` is replaced with the idea id. */
  ideaPath: z
    .string()
    .regex(/\{id\}/, 'must contain {id}')
    .default('/initiatief/{id}'),
  /** CBS code of the municipality the site belongs to; ideas are located there. */
  municipality: z
    .string()
    .regex(/^GM\d{4}$/, 'a CBS municipality code such as GM0363')
    .default('GM0363'),
  /**
   * A fixed API token, for sites that do not publish their ideas anonymously; sent as `X-Authorization`.
   * Public sites (most) need none.
   */
  apiToken: z.string().min(1).optional().meta({ secret: true }),
  /** Ideas per checkpoint: the list comes in one response, and is stored in chunks of this size. */
  chunkSize: z.number().int().min(1).max(1000).default(100),
});
export type OpenstadConfig = z.infer<typeof OpenstadConfig>;

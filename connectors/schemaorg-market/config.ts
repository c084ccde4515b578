import { z } from 'zod';

/**
 * The base URL of a source that names no marketplace: there is no one real endpoint for a kind of site, so a
 * source must set its own (`.invalid` is reserved and never resolves).
 */
export const UNSET_SITE = 'https://marketplace.invalid';

/**
 * Options of a schema.org marketplace source: a social marketplace website (the base URL) whose pages
 * carry their needs (`Demand`) and offers (`Offer`) as schema.org JSON-LD. Pages come from the site's
 * sitemaps and the configured start pages; the crawl stays on the site's host and honours robots.txt.
 */
export const SchemaOrgMarketConfig = z.object({
  /** Sitemaps to read besides those robots.txt names, as paths on the site or absolute URLs on its host. */
  sitemaps: z.array(z.string().min(1)).default(['/sitemap.xml']),
  /** Pages to read besides the sitemaps' (listing pages a sitemap misses). */
  startUrls: z.array(z.string().min(1)).default([]),
  /** Only pages under these paths (`/vraag/`, `/aanbod/`); every page of the site when empty. */
  include: z.array(z.string().startsWith('/')).default([]),
  /** Pages read at most per run: a run that reaches it stops and the next continues where it stopped. */
  maxPages: z.number().int().min(1).max(100_000).default(5000),
  /** Pages per checkpoint: a resumed run repeats at most this many. */
  pagesPerCheckpoint: z.number().int().min(1).max(500).default(25),
  /** Country (ISO alpha-2) of addresses that name none. */
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code such as NL')
    .optional(),
  /** Currency of prices that name none (ISO 4217). */
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, 'an ISO 4217 code such as EUR')
    .default('EUR'),
  /** Language of pages that do not say (`<html lang>`), as a BCP 47 tag. */
  language: z.string().min(2).default('nl'),
});
export type SchemaOrgMarketConfig = z.infer<typeof SchemaOrgMarketConfig>;

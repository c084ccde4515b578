import { z } from 'zod';

/**
 * Options of a JSON-LD website source: where the crawl starts and how far it goes. The base URL is the site
 * (`https://www.buurtkracht.nl`); the crawl never leaves its host, honours robots.txt (its Disallow rules and
 * Crawl-delay), and reads the schema.org JSON-LD each page carries.
 */
export const JsonLdConfig = z.object({
  /** Pages to start from, as paths on the site or absolute URLs on its host. */
  startUrls: z.array(z.string().min(1)).default(['/']),
  /** Sitemaps to read besides those robots.txt names; `[]` crawls by links alone. */
  sitemaps: z.array(z.string().min(1)).default(['/sitemap.xml']),
  /** Follow links between pages of the site, for pages no sitemap lists. */
  followLinks: z.boolean().default(true),
  /** How many links away from a start page or sitemap page the crawl goes. */
  maxDepth: z.number().int().min(0).max(10).default(2),
  /** Pages fetched at most per run: a safety net for large or endless sites. */
  maxPages: z.number().int().min(1).max(100_000).default(2000),
  /** Pages per checkpoint: a resumed run repeats at most this many. */
  pagesPerCheckpoint: z.number().int().min(1).max(500).default(20),
  /** Path prefixes never crawled, besides what robots.txt disallows (`/agenda/archief`). */
  exclude: z.array(z.string().startsWith('/')).default([]),
  /** Country (ISO alpha-2) of addresses that name none. */
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code such as NL')
    .optional(),
  /**
   * The site's public address, when it is crawled through another one (a mirror, a proxy, a test replica):
   * record ids and URLs are written with it, so that they stay the same whichever address was crawled.
   */
  publicUrl: z.url({ protocol: /^https?$/ }).optional(),
  /** Language of pages that do not say (`<html lang>`), as a BCP 47 tag. */
  language: z.string().min(2).default('nl'),
});
export type JsonLdConfig = z.infer<typeof JsonLdConfig>;

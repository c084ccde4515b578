import { defineConnector } from '../sdk/index.ts';
import { SchemaOrgMarketConfig, UNSET_SITE } from './config.ts';
import { listingsStream } from './listings.ts';

/**
 * The schema.org marketplace connector: the needs (`Demand`) and offers (`Offer`) that social marketplaces
 * publish as JSON-LD on their pages, with the organisations behind them as initiatives.
 *
 * @example
 * # knooppunt.config.yaml
 * sources:
 *   buurtmarkt:
 *     connector: schemaorg-market
 *     baseUrl: https://www.buurtmarkt.nl
 *     options: { include: [/vraag/, /aanbod/], country: NL }
 */
export const schemaOrgMarket = defineConnector<SchemaOrgMarketConfig>({
  id: 'schemaorg-market',
  title: 'schema.org marketplace (JSON-LD)',
  kind: 'marketplace',
  description:
    'Needs and offers that social marketplaces publish as schema.org Demand and Offer JSON-LD, as listings of the organisations behind them.',
  documentationUrl: 'https://schema.org/Demand',
  // No site is the default: every source names its marketplace as base URL; a run without one fails as `config`.
  defaultBaseUrl: UNSET_SITE,
  // Daily at 04:37: marketplaces change a few listings a day, and sitemap lastmod keeps incremental
  // crawls to those pages.
  defaultSchedule: '37 4 * * *',
  // Websites publish no API limits; one page at a time, one a second, is a polite crawler's pace, and a
  // robots.txt Crawl-delay slows it further.
  defaultLimits: { concurrency: 1, requestsPerMinute: 60 },
  config: SchemaOrgMarketConfig,
  streams: [listingsStream],
});

import type { StreamDefinition } from '../sdk/index.ts';
import type { SchemaOrgMarketConfig } from './config.ts';
import { crawlListings } from './crawl.ts';
import { mapListing } from './mapping.ts';
import { MarketListing } from './raw.ts';

/**
 * The `listings` stream: the `Offer` and `Demand` listings a marketplace's pages publish in JSON-LD.
 * Primary key `id` (the listing's `@id`); cursor `lastmod` (the page's, from the sitemap).
 */
export const listingsStream: StreamDefinition<SchemaOrgMarketConfig, MarketListing> = {
  name: 'listings',
  primaryKey: 'id',
  cursorField: 'lastmod',
  raw: MarketListing,
  read: crawlListings,
  map: mapListing,
};

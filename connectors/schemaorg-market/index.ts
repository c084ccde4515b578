/** The schema.org marketplace connector and its replica. Exports here are public API. */
export { SchemaOrgMarketConfig, UNSET_SITE } from './config.ts';
export { schemaOrgMarket } from './connector.ts';
export {
  listingAmount,
  listingCategory,
  listingLabels,
  listingLocation,
  listingQuantity,
  listingStatus,
  listingValidUntil,
} from './listing-values.ts';
export { mapListing, sourceIdOf } from './mapping.ts';
export { organisationProfile } from './organisation.ts';
export { type MarketPage, pageListings, type PageListings } from './page-listings.ts';
export { MarketListing } from './raw.ts';
export {
  createSchemaOrgMarketReplica,
  DEMO_SOURCE_OPTIONS,
  type SchemaOrgMarketReplicaOptions,
} from './replica.ts';

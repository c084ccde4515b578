/** The marketplace subgraph: listings (offers, requests, loans), request-offer matching, Initiative.listings. Exports here are public API. */
export { CATEGORY_NEED_TYPES } from './listing-index.ts';
export { LISTING_MATCH_WEIGHTS } from './listing-matching.ts';
export { type ListingView, listingView } from './resolvers/listing.ts';
export { createMarketplaceSubgraph, MARKETPLACE_SDL } from './subgraph.ts';

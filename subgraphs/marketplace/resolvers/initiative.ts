import type { SubgraphContext } from '../../shared/loaders.ts';
import { type ListingView, listingView } from './listing.ts';

/** Resolvers the marketplace subgraph adds to Initiative; all initiatives of a query load in one batch. */
export const initiativeResolvers = {
  __resolveReference: (reference: { id: string }) => reference,
  async listings(initiative: { id: string }, args: { type?: string | null }, context: SubgraphContext) {
    const records = await context.loaders.membersOf.load(initiative.id);
    return records
      .map(listingView)
      .filter((listing): listing is ListingView => listing !== undefined)
      .filter((listing) => !args.type || listing.type === args.type)
      .sort((a, b) => b.harvestedAt.localeCompare(a.harvestedAt) || a.id.localeCompare(b.id));
  },
};

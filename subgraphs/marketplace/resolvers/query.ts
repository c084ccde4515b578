import type { SubgraphContext } from '../../shared/loaders.ts';
import type { Near } from '../../shared/near.ts';
import { recordPage } from '../../shared/record-page.ts';
import type { RecordIndex } from '../../shared/record-index.ts';
import { type ListingFilter, listingPredicate } from '../listing-filter.ts';
import type { ListingFacts } from '../listing-index.ts';
import { listingView } from './listing.ts';

/** Newest first: by the platform's update time (or harvest time), then key. */
const NEWEST = { name: 'newest', keyOf: (facts: ListingFacts) => [-Date.parse(facts.since), facts.key] };

/** Resolvers of the marketplace subgraph's root fields. */
export function queryResolvers(index: RecordIndex<ListingFacts>) {
  return {
    listings: (
      _: unknown,
      args: {
        type?: string | null;
        filter?: ListingFilter | null;
        near?: Near | null;
        first?: number | null;
        after?: string | null;
      },
      context: SubgraphContext,
    ) =>
      recordPage({
        index,
        keep: listingPredicate(args.type, args.filter),
        near: args.near,
        args,
        order: NEWEST,
        context,
        toNode: listingView,
      }),
  };
}

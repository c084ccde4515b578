import type { SubgraphContext } from '../../shared/loaders.ts';
import type { Near } from '../../shared/near.ts';
import { recordPage } from '../../shared/record-page.ts';
import type { RecordIndex } from '../../shared/record-index.ts';
import { type OpportunityFilter, opportunityPredicate } from '../opportunity-filter.ts';
import type { OpportunityFacts } from '../opportunity-index.ts';
import { opportunityView } from './opportunity.ts';

/** Newest first: by start date (or harvest day), then key. */
const NEWEST = { name: 'newest', keyOf: (facts: OpportunityFacts) => [-Date.parse(facts.since), facts.key] };

/** Resolvers of the volunteering subgraph's root fields. */
export function queryResolvers(index: RecordIndex<OpportunityFacts>) {
  return {
    volunteerOpportunities: (
      _: unknown,
      args: {
        filter?: OpportunityFilter | null;
        near?: Near | null;
        first?: number | null;
        after?: string | null;
      },
      context: SubgraphContext,
    ) =>
      recordPage({
        index,
        keep: opportunityPredicate(args.filter),
        near: args.near,
        args,
        order: NEWEST,
        context,
        toNode: opportunityView,
      }),
  };
}

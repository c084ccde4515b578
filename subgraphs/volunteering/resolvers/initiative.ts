import type { SubgraphContext } from '../../shared/loaders.ts';
import { type OpportunityView, opportunityView } from './opportunity.ts';

/** Resolvers the volunteering subgraph adds to Initiative; all initiatives of a query load in one batch. */
export const initiativeResolvers = {
  __resolveReference: (reference: { id: string }) => reference,
  async volunteerOpportunities(
    initiative: { id: string },
    args: { status?: string | null },
    context: SubgraphContext,
  ) {
    const records = await context.loaders.membersOf.load(initiative.id);
    return records
      .map(opportunityView)
      .filter((opportunity): opportunity is OpportunityView => opportunity !== undefined)
      .filter((opportunity) => !args.status || opportunity.status === args.status)
      .sort(
        (a, b) =>
          (b.startsOn ?? b.harvestedAt).localeCompare(a.startsOn ?? a.harvestedAt) ||
          a.id.localeCompare(b.id),
      );
  },
};

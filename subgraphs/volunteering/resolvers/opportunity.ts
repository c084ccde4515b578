import type { Opportunity, SourceRecord } from '../../../schema/index.ts';
import type { SubgraphContext } from '../../shared/loaders.ts';

/** The flat shape a VolunteerOpportunity resolves from. */
export type OpportunityView = Opportunity & {
  id: string;
  source: string;
  sourceId: string;
  url?: string;
  harvestedAt: string;
};

/** Turns an opportunity record into its view (its location, or else its initiative's); undefined for other kinds. */
export function opportunityView(record: SourceRecord | undefined): OpportunityView | undefined {
  if (record?.kind !== 'opportunity') return undefined;
  return {
    ...record.opportunity,
    location: record.opportunity.location ?? record.initiative.location,
    id: record.key,
    source: record.source,
    sourceId: record.sourceId,
    url: record.url,
    harvestedAt: record.harvestedAt,
  };
}

/** Resolvers of the VolunteerOpportunity type. */
export const opportunityResolvers = {
  async __resolveReference(reference: { id: string }, context: SubgraphContext) {
    return opportunityView(await context.loaders.sourceRecord.load(reference.id)) ?? null;
  },
  async initiative(opportunity: OpportunityView, _args: unknown, context: SubgraphContext) {
    const id = await context.loaders.initiativeOfRecord.load(opportunity.id);
    return id ? { id } : null;
  },
};

/** Opportunity status enum: GraphQL names to stored values. */
export const opportunityStatusResolvers = { OPEN: 'open', FILLED: 'filled', CLOSED: 'closed' };

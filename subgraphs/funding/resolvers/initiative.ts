import type { SubgraphContext } from '../../shared/loaders.ts';
import { type CampaignView, campaignView } from './campaign.ts';

/** Resolvers the funding subgraph adds to Initiative; all initiatives of a query load in one batch. */
export const initiativeResolvers = {
  __resolveReference: (reference: { id: string }) => reference,
  async campaigns(initiative: { id: string }, args: { status?: string | null }, context: SubgraphContext) {
    const records = await context.loaders.membersOf.load(initiative.id);
    return records
      .map(campaignView)
      .filter((campaign): campaign is CampaignView => campaign !== undefined)
      .filter((campaign) => !args.status || campaign.status === args.status)
      .sort((a, b) => (b.startsOn ?? '').localeCompare(a.startsOn ?? '') || a.id.localeCompare(b.id));
  },
};

import { readFileSync } from 'node:fs';
import { parse } from 'graphql';
import { COMMON_SDL, commonResolvers } from '../shared/common.ts';
import type { SubgraphModule } from '../shared/serve.ts';
import { campaignResolvers, campaignStatusResolvers } from './resolvers/campaign.ts';
import { initiativeResolvers } from './resolvers/initiative.ts';

/** The SDL of the funding subgraph. */
export const FUNDING_SDL = [
  readFileSync(new URL('./schema.graphql', import.meta.url), 'utf8'),
  COMMON_SDL,
].join('\n\n');

/** Creates the funding subgraph: campaigns, and Initiative.campaigns. */
export function createFundingSubgraph(): SubgraphModule {
  return {
    name: 'funding',
    typeDefs: parse(FUNDING_SDL),
    resolvers: {
      ...commonResolvers,
      Initiative: initiativeResolvers,
      Campaign: campaignResolvers,
      CampaignStatus: campaignStatusResolvers,
    } as SubgraphModule['resolvers'],
  };
}

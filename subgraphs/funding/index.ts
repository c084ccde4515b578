/** The funding subgraph: campaigns and Initiative.campaigns. Exports here are public API. */
export { type CampaignView, campaignView } from './resolvers/campaign.ts';
export { createFundingSubgraph, FUNDING_SDL } from './subgraph.ts';

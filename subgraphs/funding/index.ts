/** The funding subgraph: campaigns, grants, funders, and what they add to Initiative. Exports here are public API. */
export { type CampaignView, campaignView } from './resolvers/campaign.ts';
export { type GrantView, grantView } from './resolvers/grant.ts';
export { createFundingSubgraph, FUNDING_SDL } from './subgraph.ts';

/** The volunteering subgraph: volunteer opportunities and Initiative.volunteerOpportunities. Exports here are public API. */
export { type OpportunityView, opportunityView } from './resolvers/opportunity.ts';
export { createVolunteeringSubgraph, VOLUNTEERING_SDL } from './subgraph.ts';

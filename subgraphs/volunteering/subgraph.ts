import { readFileSync } from 'node:fs';
import { parse } from 'graphql';
import type { Logger } from '../../lib/log.ts';
import type { Store } from '../../store/index.ts';
import type { LiveSubgraph } from '../initiatives/subgraph.ts';
import { COMMON_SDL, commonResolvers } from '../shared/common.ts';
import type { ChangeFollower } from '../shared/follow-changes.ts';
import { startLiveIndexes } from '../shared/live-index.ts';
import type { SubgraphModule } from '../shared/serve.ts';
import { taxonomyEnumResolvers, taxonomyEnumsSdl } from '../shared/taxonomy-enums.ts';
import { createOpportunityIndex } from './opportunity-index.ts';
import { initiativeResolvers } from './resolvers/initiative.ts';
import { opportunityResolvers, opportunityStatusResolvers } from './resolvers/opportunity.ts';
import { queryResolvers } from './resolvers/query.ts';

/** The SDL of the volunteering subgraph. */
export const VOLUNTEERING_SDL = [
  readFileSync(new URL('./schema.graphql', import.meta.url), 'utf8'),
  COMMON_SDL,
  taxonomyEnumsSdl(['Theme']),
].join('\n\n');

/** Creates the volunteering subgraph: volunteer opportunities, near a place too, and Initiative.volunteerOpportunities. */
export function createVolunteeringSubgraph(options: {
  store: Store;
  log: Logger;
  pollMs?: number;
}): LiveSubgraph {
  const index = createOpportunityIndex();
  let follower: ChangeFollower | undefined;
  return {
    name: 'volunteering',
    typeDefs: parse(VOLUNTEERING_SDL),
    resolvers: {
      ...commonResolvers,
      ...taxonomyEnumResolvers(['Theme']),
      Query: queryResolvers(index),
      Initiative: initiativeResolvers,
      VolunteerOpportunity: opportunityResolvers,
      VolunteerOpportunityStatus: opportunityStatusResolvers,
    } as SubgraphModule['resolvers'],
    async start() {
      follower = await startLiveIndexes([index], {
        store: options.store,
        log: options.log.child({ subgraph: 'volunteering' }),
        intervalMs: options.pollMs,
      });
    },
    async stop() {
      await follower?.stop();
    },
  };
}

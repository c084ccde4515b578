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
import { createFundingIndex } from './funding-index.ts';
import { campaignResolvers, campaignStatusResolvers } from './resolvers/campaign.ts';
import { grantResolvers } from './resolvers/grant.ts';
import { initiativeResolvers } from './resolvers/initiative.ts';
import { queryResolvers } from './resolvers/query.ts';

/** The SDL of the funding subgraph. */
export const FUNDING_SDL = [
  readFileSync(new URL('./schema.graphql', import.meta.url), 'utf8'),
  COMMON_SDL,
  taxonomyEnumsSdl(['Theme']),
].join('\n\n');

/** Creates the funding subgraph: campaigns, grants and funders, and Initiative.campaigns, grants and funding. */
export function createFundingSubgraph(options: { store: Store; log: Logger; pollMs?: number }): LiveSubgraph {
  const index = createFundingIndex();
  let follower: ChangeFollower | undefined;
  return {
    name: 'funding',
    typeDefs: parse(FUNDING_SDL),
    resolvers: {
      ...commonResolvers,
      ...taxonomyEnumResolvers(['Theme']),
      Query: queryResolvers(index),
      Initiative: initiativeResolvers,
      Campaign: campaignResolvers,
      CampaignStatus: campaignStatusResolvers,
      Grant: grantResolvers,
    } as SubgraphModule['resolvers'],
    async start() {
      follower = await startLiveIndexes([index], {
        store: options.store,
        log: options.log.child({ subgraph: 'funding' }),
        intervalMs: options.pollMs,
      });
    },
    async stop() {
      await follower?.stop();
    },
  };
}

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
import { createListingIndex } from './listing-index.ts';
import { initiativeResolvers } from './resolvers/initiative.ts';
import { listingEnumResolvers, listingResolvers } from './resolvers/listing.ts';
import { queryResolvers } from './resolvers/query.ts';

/** The SDL of the marketplace subgraph. */
export const MARKETPLACE_SDL = [
  readFileSync(new URL('./schema.graphql', import.meta.url), 'utf8'),
  COMMON_SDL,
  taxonomyEnumsSdl(['Theme']),
].join('\n\n');

/** Creates the marketplace subgraph: offers, requests and loans, their matches, and Initiative.listings. */
export function createMarketplaceSubgraph(options: {
  store: Store;
  log: Logger;
  pollMs?: number;
}): LiveSubgraph {
  const index = createListingIndex();
  let follower: ChangeFollower | undefined;
  return {
    name: 'marketplace',
    typeDefs: parse(MARKETPLACE_SDL),
    resolvers: {
      ...commonResolvers,
      ...taxonomyEnumResolvers(['Theme']),
      ...listingEnumResolvers,
      Query: queryResolvers(index),
      Initiative: initiativeResolvers,
      Listing: listingResolvers(index),
    } as SubgraphModule['resolvers'],
    async start() {
      follower = await startLiveIndexes([index], {
        store: options.store,
        log: options.log.child({ subgraph: 'marketplace' }),
        intervalMs: options.pollMs,
      });
    },
    async stop() {
      await follower?.stop();
    },
  };
}

import { readFileSync } from 'node:fs';
import { parse } from 'graphql';
import type { Logger } from '../../lib/log.ts';
import type { Store } from '../../store/index.ts';
import { COMMON_SDL, commonResolvers } from '../shared/common.ts';
import type { ChangeFollower } from '../shared/follow-changes.ts';
import { startLiveIndexes } from '../shared/live-index.ts';
import type { SubgraphModule } from '../shared/serve.ts';
import { taxonomyEnumResolvers, taxonomyEnumsSdl } from '../shared/taxonomy-enums.ts';
import { InitiativeIndex } from './initiative-index.ts';
import { initiativeResolvers, needResolvers } from './resolvers/initiative.ts';
import { municipalityResolvers } from './resolvers/municipality.ts';
import { provinceResolvers } from './resolvers/province.ts';
import { queryResolvers } from './resolvers/query.ts';
import { searchEdgeResolvers } from './resolvers/search-edge.ts';
import { similarInitiativeResolvers } from './resolvers/similar-initiative.ts';

/** The SDL of the initiatives subgraph: its own schema.graphql, the shared value types and taxonomy enums. */
export const INITIATIVES_SDL = [
  readFileSync(new URL('./schema.graphql', import.meta.url), 'utf8'),
  COMMON_SDL,
  taxonomyEnumsSdl(),
].join('\n\n');

/** A subgraph whose in-memory indexes load at `start` and follow the change feed until `stop`. */
export interface LiveSubgraph extends SubgraphModule {
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** The initiatives subgraph with its index. */
export interface InitiativesSubgraph extends LiveSubgraph {
  readonly index: InitiativeIndex;
}

/** Creates the initiatives subgraph over a store; `pollMs` is how often it reads the change feed (250 ms). */
export function createInitiativesSubgraph(options: {
  store: Store;
  log: Logger;
  pollMs?: number;
}): InitiativesSubgraph {
  const index = new InitiativeIndex();
  let follower: ChangeFollower | undefined;
  return {
    name: 'initiatives',
    typeDefs: parse(INITIATIVES_SDL),
    resolvers: {
      ...commonResolvers,
      ...taxonomyEnumResolvers(),
      Query: queryResolvers(index),
      Initiative: initiativeResolvers(index),
      Need: needResolvers,
      SearchEdge: searchEdgeResolvers,
      Municipality: municipalityResolvers,
      Province: provinceResolvers,
      SimilarInitiative: similarInitiativeResolvers,
    } as SubgraphModule['resolvers'],
    index,
    async start() {
      follower = await startLiveIndexes([index], {
        store: options.store,
        log: options.log.child({ subgraph: 'initiatives' }),
        intervalMs: options.pollMs,
      });
    },
    async stop() {
      await follower?.stop();
    },
  };
}

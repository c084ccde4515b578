import { readFileSync } from 'node:fs';
import { parse } from 'graphql';
import type { Logger } from '../../lib/log.ts';
import type { Store } from '../../store/index.ts';
import { COMMON_SDL, commonResolvers } from '../shared/common.ts';
import { type ChangeFollower, followChanges } from '../shared/follow-changes.ts';
import type { SubgraphModule } from '../shared/serve.ts';
import { taxonomyEnumResolvers, taxonomyEnumsSdl } from '../shared/taxonomy-enums.ts';
import { InitiativeIndex } from './initiative-index.ts';
import { initiativeResolvers, needResolvers } from './resolvers/initiative.ts';
import { queryResolvers } from './resolvers/query.ts';

/** The SDL of the initiatives subgraph: its own schema.graphql, the shared value types and taxonomy enums. */
export const INITIATIVES_SDL = [
  readFileSync(new URL('./schema.graphql', import.meta.url), 'utf8'),
  COMMON_SDL,
  taxonomyEnumsSdl(),
].join('\n\n');

/** The initiatives subgraph with its index; `start` loads the index and follows the store's change feed. */
export interface InitiativesSubgraph extends SubgraphModule {
  readonly index: InitiativeIndex;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** Creates the initiatives subgraph over a store. */
export function createInitiativesSubgraph(options: { store: Store; log: Logger }): InitiativesSubgraph {
  const index = new InitiativeIndex();
  let follower: ChangeFollower | undefined;
  return {
    name: 'initiatives',
    typeDefs: parse(INITIATIVES_SDL),
    resolvers: {
      ...commonResolvers,
      ...taxonomyEnumResolvers(),
      Query: queryResolvers(index),
      Initiative: initiativeResolvers,
      Need: needResolvers,
    } as SubgraphModule['resolvers'],
    index,
    async start() {
      const seq = await index.load(options.store);
      follower = followChanges({
        store: options.store,
        afterSeq: seq,
        apply: (changes) => index.apply(options.store, changes),
        log: options.log.child({ subgraph: 'initiatives' }),
      });
    },
    async stop() {
      await follower?.stop();
    },
  };
}

import type { SubgraphContext } from '../../shared/loaders.ts';
import { loadInitiative } from './initiative.ts';

/** Resolvers of SimilarInitiative: the initiatives of every similar list in a request load in one batch. */
export const similarInitiativeResolvers = {
  initiative: (parent: { id: string }, _args: unknown, context: SubgraphContext) =>
    loadInitiative(context, parent.id),
};

import type { Initiative } from '../../../schema/index.ts';
import type { SubgraphContext } from '../../shared/loaders.ts';
import { paginate } from '../../shared/relay.ts';
import type { IndexFilter, InitiativeIndex } from '../initiative-index.ts';
import { loadInitiative, toView } from './initiative.ts';

/** Resolvers of the initiatives subgraph's root fields. */
export function queryResolvers(index: InitiativeIndex) {
  return {
    initiative: (_: unknown, args: { id: string }, context: SubgraphContext) =>
      loadInitiative(context, args.id),

    async initiatives(
      _: unknown,
      args: { filter?: IndexFilter | null; first?: number | null; after?: string | null },
      context: SubgraphContext,
    ) {
      const page = paginate(index.query(args.filter ?? {}), args, (doc) => [doc.sortName, doc.id]);
      const loaded = await context.loaders.initiative.loadMany(page.edges.map((edge) => edge.node.id));
      const edges = page.edges.flatMap((edge, position) => {
        const initiative = loaded[position];
        return initiative && !(initiative instanceof Error)
          ? [{ cursor: edge.cursor, node: toView(initiative as Initiative) }]
          : [];
      });
      return { ...page, edges };
    },
  };
}

import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import type { GraphQLResolverMap } from '@apollo/subgraph';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { DocumentNode, GraphQLSchema } from 'graphql';
import type { Store } from '../../store/index.ts';
import { roleFromRequest } from './auth.ts';
import { createLoaders, type SubgraphContext } from './loaders.ts';

/** A subgraph module: its name, SDL and resolvers. */
export interface SubgraphModule {
  readonly name: string;
  readonly typeDefs: DocumentNode;
  readonly resolvers: GraphQLResolverMap<SubgraphContext>;
}

/** A subgraph listening on loopback or a configured address. */
export interface RunningSubgraph {
  readonly name: string;
  readonly url: string;
  readonly server: ApolloServer<SubgraphContext>;
  stop(): Promise<void>;
}

/** Builds the executable federation schema of a subgraph module. */
export function subgraphSchema(module: SubgraphModule): GraphQLSchema {
  return buildSubgraphSchema([{ typeDefs: module.typeDefs, resolvers: module.resolvers }]);
}

/** Creates the Apollo Server of a subgraph (usable with `executeOperation` in tests). */
export function createSubgraphServer(module: SubgraphModule): ApolloServer<SubgraphContext> {
  return new ApolloServer<SubgraphContext>({
    schema: subgraphSchema(module),
    plugins: [ApolloServerPluginInlineTraceDisabled()],
    includeStacktraceInErrorResponses: false,
  });
}

/** Options of `serveSubgraph`. */
export interface ServeSubgraphOptions {
  readonly store: Store;
  readonly host?: string;
  readonly port?: number;
  /**
   * The secret the gateway sends in `x-knooppunt-internal-token`; only requests carrying it may act as admin.
   * Without it every request is a reader's.
   */
  readonly internalToken?: string;
}

/**
 * Serves a subgraph over HTTP with fresh DataLoaders and the caller's role per request.
 *
 * @example
 * const running = await serveSubgraph(initiativesModule, { store, port: 0, internalToken });
 * console.log(running.url); // http://127.0.0.1:40123/
 */
export async function serveSubgraph(
  module: SubgraphModule,
  options: ServeSubgraphOptions,
): Promise<RunningSubgraph> {
  const server = createSubgraphServer(module);
  const { url } = await startStandaloneServer(server, {
    listen: { host: options.host ?? '127.0.0.1', port: options.port ?? 0 },
    context: async ({ req }) => ({
      store: options.store,
      loaders: createLoaders(options.store),
      role: roleFromRequest(req.headers, options.internalToken),
    }),
  });
  return {
    name: module.name,
    url: url.replace('localhost', options.host ?? '127.0.0.1'),
    server,
    stop: () => server.stop(),
  };
}

import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import type { GraphQLResolverMap } from '@apollo/subgraph';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { DocumentNode, GraphQLSchema } from 'graphql';
import type { Store } from '../../store/index.ts';
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

/**
 * Serves a subgraph over HTTP with fresh DataLoaders per request.
 *
 * @example
 * const running = await serveSubgraph(initiativesModule, { store, port: 0 });
 * console.log(running.url); // http://127.0.0.1:40123/
 */
export async function serveSubgraph(
  module: SubgraphModule,
  options: { store: Store; host?: string; port?: number },
): Promise<RunningSubgraph> {
  const server = createSubgraphServer(module);
  const { url } = await startStandaloneServer(server, {
    listen: { host: options.host ?? '127.0.0.1', port: options.port ?? 0 },
    context: async () => ({ store: options.store, loaders: createLoaders(options.store) }),
  });
  return {
    name: module.name,
    url: url.replace('localhost', options.host ?? '127.0.0.1'),
    server,
    stop: () => server.stop(),
  };
}

import { readFileSync } from 'node:fs';
import { GraphQLScalarType, parse } from 'graphql';
import type { Logger } from '../../lib/log.ts';
import type { SubgraphModule } from '../shared/serve.ts';
import type { SourcesAdmin } from './admin.ts';
import { mutationResolvers } from './resolvers/mutation.ts';
import { queryResolvers } from './resolvers/query.ts';
import { harvestRunStatusResolvers, sourceResolvers } from './resolvers/source.ts';
import type { SourceInfo } from './source-info.ts';

/** The SDL of the sources subgraph. */
export const SOURCES_SDL = readFileSync(new URL('./schema.graphql', import.meta.url), 'utf8');

/** The JSON scalar: a quarantined record's raw payload, passed through as the platform sent it. */
const JSON_SCALAR = new GraphQLScalarType({
  name: 'JSON',
  description: 'Any JSON value.',
  serialize: (value) => value,
});

/** Options of `createSourcesSubgraph`. */
export interface SourcesSubgraphOptions {
  /** The configured sources (ids, connectors, kinds, schedules). */
  readonly sources: readonly SourceInfo[];
  /** What the admin mutations act through; without it they are refused as unavailable. */
  readonly admin?: SourcesAdmin;
  readonly log: Logger;
}

/**
 * Creates the sources subgraph: the public status of each configured source, and for admins the run history,
 * the quarantine and the curation mutations (harvest now, retry quarantine, merge, split, purge).
 */
export function createSourcesSubgraph(options: SourcesSubgraphOptions): SubgraphModule {
  return {
    name: 'sources',
    typeDefs: parse(SOURCES_SDL),
    resolvers: {
      JSON: JSON_SCALAR,
      Query: queryResolvers(options.sources),
      Mutation: mutationResolvers(
        options.sources,
        options.admin ?? {},
        options.log.child({ subgraph: 'sources' }),
      ),
      Source: sourceResolvers(options.sources),
      HarvestRunStatus: harvestRunStatusResolvers,
    } as SubgraphModule['resolvers'],
  };
}

import { GraphQLError } from 'graphql';
import { CurationError, curateMerge, curateSplit } from '../../../resolution/curation/index.ts';
import { ERROR_CODES } from '../../../schema/error-codes.ts';
import type { Logger } from '../../../lib/log.ts';
import { requireAdmin } from '../../shared/auth.ts';
import type { SubgraphContext } from '../../shared/loaders.ts';
import type { SourcesAdmin } from '../admin.ts';
import { purgeSourceRecord } from '../purge.ts';
import type { SourceInfo } from '../source-info.ts';
import { configuredSource } from './query.ts';

/** A mutation this deployment cannot carry out (no scheduler or resolver was handed to the subgraph). */
function unavailable(what: string): GraphQLError {
  return new GraphQLError(`${what} is not available in this process (it runs no harvester)`, {
    extensions: { code: ERROR_CODES.BAD_USER_INPUT },
  });
}

/** Turns a curation refusal into a client error: an unknown initiative is NOT_FOUND, anything else bad input. */
async function curating<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof CurationError)) throw error;
    const code = error.message.startsWith('no initiative')
      ? ERROR_CODES.NOT_FOUND
      : ERROR_CODES.BAD_USER_INPUT;
    throw new GraphQLError(error.message, { extensions: { code } });
  }
}

/** Resolvers of the curation mutations; every one refuses callers without the admin role first. */
export function mutationResolvers(sources: readonly SourceInfo[], admin: SourcesAdmin, log: Logger) {
  const byId = new Map(sources.map((source) => [source.id, source]));
  return {
    runHarvest(_: unknown, args: { source: string }, context: SubgraphContext) {
      requireAdmin(context, 'runHarvest');
      configuredSource(byId, args.source);
      if (!admin.runHarvest) throw unavailable('runHarvest');
      if (admin.isRunning?.(args.source)) return { source: args.source, started: false };
      admin
        .runHarvest(args.source)
        .catch((error: unknown) => log.error({ err: error, source: args.source }, 'harvest failed'));
      return { source: args.source, started: true };
    },
    async retryQuarantine(_: unknown, args: { source: string }, context: SubgraphContext) {
      requireAdmin(context, 'retryQuarantine');
      configuredSource(byId, args.source);
      if (!admin.retryQuarantine) throw unavailable('retryQuarantine');
      return { source: args.source, ...(await admin.retryQuarantine(args.source)) };
    },
    async mergeInitiatives(_: unknown, args: { a: string; b: string }, context: SubgraphContext) {
      requireAdmin(context, 'mergeInitiatives');
      return { id: await curating(() => curateMerge(context.store, args.a, args.b, admin.curation)) };
    },
    async splitInitiative(_: unknown, args: { id: string; recordKeys: string[] }, context: SubgraphContext) {
      requireAdmin(context, 'splitInitiative');
      return curating(() => curateSplit(context.store, args.id, args.recordKeys, admin.curation));
    },
    async purgeSourceRecord(_: unknown, args: { key: string }, context: SubgraphContext) {
      requireAdmin(context, 'purgeSourceRecord');
      if (!admin.resolver) throw unavailable('purgeSourceRecord');
      const outcome = await purgeSourceRecord(context.store, admin.resolver, args.key);
      log.info({ key: args.key, initiative: outcome.initiative }, 'source record purged');
      return outcome;
    },
  };
}

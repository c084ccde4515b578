import { requireAdmin } from '../../shared/auth.ts';
import { badUserInput } from '../../shared/errors.ts';
import type { SubgraphContext } from '../../shared/loaders.ts';
import { MAX_PAGE_SIZE } from '../../shared/relay.ts';
import type { SourceInfo } from '../source-info.ts';

/** Checks a `first` argument of a plain list against the page-size limit. */
export function listSize(first: number | null | undefined): number {
  const size = first ?? 20;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw badUserInput('first', `must be between 1 and ${MAX_PAGE_SIZE}`);
  }
  return size;
}

/** The configured source with this id, or a BAD_USER_INPUT naming the argument and the configured ids. */
export function configuredSource(
  sources: ReadonlyMap<string, SourceInfo>,
  id: string,
  argumentName = 'source',
): SourceInfo {
  const source = sources.get(id);
  if (!source) {
    throw badUserInput(
      argumentName,
      `names no configured source: "${id}" (configured: ${[...sources.keys()].join(', ') || 'none'})`,
    );
  }
  return source;
}

/** Resolvers of the sources subgraph's root fields; run history and quarantine are for admins only. */
export function queryResolvers(sources: readonly SourceInfo[]) {
  const byId = new Map(sources.map((source) => [source.id, source]));
  return {
    sources: () => sources,
    source: (_: unknown, args: { id: string }) => byId.get(args.id) ?? null,
    harvestRuns(_: unknown, args: { source: string; first?: number | null }, context: SubgraphContext) {
      requireAdmin(context, 'harvestRuns');
      configuredSource(byId, args.source);
      return context.store.listRuns(args.source, listSize(args.first));
    },
    quarantine(
      _: unknown,
      args: { source?: string | null; first?: number | null },
      context: SubgraphContext,
    ) {
      requireAdmin(context, 'quarantine');
      if (args.source) configuredSource(byId, args.source);
      return context.store.listQuarantine({ source: args.source ?? undefined, limit: listSize(args.first) });
    },
  };
}

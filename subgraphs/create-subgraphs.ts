import type { Logger } from '../lib/log.ts';
import type { Store } from '../store/index.ts';
import { createFundingSubgraph } from './funding/index.ts';
import { createInitiativesSubgraph, type LiveSubgraph } from './initiatives/index.ts';
import { createMarketplaceSubgraph } from './marketplace/index.ts';
import type { SubgraphModule } from './shared/serve.ts';
import { createSourcesSubgraph, type SourceInfo, type SourcesAdmin } from './sources/index.ts';
import { createVolunteeringSubgraph } from './volunteering/index.ts';

/** What every subgraph is built from. */
export interface SubgraphDeps {
  readonly store: Store;
  readonly log: Logger;
  /** The configured sources, for the sources subgraph. */
  readonly sources: readonly SourceInfo[];
  /** What the admin mutations act through (scheduler, resolver); see `SourcesAdmin`. */
  readonly admin?: SourcesAdmin;
  /** How often the in-memory indexes read the change feed, in ms (250 by default). */
  readonly pollMs?: number;
}

/** A subgraph module that may hold in-memory indexes to start before serving and stop after. */
export type BuiltSubgraph = SubgraphModule & Partial<Pick<LiveSubgraph, 'start' | 'stop'>>;

/** How each subgraph is built, by name, in composition order. */
export const SUBGRAPH_FACTORIES: Readonly<Record<string, (deps: SubgraphDeps) => BuiltSubgraph>> = {
  initiatives: (deps) => createInitiativesSubgraph(deps),
  funding: (deps) => createFundingSubgraph(deps),
  volunteering: (deps) => createVolunteeringSubgraph(deps),
  marketplace: (deps) => createMarketplaceSubgraph(deps),
  sources: (deps) => createSourcesSubgraph(deps),
};

/**
 * Builds every subgraph and loads their in-memory indexes (which then follow the change feed until `stop`).
 *
 * @example
 * const built = await createSubgraphs({ store, log, sources });
 * for (const module of built.modules) await serveSubgraph(module, { store, internalToken });
 */
export async function createSubgraphs(
  deps: SubgraphDeps,
): Promise<{ readonly modules: readonly BuiltSubgraph[]; stop(): Promise<void> }> {
  const modules = Object.values(SUBGRAPH_FACTORIES).map((factory) => factory(deps));
  const started: BuiltSubgraph[] = [];
  const stop = async () => {
    for (const module of started.reverse()) await module.stop?.();
  };
  try {
    for (const module of modules) {
      await module.start?.();
      started.push(module);
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return { modules, stop };
}

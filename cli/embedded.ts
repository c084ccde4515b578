import type { LoadedConfig, ResolvedSource } from '../config/index.ts';
import {
  createScheduler,
  type HarvestProgress,
  retryQuarantine,
  type Scheduler,
} from '../connectors/runtime/index.ts';
import { checkServerSecrets, type RunningGateway, startGateway } from '../gateway/index.ts';
import type { Logger } from '../lib/log.ts';
import { userAgent } from '../lib/version.ts';
import { createResolver } from '../resolution/index.ts';
import { readSupergraph } from '../schema/supergraph.ts';
import { openStore, type Store } from '../store/index.ts';
import {
  createInternalToken,
  createSubgraphs,
  describeSource,
  type RunningSubgraph,
  type SourcesAdmin,
  serveSubgraph,
} from '../subgraphs/index.ts';

/** A quarantine retry reads at most this many entries of a source at once (the store's page limit). */
const QUARANTINE_RETRY_BATCH = 10_000;

/** Knooppunt running in one process: store, subgraphs, gateway and scheduler. */
export interface Embedded {
  readonly store: Store;
  readonly gateway: RunningGateway;
  readonly subgraphs: readonly RunningSubgraph[];
  readonly scheduler: Scheduler;
  /** Stops the scheduler (checkpointing runs in flight), the servers and the store. */
  stop(): Promise<void>;
}

/**
 * Starts the embedded deployment: every subgraph on its own loopback port, the gateway in front, and the
 * harvest scheduler, over the configured store.
 */
export async function startEmbedded(options: {
  loaded: LoadedConfig;
  sources: readonly ResolvedSource[];
  log: Logger;
  onProgress?: (progress: HarvestProgress) => void;
}): Promise<Embedded> {
  const { config } = options.loaded;
  checkServerSecrets(options.loaded);
  const log = options.log;
  const store = await openStore(config.store);
  const stoppers: (() => Promise<void>)[] = [() => store.close()];
  try {
    const resolution = {
      mergePolicy: {
        sourcePriority: [...options.sources]
          .sort((a, b) => b.priority - a.priority)
          .map((source) => source.id),
      },
    };
    const resolver = createResolver({ store, log, options: resolution });
    const scheduler = createScheduler({
      store,
      sources: options.sources,
      resolver,
      log,
      userAgent: userAgent(config.harvest.contactUrl),
      jitterSeconds: config.harvest.jitterSeconds,
      runAtStartWhenEmpty: config.harvest.runAtStartWhenEmpty,
      leaseTtlMs: config.harvest.leaseSeconds * 1000,
      onProgress: options.onProgress,
    });
    const admin: SourcesAdmin = {
      runHarvest: (source) => scheduler.runNow(source),
      isRunning: (source) => scheduler.running().includes(source),
      retryQuarantine: async (source) =>
        retryQuarantine({
          store,
          sources: options.sources,
          resolver,
          entries: await store.listQuarantine({ source, limit: QUARANTINE_RETRY_BATCH }),
        }),
      resolver,
      curation: { log, options: resolution },
    };
    const built = await createSubgraphs({ store, log, sources: options.sources.map(describeSource), admin });
    stoppers.unshift(() => built.stop());
    // The gateway vouches for roles with this secret; in one process a fresh random one per start will do.
    const internalToken = config.server.internalToken ?? createInternalToken();
    const subgraphs: RunningSubgraph[] = [];
    for (const [position, module] of built.modules.entries()) {
      const port = config.server.subgraphBasePort ? config.server.subgraphBasePort + position : 0;
      const running = await serveSubgraph(module, {
        store,
        host: config.server.subgraphHost,
        port,
        internalToken,
      });
      subgraphs.push(running);
      stoppers.unshift(() => running.stop());
      log.debug({ subgraph: module.name, url: running.url }, 'subgraph listening');
    }
    const gateway = await startGateway({
      supergraph: await readSupergraph(),
      subgraphUrls: Object.fromEntries(subgraphs.map((running) => [running.name, running.url])),
      server: config.server,
      host: config.server.host,
      port: config.server.port,
      internalToken,
      log,
    });
    stoppers.unshift(() => gateway.close());
    stoppers.unshift(() => scheduler.stop());
    await scheduler.start();
    return { store, gateway, subgraphs, scheduler, stop: () => runAll(stoppers) };
  } catch (error) {
    await runAll(stoppers);
    throw error;
  }
}

async function runAll(stoppers: readonly (() => Promise<void>)[]): Promise<void> {
  for (const stop of stoppers) await stop().catch(() => undefined);
}

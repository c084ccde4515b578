import type { LoadedConfig, ResolvedSource } from '../config/index.ts';
import { createScheduler, type HarvestProgress, type Scheduler } from '../connectors/runtime/index.ts';
import { checkServerSecrets, type RunningGateway, startGateway } from '../gateway/index.ts';
import type { Logger } from '../lib/log.ts';
import { userAgent } from '../lib/version.ts';
import { createResolver } from '../resolution/index.ts';
import { readSupergraph } from '../schema/supergraph.ts';
import { openStore, type Store } from '../store/index.ts';
import {
  createFundingSubgraph,
  createInitiativesSubgraph,
  type RunningSubgraph,
  serveSubgraph,
} from '../subgraphs/index.ts';

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
    const resolver = createResolver({
      store,
      log,
      options: {
        mergePolicy: {
          sourcePriority: [...options.sources]
            .sort((a, b) => b.priority - a.priority)
            .map((source) => source.id),
        },
      },
    });
    const initiatives = createInitiativesSubgraph({ store, log });
    await initiatives.start();
    stoppers.unshift(() => initiatives.stop());
    const modules = [initiatives, createFundingSubgraph()];
    const subgraphs: RunningSubgraph[] = [];
    for (const [position, module] of modules.entries()) {
      const port = config.server.subgraphBasePort ? config.server.subgraphBasePort + position : 0;
      const running = await serveSubgraph(module, { store, host: config.server.subgraphHost, port });
      subgraphs.push(running);
      stoppers.unshift(() => running.stop());
      log.debug({ subgraph: module.name, url: running.url }, 'subgraph listening');
    }
    const gateway = await startGateway({
      supergraph: await readSupergraph(),
      subgraphUrls: Object.fromEntries(subgraphs.map((running) => [running.name, running.url])),
      server: config.server,
      log,
    });
    stoppers.unshift(() => gateway.close());
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
      onRun: gateway.metrics.recordHarvestRun,
    });
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

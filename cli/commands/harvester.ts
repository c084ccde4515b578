import type { Command } from 'commander';
import { createScheduler } from '../../connectors/runtime/index.ts';
import { createMetrics, serveMetrics } from '../../gateway/index.ts';
import { userAgent } from '../../lib/version.ts';
import { openApp } from '../app.ts';
import { commandLogger, loadSources, parsePort, untilSignal } from '../context.ts';

/**
 * `knooppunt harvester`: the harvest scheduler alone, writing into the configured store (Redis in the
 * distributed mode). Several harvesters may run: a lease in the store lets one of them run a source per tick.
 * With `--metrics-port` it serves its harvest metrics at `/metrics` (and `/healthz`).
 */
export function registerHarvester(program: Command): void {
  program
    .command('harvester')
    .description('run the harvest scheduler alone over the configured store (distributed mode)')
    .option('--metrics-port <port>', 'serve /metrics and /healthz on this port', parsePort('--metrics-port'))
    .option('--metrics-host <host>', 'address of the metrics server', '127.0.0.1')
    .action(async (flags: { metricsPort?: number; metricsHost: string }, command: Command) => {
      const log = commandLogger(command);
      const { loaded, sources } = await loadSources(command);
      const { config } = loaded;
      const app = await openApp(config, sources, log);
      const metrics = createMetrics();
      const metricsServer =
        flags.metricsPort === undefined
          ? undefined
          : await serveMetrics(metrics, { host: flags.metricsHost, port: flags.metricsPort });
      if (metricsServer) log.info({ url: `${metricsServer.url}/metrics` }, 'metrics listening');
      const scheduler = createScheduler({
        store: app.store,
        sources,
        resolver: app.resolver,
        log,
        userAgent: userAgent(config.harvest.contactUrl),
        jitterSeconds: config.harvest.jitterSeconds,
        runAtStartWhenEmpty: config.harvest.runAtStartWhenEmpty,
        leaseTtlMs: config.harvest.leaseSeconds * 1000,
        onRun: metrics.recordHarvestRun,
      });
      try {
        await scheduler.start();
        log.info({ sources: sources.filter((s) => s.enabled).map((s) => s.id) }, 'harvester running');
        const signal = await untilSignal();
        log.info({ signal }, 'stopping: checkpointing runs in flight');
        await scheduler.stop();
      } finally {
        await metricsServer?.close();
        await app.close();
      }
    });
}

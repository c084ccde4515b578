import type { Command } from 'commander';
import { checkServerSecrets } from '../../gateway/index.ts';
import { createResolver } from '../../resolution/index.ts';
import { openStore } from '../../store/index.ts';
import { describeSource, SUBGRAPH_FACTORIES, SUBGRAPH_SDL, serveSubgraph } from '../../subgraphs/index.ts';
import { commandLogger, loadSources, parsePort, untilSignal } from '../context.ts';
import { UsageError } from '../exit.ts';
import { requireInternalToken } from './gateway.ts';

/** Port of a subgraph when `--port` is not given: `server.subgraphBasePort` (or 4001) plus its position. */
function defaultPort(name: string, basePort: number): number {
  const position = SUBGRAPH_SDL.findIndex((subgraph) => subgraph.name === name);
  return (basePort || 4001) + Math.max(0, position);
}

/**
 * `knooppunt subgraph NAME`: one subgraph over the configured store (Redis in the distributed mode), its
 * in-memory indexes kept current from the store's change feed. Stateless: run as many replicas as needed.
 */
export function registerSubgraph(program: Command): void {
  program
    .command('subgraph')
    .description('run one subgraph over the configured store (distributed mode)')
    .argument('<name>', `the subgraph: ${Object.keys(SUBGRAPH_FACTORIES).join(', ')}`)
    .option(
      '-p, --port <port>',
      'port (default server.subgraphBasePort, or 4001, plus its position)',
      parsePort('--port'),
    )
    .option('--host <host>', 'address (overrides server.subgraphHost)')
    .action(async (name: string, flags: { port?: number; host?: string }, command: Command) => {
      const build = SUBGRAPH_FACTORIES[name];
      if (!build)
        throw new UsageError(
          `unknown subgraph "${name}"; there are: ${Object.keys(SUBGRAPH_FACTORIES).join(', ')}`,
        );
      const log = commandLogger(command);
      const { loaded, sources } = await loadSources(command);
      checkServerSecrets(loaded);
      const internalToken = requireInternalToken(loaded);
      const { server } = loaded.config;
      const store = await openStore(loaded.config.store);
      try {
        // Harvests run in `knooppunt harvester`; here the admin mutations can purge, merge and split.
        const resolution = {
          mergePolicy: {
            sourcePriority: [...sources].sort((a, b) => b.priority - a.priority).map((source) => source.id),
          },
        };
        const built = build({
          store,
          log,
          sources: sources.map(describeSource),
          admin: {
            resolver: createResolver({ store, log, options: resolution }),
            curation: { log, options: resolution },
          },
        });
        await built.start?.();
        const running = await serveSubgraph(built, {
          store,
          host: flags.host ?? server.subgraphHost,
          port: flags.port ?? defaultPort(name, server.subgraphBasePort),
          internalToken,
        });
        log.info({ subgraph: name, url: running.url }, 'subgraph listening');
        const signal = await untilSignal();
        log.info({ signal, subgraph: name }, 'stopping the subgraph');
        await running.stop();
        await built.stop?.();
      } finally {
        await store.close();
      }
    });
}

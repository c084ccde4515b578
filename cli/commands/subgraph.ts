import type { Command } from 'commander';
import { loadConfig } from '../../config/index.ts';
import { checkServerSecrets } from '../../gateway/index.ts';
import type { Logger } from '../../lib/log.ts';
import { openStore, type Store } from '../../store/index.ts';
import {
  createFundingSubgraph,
  createInitiativesSubgraph,
  SUBGRAPH_SDL,
  type SubgraphModule,
  serveSubgraph,
} from '../../subgraphs/index.ts';
import { commandLogger, globalOptions, parsePort, untilSignal } from '../context.ts';
import { UsageError } from '../exit.ts';
import { requireInternalToken } from './gateway.ts';

/** A subgraph module built over a store, with what has to stop with it (a change-feed follower). */
interface BuiltSubgraph {
  readonly module: SubgraphModule;
  stop(): Promise<void>;
}

/** How each subgraph `knooppunt subgraph NAME` can run is built over the store. */
const BUILDERS: Readonly<Record<string, (deps: { store: Store; log: Logger }) => Promise<BuiltSubgraph>>> = {
  async initiatives({ store, log }) {
    const subgraph = createInitiativesSubgraph({ store, log });
    await subgraph.start();
    return { module: subgraph, stop: () => subgraph.stop() };
  },
  funding: async () => ({ module: createFundingSubgraph(), stop: async () => undefined }),
};

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
    .argument('<name>', `the subgraph: ${Object.keys(BUILDERS).join(', ')}`)
    .option(
      '-p, --port <port>',
      'port (default server.subgraphBasePort, or 4001, plus its position)',
      parsePort('--port'),
    )
    .option('--host <host>', 'address (overrides server.subgraphHost)')
    .action(async (name: string, flags: { port?: number; host?: string }, command: Command) => {
      const build = BUILDERS[name];
      if (!build)
        throw new UsageError(`unknown subgraph "${name}"; there are: ${Object.keys(BUILDERS).join(', ')}`);
      const log = commandLogger(command);
      const loaded = await loadConfig(globalOptions(command).config);
      checkServerSecrets(loaded);
      requireInternalToken(loaded);
      const { server } = loaded.config;
      const store = await openStore(loaded.config.store);
      try {
        const built = await build({ store, log });
        const running = await serveSubgraph(built.module, {
          store,
          host: flags.host ?? server.subgraphHost,
          port: flags.port ?? defaultPort(name, server.subgraphBasePort),
        });
        log.info({ subgraph: name, url: running.url }, 'subgraph listening');
        const signal = await untilSignal();
        log.info({ signal, subgraph: name }, 'stopping the subgraph');
        await running.stop();
        await built.stop();
      } finally {
        await store.close();
      }
    });
}
